import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { anacEvents } from '@app/events';
import { AppError } from '@app/platform/errors';
import { emittedEvent, takeStep } from '@app/platform/lifecycle';
import { appendEvent } from '@app/platform/outbox';
import { codeProblems } from '../code-lists/code-lists.service.js';
import type { Config } from '../config.js';
import { ad4Scheda } from './ad4-scheda.rules.js';
import {
  explain,
  explainOwnRefusal,
  explainRefusal,
  type ExplainedError,
} from '../pcp/anac-errors.rules.js';
import type { PcpCall, PcpClient } from '../pcp/pcp-client.js';
import { noAppaltoYet, type RupIdentity } from '../pdnd/tracking-evidence.js';
import {
  cigRequestLifecycle,
  confirmationOutcome,
  pollDelay,
  type CigRequest,
  type EsitoEntry,
} from './cig-request.rules.js';
import * as store from './cig-request.store.js';
import { acquireCigs } from './cig-request.service.js';
import { codedFieldsOf } from './coded-fields.rules.js';

interface Deps {
  dataSource: DataSource;
  pcp: PcpClient;
  config: Config;
  logger: Logger;
}
/** Who acts on ANAC for a request under way: set when it was sent, so never missing from here on. */
function rupOf(request: CigRequest): RupIdentity {
  if (!request.rup) throw new Error(`CIG request ${request.id} is under way without its RUP`);
  return request.rup;
}

/**
 * What a step leads to: the request at its next stage (go on now), or wait for the next poll, or
 * done.
 */
type Outcome = CigRequest | 'waiting' | 'done';
type CallBase = Pick<PcpCall, 'cigRequestId' | 'rup' | 'businessFlowID'>;

const eventFacts = (request: CigRequest) => ({
  cigRequestId: request.id,
  agencyId: request.agencyId,
  codiceAppalto: request.data.codiceAppalto,
  parentCig: request.data.parentCig,
  adhesionId: request.data.adhesionId,
});

async function announce(
  manager: EntityManager,
  type: string,
  request: CigRequest,
  data: Record<string, unknown>,
): Promise<void> {
  await appendEvent(manager, {
    type,
    source: 'anac-gateway',
    subject: request.id,
    tenant: request.agencyId,
    data: { ...eventFacts(request), ...data },
  });
}

function reject(deps: Deps, request: CigRequest, errors: ExplainedError[]): Promise<'done'> {
  return deps.dataSource.transaction(async (manager) => {
    await takeStep(cigRequestLifecycle, 'rejected', request, {
      save: (to) => store.markRejected(manager, request.id, to, errors),
      record: (taken) =>
        announce(manager, emittedEvent(taken), request, { idAppalto: request.idAppalto, errors }),
    });
    return 'done' as const;
  });
}

/**
 * A crea-appalto already left for this request, and its answer never came back (a timeout, a crash
 * before we wrote it): ANAC may hold the appalto. It is found by our own codice appalto and
 * adopted, then sent again with modifica-appalto (repeatable), never created twice.
 */
async function recoveredAppalto(
  deps: Deps,
  request: CigRequest,
  base: CallBase,
): Promise<CigRequest | undefined> {
  if (!request.creaSentAt) return undefined;
  const found = await deps.pcp.call({
    ...base,
    eservice: 'ComunicaAppalto',
    operation: 'ricerca-appalto',
    method: 'GET',
    repeatable: true,
    query: { codiceAppalto: request.data.codiceAppalto },
  });
  const idAppalto =
    found.status === 200
      ? (found.body.result as { idAppalto?: string }[] | undefined)?.[0]?.idAppalto
      : undefined;
  if (!idAppalto) return undefined;
  deps.logger.info(
    { cigRequestId: request.id, idAppalto },
    'appalto found at ANAC by codice appalto: adopted',
  );
  await store.adoptAppalto(deps.dataSource.manager, request.id, idAppalto);
  return { ...request, idAppalto };
}

/**
 * crea-appalto (or modifica-appalto for an appalto ANAC holds), after checking the codes once more.
 */
