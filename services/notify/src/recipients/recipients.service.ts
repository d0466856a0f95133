import { catalogEvents, identityEvents } from '@app/events';
import type { EntityManager } from 'typeorm';
import type { EventHandler } from '@app/platform/messaging';
import * as store from './recipients.store.js';

/** Identity's people and profiles, kept here: no call to identity for each message. */
export const personRegistered: EventHandler = async (event, manager) => {
  const person = identityEvents.personRegistered.data.parse(event.data);
  await store.savePerson(manager, person);
};

const profileWith =
  (active: boolean): EventHandler =>
  async (event, manager) => {
    const profile = identityEvents.profileCreated.data.parse(event.data);
    await store.saveMember(manager, {
      profileId: profile.profileId,
      personId: profile.personId,
      agencyId: profile.agencyId,
      roles: profile.roles,
      active,
    });
  };

export const profileChanged = profileWith(true);
export const profileDisabled = profileWith(false);

export const agencyRegistered: EventHandler = async (event, manager) => {
  const agency = identityEvents.agencyRegistered.data.parse(event.data);
  await store.saveAgency(manager, agency);
};

/** The facts of a contract its messages name: title, CIG, banditore, supplier and its PEC. */
export const contractChanged: EventHandler = (event, manager) => keepContract(manager, event.data);

/**
 * Keeps a contract as catalog announces it (its event's data); the demo loader hands them over too.
 */
export async function keepContract(manager: EntityManager, data: unknown): Promise<void> {
  const contract = catalogEvents.contractPublished.data.parse(data);
  await store.saveContract(manager, {
    contractId: contract.contractId,
    banditoreAgencyId: contract.banditoreAgencyId,
    title: contract.title,
    cig: contract.cig,
    supplierName: contract.supplier.name,
    supplierPec: contract.supplier.pec,
    supplierFiscalCode: contract.supplier.fiscalCode,
    status: contract.status,
    version: contract.version,
  });
}

/**
 * An agency that sends an adhesion or an order on a contract becomes one of its parties (aderente).
 */
export const contractMemberJoined: EventHandler = async (event, manager) => {
  const { contractId, agencyId } = event.data as { contractId: string; agencyId: string };
  await store.saveContractMember(manager, contractId, agencyId);
};
