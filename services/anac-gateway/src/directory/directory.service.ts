import { adhesionEvents, identityEvents } from '@app/events';
import type { EventHandler } from '@app/platform/messaging';
import { saveAgency, saveApprovedAdhesion } from './directory.store.js';

/**
 * Keeps the agencies identity announces: the AUSA code and fiscal code ANAC needs for each CIG
 * request.
 */
export const agencyRegistered: EventHandler = async (event, manager) => {
  await saveAgency(manager, identityEvents.agencyRegistered.data.parse(event.data));
};

/** Keeps each adhesion adhesion approves, with its agency and the contract's CIG. */
export const adhesionApproved: EventHandler = async (event, manager) => {
  const data = adhesionEvents.approved.data.parse(event.data);
  await saveApprovedAdhesion(manager, { ...data, approvedAt: String(data.approvedAt) });
};
