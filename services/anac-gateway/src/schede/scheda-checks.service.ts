import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { pollDelay } from '../cig-requests/cig-request.rules.js';
import type { Config } from '../config.js';
import type { PcpClient } from '../pcp/pcp-client.js';
import { claimDueChecks, checkLater, type DueCheck } from './scheda.store.js';
import { loadForCheck, verifyScheda } from './scheda.service.js';

/**
 * Asks ANAC, in the background, for the outcome of every scheda sent or being rolled back, with
 * waits that double up to PCP_POLL_MAX_MS: a scheda reaches confermata, rifiutata or annullata
 * without anyone pressing "Verifica invio". Rows are claimed with a lease, so replicas share them.
 */
export function schedaChecks(deps: {
  dataSource: DataSource;
  pcp: PcpClient;
  config: Config;
  logger: Logger;
}) {
  const { dataSource, config } = deps;
  const later = (id: string, attempts: number) =>
    checkLater(
      dataSource.manager,
      id,
      attempts,
      pollDelay(attempts, config.PCP_POLL_MS, config.PCP_POLL_MAX_MS),
    );

  const check = async (due: DueCheck) => {
    try {
      const loaded = await loadForCheck(dataSource.manager, due.id, due.agencyId);
      const after = await verifyScheda(dataSource, deps.pcp, loaded, due.rup);
      if (after.status === loaded.scheda.status) await later(due.id, due.attempts + 1);
    } catch (error) {
      deps.logger.warn({ err: error, scheda: due.id }, 'scheda outcome not read: will ask again');
      await later(due.id, due.attempts + 1).catch(() => undefined);
    }
  };

  return async function runOnce(): Promise<number> {
    const claimed = await claimDueChecks(dataSource.manager, config.PCP_LEASE_MS);
    await Promise.all(claimed.map(check));
    return claimed.length;
  };
}
