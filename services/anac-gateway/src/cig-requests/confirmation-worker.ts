import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { anacEvents } from '@app/events';
import { AppError } from '@app/platform/errors';
import { updateReturning } from '@app/platform/db';
import { appendEvent } from '@app/platform/outbox';
import type { Config } from '../config.js';
import { ad4Scheda } from '../pcp/ad4-scheda.js';
import { explain, explainRefusal, type ExplainedError } from '../pcp/anac-errors.js';
import type { pcpClient } from '../pcp/pcp-client.js';
import { noAppaltoYet } from '../pdnd/tracking-evidence.js';
import { requestOf, type CigRequest } from './cig-requests.service.js';
import { codedFieldsOf } from './coded-fields.js';
import { codeProblems } from '../code-lists/code-lists.service.js';

type Pcp = ReturnType<typeof pcpClient>;
type EsitoEntry = { esito?: { codice?: string }; dataControllo?: string; errori?: { codice?: string; dettaglio?: string }[] };

const eventFacts = (request: CigRequest) => ({
  cigRequestId: request.id, agencyId: request.agencyId, codiceAppalto: request.data.codiceAppalto, parentCig: request.data.parentCig, adhesionId: request.data.adhesionId,
});

/**
 * Takes each request "in corso" to ANAC one step at a time: crea-appalto (or modifica-appalto), then
 * conferma-appalto, then esito-operazione until OK or KO, waiting longer between polls each time.
 * Progress is in the row (stage, next poll), claimed with a lease: after a restart, or on another
 * replica, the work resumes where it stopped.
 */
