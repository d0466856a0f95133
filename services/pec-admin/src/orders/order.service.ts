import type { EventHandler } from '@app/platform/messaging';
import * as store from './order.store.js';

/** Identity registered an agency: the professional Orders among them are pec-admin's tenants. */
export const agencyRegistered: EventHandler = async (event, manager) => {
  const agency = event.data as { agencyId: string; kind: string; fiscalCode: string; name: string };
  if (agency.kind === 'ordine') await store.upsert(manager, agency);
};
