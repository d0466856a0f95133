import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rememberContract, rememberMember, rememberRegistration } from '@app/adhesion';
import { rememberAgency as rememberAgencyForAnac } from '@app/anac-gateway';
import { announcedContracts, rememberAgency, seedDemoContracts } from '@app/catalog';
import { catalogEvents } from '@app/events';
import * as ordering from '@app/ordering';
import * as notify from '@app/notify';
import { rememberConvention, seedDemoRegistrations, seedDemoWorld } from '@app/identity';
import type { DataSource } from 'typeorm';
import type { RunningPlatform } from './platform.js';
import { defined } from '@app/platform/errors';

type DataSourceOf = (service: string) => DataSource;
type Agency = Awaited<ReturnType<typeof seedDemoWorld>>['agencies'][number];

/** Each agency as catalog, the ANAC gateway, ordering and notify keep it. */
async function handOverAgency(dataSourceOf: DataSourceOf, agency: Agency) {
  const { id: agencyId, name, kind, fiscalCode, ausaCode } = agency;
  await rememberAgency(dataSourceOf('catalog').manager, {
    agencyId,
    name,
    kind,
    fiscalCode,
    ausaCode,
  });
  await rememberAgencyForAnac(dataSourceOf('anac-gateway').manager, {
    agencyId,
    name,
    fiscalCode,
    ausaCode,
  });
  await ordering.rememberAgency(dataSourceOf('ordering').manager, {
    agencyId,
    name,
    kind,
    fiscalCode,
  });
  await notify.rememberAgency(dataSourceOf('notify').manager, { agencyId, name, kind, fiscalCode });
  // The demo's buyers order electronically through NSO, each from its Codice Univoco Ufficio.
  const officeCode = nsoOffices()[fiscalCode];
  if (officeCode)
    await ordering.rememberNsoSettings(
      dataSourceOf('ordering').manager,
      agencyId,
      officeCode,
      true,
    );
}

const nsoOffices = (): Record<string, string> =>
  JSON.parse(readFileSync(join(process.cwd(), 'demo', 'nso.json'), 'utf8'));

/** Each published contract as adhesion, ordering and notify keep it. */
async function handOverContracts(dataSourceOf: DataSourceOf) {
  for (const contract of await announcedContracts(dataSourceOf('catalog').manager)) {
    await rememberContract(dataSourceOf('adhesion').manager, contract);
    const published = catalogEvents.contractPublished.data.parse(contract);
    await ordering.rememberContract(
      dataSourceOf('ordering').manager,
      ordering.contractOf(published),
    );
    await notify.rememberContract(dataSourceOf('notify').manager, contract);
    await rememberConvention(dataSourceOf('identity').manager, published);
  }
}

/**
 * Seed 000: the demo Comuni's Punti Ordinanti registered to the demo conventions; adhesion and
 * ordering enable them as identity's approval would tell.
 */
async function handOverRegistrations(dataSourceOf: DataSourceOf) {
  const conventions = (await announcedContracts(dataSourceOf('catalog').manager))
    .filter((contract) => contract.kind === 'convenzione')
    .map((contract) => contract.contractId);
  for (const registration of await seedDemoRegistrations(dataSourceOf('identity'), conventions)) {
    await rememberRegistration(
      dataSourceOf('adhesion').manager,
      registration,
      registration.fiscalCodes,
    );
    await ordering.rememberRegistration(
      dataSourceOf('ordering').manager,
      registration,
      registration.fiscalCodes,
    );
  }
}

/**
 * Adhesion and ordering tell whose signature a document carries from the agencies' people; notify
 * addresses them by profile and role. All learn them from identity's events; the loader hands them
 * over too.
 */
async function handOverPeople(dataSourceOf: DataSourceOf) {
  const identity = dataSourceOf('identity');
  const profiles: {
    profileId: string;
    personId: string;
    agencyId: string;
    fiscalCode: string;
    roles: string[];
    active: boolean;
  }[] = await identity.query(
    `SELECT p.id AS "profileId", p.person_id AS "personId", p.agency_id AS "agencyId",
       pe.fiscal_code AS "fiscalCode", p.roles, p.status = 'attivo' AS active
     FROM profiles p JOIN persons pe ON pe.id = p.person_id`,
  );
  for (const { profileId, personId, agencyId, fiscalCode, roles, active } of profiles) {
    const signer = { profileId, agencyId, fiscalCode, active };
    await rememberMember(dataSourceOf('adhesion').manager, signer);
    await ordering.rememberMember(dataSourceOf('ordering').manager, signer);
    await notify.rememberMember(dataSourceOf('notify').manager, {
      profileId,
      personId,
      agencyId,
      roles,
      active,
    });
  }
  const people: {
    personId: string;
    fiscalCode: string;
    givenName: string;
    familyName: string;
    email: string | null;
  }[] = await identity.query(
    `SELECT id AS "personId", fiscal_code AS "fiscalCode", given_name AS "givenName",
       family_name AS "familyName", email FROM persons`,
  );
  for (const person of people) await notify.rememberPerson(dataSourceOf('notify').manager, person);
}

/**
 * Loads demo/ into the running platform: agencies and people into identity, then the demo contracts
 * into catalog. Catalog and the ANAC gateway normally learn agencies from identity's events, and
 * adhesion contracts from catalog's; the loader hands them over itself too, since on a database
 * seeded before a service subscribed those events are long gone.
 */
export async function loadDemoWorld(
  dataSourceOf: DataSourceOf,
): Promise<{ agencies: number; people: number; contracts: number }> {
  const identity = await seedDemoWorld(
    dataSourceOf('identity'),
    join(process.cwd(), 'demo', 'agencies.json'),
    join(process.cwd(), 'demo', 'identities.json'),
  );
  for (const agency of identity.agencies) await handOverAgency(dataSourceOf, agency);
  const contractsFile = join(process.cwd(), 'demo', 'contracts.json');
  const contracts = await seedDemoContracts(dataSourceOf('catalog'), contractsFile);
  await handOverContracts(dataSourceOf);
  await handOverPeople(dataSourceOf);
  await handOverRegistrations(dataSourceOf);
  return { agencies: identity.agencies.length, people: identity.people, contracts };
}

/** The databases of the services running in this process. */
export const dataSourcesOf = (platform: RunningPlatform) => (name: string) =>
  defined(platform.services.find((service) => service.name === name)).deps.dataSource;