async function sendAppalto(deps: Deps, request: CigRequest, base: CallBase): Promise<Outcome> {
  // The lists may have changed since the request was saved: a code ANAC no longer takes never
  // leaves.
  const refusals = await codeProblems(deps.dataSource.manager, codedFieldsOf(request.data));
  if (refusals.length) {
    return reject(
      deps,
      request,
      refusals.map((refusal) => ({
        codice: 'TIPOLOGICA',
        dettaglio: refusal.path,
        spiegazione: refusal.message,
      })),
    );
  }
  const adopted = request.idAppalto ? undefined : await recoveredAppalto(deps, request, base);
  if (adopted) return adopted;
  const scheda = ad4Scheda(request.data, {
    fiscalCode: rupOf(request).agencyFiscalCode,
    ausaCode: rupOf(request).ausaCode,
  });
  const { manager } = deps.dataSource;
  if (!request.idAppalto) await store.markCreaSent(manager, request.id);
  const answer = request.idAppalto
    ? await deps.pcp.call({
        ...base,
        eservice: 'ComunicaAppalto',
        operation: 'modifica-appalto',
        method: 'POST',
        repeatable: true,
        body: { idAppalto: request.idAppalto, scheda },
      })
    : await deps.pcp.call({
        ...base,
        eservice: 'ComunicaAppalto',
        operation: 'crea-appalto',
        method: 'POST',
        repeatable: false,
        body: { scheda },
      });
  if (answer.status !== 200) return reject(deps, request, explainRefusal(answer));
  const idAppalto = request.idAppalto ?? String(answer.body.idAppalto);
  await store.markAppaltoSent(manager, request.id, idAppalto, request.version);
  return { ...request, idAppalto, appaltoSentVersion: request.version, stage: 'conferma' };
}

async function confirm(deps: Deps, request: CigRequest, base: CallBase): Promise<Outcome> {
  const answer = await deps.pcp.call({
    ...base,
    eservice: 'ComunicaAppalto',
    operation: 'conferma-appalto',
    method: 'POST',
    repeatable: true,
    body: { idAppalto: request.idAppalto },
  });
  if (answer.status !== 200) return lostConfirmation(deps, request, base, explainRefusal(answer));
  await store.markConfirmSent(deps.dataSource.manager, request.id, deps.config.PCP_POLL_MS);
  return 'waiting';
}

/** Refusals that a retried conferma-appalto meets when its first attempt did reach ANAC. */
const alreadyConfirming = new Set(['ERR16', 'ERR18']);
const recentMs = 10 * 60_000;

/** ANAC's latest outcome of the appalto's confirmation (esito-operazione, AP_CONF, ULTIMO_ESITO). */
function latestConfirmationOutcome(deps: Deps, request: CigRequest, base: CallBase) {
  return deps.pcp.call({
    ...base,
    eservice: 'ServiziComuni',
    operation: 'esito-operazione',
    method: 'GET',
    repeatable: true,
    query: {
      idAppalto: request.idAppalto ?? '',
      tipoOperazione: 'AP_CONF',
      tipoRicerca: 'ULTIMO_ESITO',
    },
  });
}

/**
 * ERR18 ("a confirmation is in progress") or ERR16 ("not in the state for it") after our own
 * attempt whose answer was lost: ANAC's latest outcome says whether that attempt stands. In
 * progress: poll it; confirmed moments ago: take it; anything else: the refusal is real.
 */
async function lostConfirmation(
  deps: Deps,
  request: CigRequest,
  base: CallBase,
  errors: ExplainedError[],
): Promise<Outcome> {
  if (!errors.every((error) => alreadyConfirming.has(error.codice)))
    return reject(deps, request, errors);
  const answer = await latestConfirmationOutcome(deps, request, base);
  const latest = ((answer.body.listaEsiti as EsitoEntry[] | undefined) ?? [])[0];
  const code = answer.status === 200 ? latest?.esito?.codice : undefined;
  const recent =
    latest?.dataControllo !== undefined && Date.now() - Date.parse(latest.dataControllo) < recentMs;
  if (code === 'WT' || (code === 'OK' && recent)) {
    // Our attempt was the one ANAC confirmed: its outcome counts (it is not older than our
    // sending).
    const sentAt =
      code === 'OK' && latest?.dataControllo
        ? new Date(Date.parse(latest.dataControllo) - 1_000).toISOString()
        : undefined;
    await store.markConfirmSent(
      deps.dataSource.manager,
      request.id,
      code === 'OK' ? 0 : deps.config.PCP_POLL_MS,
      sentAt,
    );
    return 'waiting';
  }
  return reject(deps, request, errors);
}

