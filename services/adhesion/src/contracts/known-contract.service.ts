import { catalogEvents, identityEvents } from '@app/events';
import type { EventHandler } from '@app/platform/messaging';
import { markExpired, saveContract } from './known-contract.store.js';
import { saveRegisteredPeople } from './registered-people.store.js';

/**
 * Catalog's contract events: adhesion learns each contract from them, never from catalog's tables.
 */
export const contractPublished: EventHandler = async (event, manager) => {
  await saveContract(manager, catalogEvents.contractPublished.data.parse(event.data));
};

export const contractUpdated: EventHandler = async (event, manager) => {
  await saveContract(manager, catalogEvents.contractUpdated.data.parse(event.data));
};

export const contractExpired: EventHandler = async (event, manager) => {
  const { contractId } = catalogEvents.contractExpired.data.parse(event.data);
  await markExpired(manager, contractId);
};

/** A registration the Gestore approved: the people it names are enabled on its convention. */
export const registrationApproved: EventHandler = async (event, manager) => {
  const data = identityEvents.registrationApproved.data.parse(event.data);
  await saveRegisteredPeople(
    manager,
    data,
    data.users.map((user) => user.fiscalCode),
  );
};
