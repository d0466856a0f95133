import { identityEvents } from '@app/events';
import type { EventHandler } from '@app/platform/messaging';
import { saveAgency } from './directory.store.js';

/**
 * Keeps the agencies identity announces, so contracts can name their banditore without asking
 * identity.
 */
export const agencyRegistered: EventHandler = async (event, manager) => {
  await saveAgency(manager, identityEvents.agencyRegistered.data.parse(event.data));
};
