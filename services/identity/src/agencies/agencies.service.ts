import type { EntityManager } from 'typeorm';
import { identityEvents } from '@app/events';
import { notFound, defined } from '@app/platform/errors';
import { appendEvent } from '@app/platform/outbox';
import {
  agencyExists,
  officeExists,
  type Agency,
  type AgencyInput,
  type Office,
} from './agencies.rules.js';
import * as store from './agencies.store.js';

export { agencyKinds, type Agency, type AgencyInput, type Office } from './agencies.rules.js';
export { agencyById, isOfficeOf, listAgencies } from './agencies.store.js';

/** Registers an agency with its offices and announces it; the fiscal and IPA codes are unique. */
export async function registerAgency(manager: EntityManager, input: AgencyInput): Promise<Agency> {
  const taken = await store.holderOfCodes(manager, input.fiscalCode, input.ipaCode ?? null);
  if (taken) throw agencyExists(taken);
  const id = await store.insertAgency(manager, input);
  for (const office of new Set(input.offices)) await store.insertOffice(manager, id, office);
  const agency = defined(await store.agencyById(manager, id));
  await appendEvent(manager, {
    type: identityEvents.agencyRegistered.type,
    source: 'identity',
    subject: id,
    tenant: id,
    data: {
      agencyId: id,
      name: agency.name,
      kind: agency.kind,
      fiscalCode: agency.fiscalCode,
      ipaCode: agency.ipaCode,
      ausaCode: agency.ausaCode,
      ocpCode: agency.ocpCode,
      offices: agency.offices.map((o) => ({ officeId: o.id, name: o.name })),
    },
  });
  return agency;
}

export async function addOffice(
  manager: EntityManager,
  agencyId: string,
  name: string,
): Promise<Office> {
  await requireAgency(manager, agencyId);
  const office = await store.insertOffice(manager, agencyId, name);
  if (!office) throw officeExists(name);
  return office;
}

export async function requireAgency(manager: EntityManager, id: string): Promise<Agency> {
  const agency = await store.agencyById(manager, id);
  if (!agency) throw notFound('Ente');
  return agency;
}
