import type { DataSource } from 'typeorm';
import { catalogEvents } from '@app/events';
import { appendEvent } from '@app/platform/outbox';
import { claimExpired, markExpiryAnnounced } from './contract.store.js';

/**
 * Announces the published contracts whose expiry has passed, each once. SKIP LOCKED lets several
 * replicas sweep at the same time without announcing a contract twice.
 */
export async function announceExpiries(dataSource: DataSource, batch = 100): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const expired = await claimExpired(manager, batch);
    for (const contract of expired) {
      await markExpiryAnnounced(manager, contract.id);
      await appendEvent(manager, {
        type: catalogEvents.contractExpired.type,
        source: 'catalog',
        subject: contract.id,
        tenant: contract.banditore,
        data: {
          contractId: contract.id,
          banditoreAgencyId: contract.banditore,
          title: contract.title,
          cig: contract.cig,
          expiryDate: contract.expiry,
        },
      });
    }
    return expired.length;
  });
}
