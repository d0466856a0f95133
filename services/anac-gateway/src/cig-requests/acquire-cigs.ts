import type { DataSource } from 'typeorm';
import { anacEvents } from '@app/events';
import { AppError, conflict } from '@app/platform/errors';
import { appendEvent } from '@app/platform/outbox';
import type { pcpClient } from '../pcp/pcp-client.js';
import type { RupIdentity } from '../pdnd/tracking-evidence.js';
import { loadRequest, type CigRequest } from './cig-requests.service.js';

/**
 * "Acquisisci CIG": recupera-cig for a confirmed appalto, every page, each CIG stored with its lot and
 * amount and announced. A second call returns what was acquired the first time.
 */
export async function acquireCigs(dataSource: DataSource, pcp: ReturnType<typeof pcpClient>, request: CigRequest, rup: RupIdentity): Promise<CigRequest> {
  if (request.status === 'cig acquisiti') return request;
  if (request.status !== 'confermato') throw conflict(`L'appalto non è ancora confermato da ANAC (stato: ${request.status}): i CIG non si possono acquisire.`, 'APPALTO_NOT_CONFIRMED');
  const found: { cig: string; lotIdentifier: string }[] = [];
  for (let page = 1; ; page++) {
    const answer = await pcp.call({
      cigRequestId: request.id, rup, businessFlowID: request.idAppalto!, eservice: 'ComunicaAppalto', operation: 'recupera-cig', method: 'GET', repeatable: true,
      query: { idAppalto: request.idAppalto!, page: String(page), perPage: '20' },
    });
    if (answer.status !== 200) throw new AppError({ code: 'CIG_NOT_ACQUIRED', status: 502, title: 'CIG non acquisiti', detail: `ANAC non ha restituito i CIG (${answer.status}): ${String(answer.body.detail ?? '')}` });
    found.push(...((answer.body.result as typeof found | undefined) ?? []));
    if (page >= Number(answer.body.totPages ?? 1)) break;
  }
  const cigs = request.data.lots.map((lot) => {
    const match = found.find((entry) => entry.lotIdentifier === lot.lotIdentifier);
    if (!match) throw new AppError({ code: 'CIG_NOT_ACQUIRED', status: 502, title: 'CIG non acquisiti', detail: `ANAC non ha assegnato un CIG al lotto ${lot.lotIdentifier}.` });
    return { lotIdentifier: lot.lotIdentifier, cig: match.cig, amountCents: lot.amountCents };
  });
  return dataSource.transaction(async (manager) => {
    await manager.query(`UPDATE cig_requests SET status = 'cig acquisiti', cigs = $2, updated_at = now() WHERE id = $1`, [request.id, JSON.stringify(cigs)]);
    await appendEvent(manager, {
      type: anacEvents.cigAcquired.type, source: 'anac-gateway', subject: request.id, tenant: request.agencyId,
      data: { cigRequestId: request.id, agencyId: request.agencyId, codiceAppalto: request.data.codiceAppalto, parentCig: request.data.parentCig, adhesionId: request.data.adhesionId, idAppalto: request.idAppalto, cigs, totalCents: request.totalCents },
    });
    return loadRequest(manager, request.id, request.agencyId);
  });
}