export function confirmationWorker(deps: { dataSource: DataSource; pcp: Pcp; config: Config; logger: Logger }) {
  const { dataSource, pcp, config, logger } = deps;
  const nextPollDelay = (attempts: number) => Math.min(config.PCP_POLL_MAX_MS, config.PCP_POLL_MS * 2 ** Math.min(attempts, 16));

  /** Records progress; the lease is given back only when the request waits for its next poll. */
  const save = (id: string, assignments: string, values: unknown[], release = true) =>
    dataSource.query(`UPDATE cig_requests SET ${assignments}${release ? ', lease_until = NULL' : ''}, updated_at = now() WHERE id = $1`, [id, ...values]);

  const reject = (request: CigRequest, errors: ExplainedError[]) => dataSource.transaction(async (manager) => {
    await manager.query(`UPDATE cig_requests SET status = 'rifiutato', stage = NULL, errors = $2, next_poll_at = NULL, lease_until = NULL, updated_at = now() WHERE id = $1`, [request.id, JSON.stringify(errors)]);
    await announce(manager, anacEvents.appaltoRejected.type, request, { idAppalto: request.idAppalto, errors });
  });

  async function step(request: CigRequest): Promise<CigRequest | 'waiting' | 'done'> {
    const base = { cigRequestId: request.id, rup: request.rup!, businessFlowID: request.idAppalto ?? noAppaltoYet };
    if (request.stage === 'crea') {
      // The lists may have changed since the request was saved: a code ANAC no longer takes never leaves.
      const refusals = await codeProblems(dataSource.manager, codedFieldsOf(request.data));
      if (refusals.length) {
        await reject(request, refusals.map((refusal) => ({ codice: 'TIPOLOGICA', dettaglio: refusal.path, spiegazione: refusal.message })));
        return 'done';
      }
      const adopted = request.idAppalto ? undefined : await recoveredAppalto(request, base);
      if (adopted) return adopted;
      const scheda = ad4Scheda(request.data, { fiscalCode: request.rup!.agencyFiscalCode, ausaCode: request.rup!.ausaCode });
      if (!request.idAppalto) await save(request.id, 'crea_sent_at = now()', [], false);
      const answer = request.idAppalto
        ? await pcp.call({ ...base, eservice: 'ComunicaAppalto', operation: 'modifica-appalto', method: 'POST', body: { idAppalto: request.idAppalto, scheda }, repeatable: true })
        : await pcp.call({ ...base, eservice: 'ComunicaAppalto', operation: 'crea-appalto', method: 'POST', body: { scheda }, repeatable: false });
      if (answer.status !== 200) {
        await reject(request, explainRefusal(answer));
        return 'done';
      }
      const idAppalto = request.idAppalto ?? String(answer.body.idAppalto);
      await save(request.id, `id_appalto = $2, appalto_sent_version = $3, stage = 'conferma'`, [idAppalto, request.version], false);
      return { ...request, idAppalto, appaltoSentVersion: request.version, stage: 'conferma' };
    }
    if (request.stage === 'conferma') {
      const answer = await pcp.call({ ...base, eservice: 'ComunicaAppalto', operation: 'conferma-appalto', method: 'POST', body: { idAppalto: request.idAppalto }, repeatable: true });
      if (answer.status !== 200) {
        await reject(request, explainRefusal(answer));
        return 'done';
      }
      await save(request.id, `stage = 'esito', confirm_sent_at = now(), poll_attempts = 0, next_poll_at = now() + make_interval(secs => $2::float8 / 1000)`, [config.PCP_POLL_MS]);
      return 'waiting';
    }
    const answer = await pcp.call({
      ...base, eservice: 'ServiziComuni', operation: 'esito-operazione', method: 'GET', repeatable: true,
      query: { idAppalto: request.idAppalto!, tipoOperazione: 'AP_CONF', tipoRicerca: 'ULTIMO_ESITO' },
    });
    if (answer.status !== 200) {
        await reject(request, explainRefusal(answer));
        return 'done';
      }
    const latest = ((answer.body.listaEsiti as EsitoEntry[] | undefined) ?? [])[0];
    // No outcome yet, WT, or an outcome older than this confirmation (a previous KO): poll again later.
    const current = latest && (!request.confirmSentAt || !latest.dataControllo || Date.parse(latest.dataControllo) >= Date.parse(request.confirmSentAt) - 1000);
    const esito = current ? latest.esito?.codice : undefined;
    if (esito === 'OK') {
      await dataSource.transaction(async (manager) => {
        await manager.query(`UPDATE cig_requests SET status = 'confermato', stage = NULL, next_poll_at = NULL, lease_until = NULL, updated_at = now() WHERE id = $1`, [request.id]);
        await announce(manager, anacEvents.appaltoConfirmed.type, request, { idAppalto: request.idAppalto, confirmedAt: new Date().toISOString() });
      });
      return 'done';
    }
    if (esito === 'KO') {
      await reject(request, explain(latest!.errori ?? []));
      return 'done';
    }
    await save(request.id, `poll_attempts = poll_attempts + 1, next_poll_at = now() + make_interval(secs => $2::float8 / 1000)`, [nextPollDelay(request.pollAttempts + 1)]);
    return 'waiting';
  }

  /**
   * A crea-appalto already left for this request, and its answer never came back (a timeout, a crash
   * before we wrote it): ANAC may hold the appalto. It is found by our own codice appalto and adopted,
   * then sent again with modifica-appalto (repeatable), never created twice.
   */
  async function recoveredAppalto(request: CigRequest, base: { cigRequestId: string; rup: CigRequest['rup'] & object; businessFlowID: string }): Promise<CigRequest | undefined> {
    if (!request.creaSentAt) return undefined;
    const found = await pcp.call({ ...base, eservice: 'ComunicaAppalto', operation: 'ricerca-appalto', method: 'GET', query: { codiceAppalto: request.data.codiceAppalto }, repeatable: true });
    const idAppalto = found.status === 200 ? (found.body.result as { idAppalto?: string }[] | undefined)?.[0]?.idAppalto : undefined;
    if (!idAppalto) return undefined;
    logger.info({ cigRequestId: request.id, idAppalto }, 'appalto found at ANAC by codice appalto: adopted');
    await save(request.id, 'id_appalto = $2', [idAppalto], false);
    return { ...request, idAppalto };
  }

  async function advance(request: CigRequest): Promise<void> {
    let current: CigRequest = request;
    try {
      for (;;) {
        const outcome = await step(current);
        if (outcome === 'waiting' || outcome === 'done') return;
        current = outcome;
      }
    } catch (error) {
      // ANAC unreachable even after the client's retries, or anything unexpected: the same step later.
      if (!(error instanceof AppError)) logger.error({ err: error, cigRequestId: request.id }, 'CIG request step failed');
      else logger.warn({ cigRequestId: request.id, code: error.code }, 'ANAC unreachable: the step will be retried');
      await save(current.id, `poll_attempts = poll_attempts + 1, next_poll_at = now() + make_interval(secs => $2::float8 / 1000)`, [nextPollDelay(current.pollAttempts + 1)]).catch(() => undefined);
    }
  }

  return {
    /** One pass: claims the requests due now (a lease keeps other replicas off them) and advances each. */
    async runOnce(): Promise<number> {
      const claimed = await updateReturning<Parameters<typeof requestOf>[0]>(dataSource.manager,
        `UPDATE cig_requests SET lease_until = now() + interval '5 minutes' WHERE id IN (
           SELECT id FROM cig_requests WHERE status = 'in corso' AND next_poll_at <= now() AND (lease_until IS NULL OR lease_until < now())
           ORDER BY next_poll_at LIMIT 20 FOR UPDATE SKIP LOCKED) RETURNING *`, []);
      await Promise.all(claimed.map((row) => advance(requestOf(row))));
      return claimed.length;
    },
  };
}

async function announce(manager: EntityManager, type: string, request: CigRequest, data: Record<string, unknown>): Promise<void> {
  await appendEvent(manager, { type, source: 'anac-gateway', subject: request.id, tenant: request.agencyId, data: { ...eventFacts(request), ...data } });
}
