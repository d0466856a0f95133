import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { updateReturning } from '@app/platform/db';
import type { Config } from '../config.js';
import { loadRequest } from '../cig-requests/cig-requests.service.js';
import type { pcpClient } from '../pcp/pcp-client.js';
import type { RupIdentity } from '../pdnd/tracking-evidence.js';
import { loadScheda, verifyScheda } from './schede.service.js';

/**
 * Asks ANAC, in the background, for the outcome of every scheda sent or being rolled back, with waits
 * that double up to PCP_POLL_MAX_MS: a scheda reaches confermata, rifiutata or annullata without anyone
 * pressing "Verifica invio". Rows are claimed with a lease, so replicas share them.
 */
export function schedaChecks(deps: { dataSource: DataSource; pcp: ReturnType<typeof pcpClient>; config: Config; logger: Logger }) {
  const { dataSource, config } = deps;
  const delay = (attempts: number) => Math.min(config.PCP_POLL_MAX_MS, config.PCP_POLL_MS * 2 ** Math.min(attempts, 16));
  const later = (id: string, attempts: number) => dataSource.query(
    'UPDATE schede SET check_attempts = $2, next_check_at = now() + make_interval(secs => $3::float8 / 1000), lease_until = NULL WHERE id = $1', [id, attempts, delay(attempts)]);

  return async function runOnce(): Promise<number> {
    const claimed = await updateReturning<{ id: string; cig_request_id: string; rup: RupIdentity; check_attempts: number }>(dataSource.manager,
      `UPDATE schede SET lease_until = now() + interval '2 minutes' WHERE id IN (
         SELECT id FROM schede WHERE status IN ('inviata', 'in annullamento') AND next_check_at <= now() AND (lease_until IS NULL OR lease_until < now())
         ORDER BY next_check_at LIMIT 20 FOR UPDATE SKIP LOCKED) RETURNING id, cig_request_id, rup, check_attempts`, []);
    await Promise.all(claimed.map(async (row) => {
      try {
        const request = await loadRequest(dataSource.manager, row.cig_request_id, (await dataSource.query('SELECT agency_id FROM cig_requests WHERE id = $1', [row.cig_request_id]))[0]?.agency_id);
        const { scheda } = await loadScheda(dataSource.manager, row.id, request.agencyId);
        const after = await verifyScheda(dataSource, deps.pcp, scheda, request, row.rup);
        if (after.status === scheda.status) await later(row.id, row.check_attempts + 1);
      } catch (error) {
        deps.logger.warn({ err: error, scheda: row.id }, 'scheda outcome not read: will ask again');
        await later(row.id, row.check_attempts + 1).catch(() => undefined);
      }
    }));
    return claimed.length;
  };
}
