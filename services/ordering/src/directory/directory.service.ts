import { rememberSigner } from '@app/signed-documents';
import { adhesionEvents, catalogEvents, identityEvents } from '@app/events';
import { saveRegisteredPeople } from './registered-people.store.js';
import type { EventHandler } from '@app/platform/messaging';
import * as store from './directory.store.js';

type Facts = ReturnType<typeof catalogEvents.contractPublished.data.parse>;

/**
 * A contract as ordering needs it; contracts whose rounds ask for documents need an adhesion first.
 */
export const contractOf = (facts: Facts) => ({
  contractId: facts.contractId,
  kind: facts.kind,
  banditoreAgencyId: facts.banditoreAgencyId,
  title: facts.title,
  cig: facts.cig,
  cup: facts.cup,
  supplier: facts.supplier,
  orderRequirements: facts.orderRequirements,
  requiresAdhesion: facts.rounds.some((round) => round.documents.length > 0),
  eligibleAgencies: facts.eligibleAgencies,
  expiryDate: facts.expiryDate,
  supplierResponseDays: facts.supplierResponseDays,
  supplierMayDispute: facts.supplierMayDispute,
  status: facts.status,
  version: facts.version,
});

export const contractPublished: EventHandler = async (event, manager) => {
  await store.saveContract(
    manager,
    contractOf(catalogEvents.contractPublished.data.parse(event.data)),
  );
};

export const contractUpdated: EventHandler = async (event, manager) => {
  await store.saveContract(
    manager,
    contractOf(catalogEvents.contractUpdated.data.parse(event.data)),
  );
};

export const contractExpired: EventHandler = async (event, manager) => {
  await store.markExpired(manager, catalogEvents.contractExpired.data.parse(event.data).contractId);
};

export const adhesionApproved: EventHandler = async (event, manager) => {
  const data = adhesionEvents.approved.data.parse(event.data);
  await store.saveApprovedAdhesion(manager, data);
};

export const agencyRegistered: EventHandler = async (event, manager) => {
  await store.saveAgency(manager, identityEvents.agencyRegistered.data.parse(event.data));
};

/** The people of each agency (by codice fiscale): who may sign an order's summary sheet. */
export const profileChanged: EventHandler = async (event, manager) => {
  const data = identityEvents.profileCreated.data.parse(event.data);
  await rememberSigner(manager, {
    ...data,
    active: event.type !== identityEvents.profileDisabled.type,
  });
};

/** A registration the Gestore approved: the people it names may order on its convention. */
export const registrationApproved: EventHandler = async (event, manager) => {
  const data = identityEvents.registrationApproved.data.parse(event.data);
  await saveRegisteredPeople(
    manager,
    data,
    data.users.map((user) => user.fiscalCode),
  );
};
