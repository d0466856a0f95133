import type { DataSource } from 'typeorm';
import { catalogEvents } from '@app/events';
import { appendEvent } from '@app/platform/outbox';

/**
 * Announces the published contracts whose expiry has passed, each once. SKIP LOCKED lets several
 * replicas sweep at the same time without announcing a contract twice.
 */
export async function announceExpiries(dataSource: DataSource, batch = 100): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const expired: { id: string; banditore: string; title: string; cig: string; expiry: string }[] = await manager.query(
      `SELECT id, banditore_agency_id AS banditore, title, cig, to_char(expiry_date, 'YYYY-MM-DD') AS expiry FROM contracts
       WHERE status = 'pubblicato' AND expiry_date < current_date AND expiry_announced_at IS NULL
       ORDER BY expiry_date LIMIT $1 FOR UPDATE SKIP LOCKED`, [batch]);
    for (const contract of expired) {
      await manager.query('UPDATE contracts SET expiry_announced_at = now() WHERE id = $1', [contract.id]);
      await appendEvent(manager, {
        type: catalogEvents.contractExpired.type, source: 'catalog', subject: contract.id, tenant: contract.banditore,
        data: { contractId: contract.id, banditoreAgencyId: contract.banditore, title: contract.title, cig: contract.cig, expiryDate: contract.expiry },
      });
    }
    return expired.length;
  });
}
