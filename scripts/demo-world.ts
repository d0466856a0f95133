import { join } from 'node:path';
import { rememberContract, rememberMember } from '@app/adhesion';
import { rememberAgency as rememberAgencyForAnac } from '@app/anac-gateway';
import { announcedContracts, rememberAgency, seedDemoContracts } from '@app/catalog';
import { catalogEvents } from '@app/events';
import * as ordering from '@app/ordering';
import * as notify from '@app/notify';
import { seedDemoWorld } from '@app/identity';
import type { DataSource } from 'typeorm';
import type { RunningPlatform } from './platform.js';

/**
 * Loads demo/ into the running platform: agencies and people into identity, then the demo contracts
 * into catalog. Catalog and the ANAC gateway normally learn agencies from identity's events, and
 * adhesion contracts from catalog's; the loader hands them over itself too, since on a database
 * seeded before a service subscribed those events are long gone.
 */
export async function loadDemoWorld(
  dataSourceOf: (service: string) => DataSource,
): Promise<{ agencies: number; people: number; contracts: number }> {
  const identity = await seedDemoWorld(
    dataSourceOf('identity'),
    join(process.cwd(), 'demo', 'agencies.json'),
    join(process.cwd(), 'demo', 'identities.json'),
  );
  const catalog = dataSourceOf('catalog');
  const anac = dataSourceOf('anac-gateway');
  for (const agency of identity.agencies) {
    await rememberAgency(catalog.manager, {
      agencyId: agency.id,
      name: agency.name,
      kind: agency.kind,
      fiscalCode: agency.fiscalCode,
      ausaCode: agency.ausaCode,
    });
    await rememberAgencyForAnac(anac.manager, {
      agencyId: agency.id,
      name: agency.name,
      fiscalCode: agency.fiscalCode,
      ausaCode: agency.ausaCode,
    });
    await ordering.rememberAgency(dataSourceOf('ordering').manager, {
      agencyId: agency.id,
      name: agency.name,
      kind: agency.kind,
      fiscalCode: agency.fiscalCode,
    });
    await notify.rememberAgency(dataSourceOf('notify').manager, {
      agencyId: agency.id,
      name: agency.name,
      kind: agency.kind,
      fiscalCode: agency.fiscalCode,
    });
  }
  const contracts = await seedDemoContracts(catalog, join(process.cwd(), 'demo', 'contracts.json'));
  const adhesion = dataSourceOf('adhesion');
  for (const contract of await announcedContracts(catalog.manager)) {
    await rememberContract(adhesion.manager, contract);
    await ordering.rememberContract(
      dataSourceOf('ordering').manager,
      ordering.contractOf(catalogEvents.contractPublished.data.parse(contract)),
    );
    await notify.rememberContract(dataSourceOf('notify').manager, contract);
  }
  // Adhesion tells whose signature a document carries from the agencies' people; notify addresses
  // them by profile and role. Both learn them from identity's events; the loader hands them over
  // too.
  const identityData = dataSourceOf('identity');
  const profiles: {
    profileId: string;
    personId: string;
    agencyId: string;
    fiscalCode: string;
    roles: string[];
    active: boolean;
  }[] = await identityData.query(
    `SELECT p.id AS "profileId", p.person_id AS "personId", p.agency_id AS "agencyId",
      pe.fiscal_code AS "fiscalCode", p.roles,
       p.status = 'attivo' AS active
     FROM profiles p JOIN persons pe ON pe.id = p.person_id`,
  );
  for (const { profileId, personId, agencyId, fiscalCode, roles, active } of profiles) {
    await rememberMember(adhesion.manager, { profileId, agencyId, fiscalCode, active });
    await ordering.rememberMember(dataSourceOf('ordering').manager, {
      profileId,
      agencyId,
      fiscalCode,
      active,
    });
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
  }[] = await identityData.query(
    'SELECT id AS "personId", fiscal_code AS "fiscalCode", given_name AS ' +
      '"givenName", family_name AS "familyName", email FROM persons',
  );
  for (const person of people) await notify.rememberPerson(dataSourceOf('notify').manager, person);
  return { agencies: identity.agencies.length, people: identity.people, contracts };
}

/** The databases of the services running in this process. */
export const dataSourcesOf = (platform: RunningPlatform) => (name: string) =>
  platform.services.find((service) => service.name === name)!.deps.dataSource;