/** esito-operazione (AP_CONF) until OK or KO, waiting longer between polls each time. */
async function readOutcome(deps: Deps, request: CigRequest, base: CallBase): Promise<Outcome> {
  const answer = await latestConfirmationOutcome(deps, request, base);
  if (answer.status !== 200) return reject(deps, request, explainRefusal(answer));
  const latest = ((answer.body.listaEsiti as EsitoEntry[] | undefined) ?? [])[0];
  const outcome = confirmationOutcome(latest, request.confirmSentAt);
  if (outcome === 'KO') return reject(deps, request, explain(latest?.errori ?? []));
  if (outcome === 'OK') {
    await deps.dataSource.transaction(async (manager) => {
      await takeStep(cigRequestLifecycle, 'confirmed', request, {
        save: (to) => store.markConfirmed(manager, request.id, to),
        record: (taken) =>
          announce(manager, emittedEvent(taken), request, {
            idAppalto: request.idAppalto,
            confirmedAt: new Date().toISOString(),
          }),
      });
    });
    return 'done';
  }
  await store.pollLater(deps.dataSource.manager, request.id, later(deps, request));
  return 'waiting';
}

const later = (deps: Deps, request: CigRequest) =>
  pollDelay(request.pollAttempts + 1, deps.config.PCP_POLL_MS, deps.config.PCP_POLL_MAX_MS);

/**
 * recupera-cig for a command of ordering. A refusal (no CIG returned) is announced as ANAC's answer
 * and the request stays confirmed; ANAC unreachable throws, and the step is tried again later.
 */
async function acquire(deps: Deps, request: CigRequest): Promise<'done'> {
  try {
    await acquireCigs(deps.dataSource, deps.pcp, request, rupOf(request));
  } catch (error) {
    if (!(error instanceof AppError) || error.status >= 500) throw error;
    const errors = explainOwnRefusal(error);
    await deps.dataSource.transaction(async (manager) => {
      await store.endAcquisition(manager, request.id);
      await announce(manager, anacEvents.appaltoRejected.type, request, {
        idAppalto: request.idAppalto,
        errors,
      });
    });
  }
  return 'done';
}

function step(deps: Deps, request: CigRequest): Promise<Outcome> {
  if (request.stage === 'recupero') return acquire(deps, request);
  const base = {
    cigRequestId: request.id,
    rup: rupOf(request),
    businessFlowID: request.idAppalto ?? noAppaltoYet,
  };
  if (request.stage === 'crea') return sendAppalto(deps, request, base);
  if (request.stage === 'conferma') return confirm(deps, request, base);
  return readOutcome(deps, request, base);
}

async function advance(deps: Deps, request: CigRequest): Promise<void> {
  let current = request;
  try {
    for (;;) {
      const outcome = await step(deps, current);
      if (outcome === 'waiting' || outcome === 'done') return;
      current = outcome;
    }
  } catch (error) {
    // ANAC unreachable even after the client's retries, or anything unexpected: the same step
    // later.
    if (!(error instanceof AppError))
      deps.logger.error({ err: error, cigRequestId: request.id }, 'CIG request step failed');
    else
      deps.logger.warn(
        { cigRequestId: request.id, code: error.code },
        'ANAC unreachable: the step will be retried',
      );
    await store
      .pollLater(deps.dataSource.manager, current.id, later(deps, current))
      .catch(() => undefined);
  }
}

/**
 * Takes each request "in corso" to ANAC one step at a time: crea-appalto (or modifica-appalto),
 * then conferma-appalto, then esito-operazione until OK or KO. Progress is in the row (stage, next
 * poll), claimed with a lease: after a restart, or on another replica, the work resumes where it
 * stopped.
 */
export function confirmationWorker(deps: Deps) {
  return {
    /** One pass: claims the requests due now and advances each. */
    async runOnce(): Promise<number> {
      const claimed = await store.claimDue(deps.dataSource.manager, deps.config.PCP_LEASE_MS);
      await Promise.all(claimed.map((request) => advance(deps, request)));
      return claimed.length;
    },
  };
}
