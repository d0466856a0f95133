import { createHash, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { TenantCaller } from '@app/platform/auth';
import { audit, transaction, type Command } from '@app/platform/commands';
import { notFound, defined } from '@app/platform/errors';
import { takeStep } from '@app/platform/lifecycle';
import { appendEvent } from '@app/platform/outbox';
import { cigRequestLifecycle, type CigRequest } from '../cig-requests/cig-request.rules.js';
import { loadRequest, requirePcp, rupFor } from '../cig-requests/cig-request.service.js';
import { setAnacContract, setStatus } from '../cig-requests/cig-request.store.js';
import { findAgency } from '../directory/directory.store.js';
import { explain, explainRefusal, type ExplainedError } from '../pcp/anac-errors.rules.js';
import type { PcpClient } from '../pcp/pcp-client.js';
import type { RupIdentity } from '../pdnd/tracking-evidence.js';
import type { NewScheda, SchedaCode } from './scheda.schema.js';
import * as rules from './scheda.rules.js';
import type { Scheda, SchedaStep } from './scheda.rules.js';
import { orchestratorRefusal, rollbackRefusal } from './scheda-orchestrator.rules.js';
import * as store from './scheda.store.js';

export interface SchedaDeps {
  dataSource: DataSource;
  pcp: PcpClient | undefined;
  checkAfterMs: number;
  livePollMs: number;
}
type Act = Command<TenantCaller>;
type Loaded = { scheda: Scheda; request: CigRequest };

/** A scheda of one of the agency's requests; anyone else gets 404. */
async function loadScheda(
  manager: EntityManager,
  id: string,
  agencyId: string,
  lock = false,
): Promise<Loaded> {
  const scheda = await store.findScheda(manager, id, agencyId, lock);
  if (!scheda) throw notFound('Scheda');
  return { scheda, request: await loadRequest(manager, scheda.cigRequestId, agencyId) };
}

async function checkOrchestrator(
  manager: EntityManager,
  code: SchedaCode,
  cigRequestId: string,
  except?: string,
): Promise<void> {
  const others = (await store.schedeOf(manager, cigRequestId)).filter(
    (other) => other.id !== except,
  );
  rules.refuseAs(orchestratorRefusal(code, others));
}

interface Settlement extends Omit<store.SchedaChange, 'status'> {
  anacContractId?: string;
  reason?: string;
}

/**
 * An ANN confirmed annuls the CIG request too, and its rollback gives it back (seed 001: «Annullato
 * anche nel modulo Richiedi CIG»).
 */
async function followAnn(
  manager: EntityManager,
  scheda: Scheda,
  step: SchedaStep,
  request: CigRequest,
): Promise<void> {
  if (scheda.code !== 'ANN') return;
  const requestStep =
    step === 'confirmed' ? 'annulled' : step === 'rolled-back' ? 'annulment-withdrawn' : undefined;
  if (!requestStep || !cigRequestLifecycle.can(requestStep, request.status)) return;
  await takeStep(cigRequestLifecycle, requestStep, request, {
    save: (to) => setStatus(manager, request.id, to),
  });
}

/**
 * A step of the scheda (`rules.schedaLifecycle`): its new state, with its event when it has one.
 */
function settle(
  dataSource: DataSource,
  { scheda, request }: Loaded,
  step: SchedaStep,
  change: Settlement,
): Promise<Scheda> {
  return dataSource.transaction(async (manager) => {
    let after = scheda;
    await takeStep(rules.schedaLifecycle, step, scheda, {
      save: async (to) => {
        await store.changeScheda(manager, scheda.id, { ...change, status: to });
        if (change.anacContractId)
          await setAnacContract(manager, request.id, change.anacContractId);
        await followAnn(manager, scheda, step, request);
        after = (await loadScheda(manager, scheda.id, request.agencyId)).scheda;
      },
      record: async (taken) => {
        if (!taken.emits) return;
        const contract =
          step === 'confirmed'
            ? { anacContractId: change.anacContractId ?? request.anacContractId }
            : {};
        const data = {
          ...rules.eventData(after, request),
          ...contract,
          ...(change.errors ? { errors: change.errors } : {}),
          ...(change.reason ? { reason: change.reason } : {}),
        };
        await appendEvent(manager, {
          type: taken.emits,
          source: 'anac-gateway',
          subject: scheda.id,
          tenant: request.agencyId,
          data,
        });
      },
    });
    return after;
  });
}

const callBase = (request: CigRequest, rup: RupIdentity) => ({
  cigRequestId: request.id,
  rup,
  businessFlowID: defined(request.idAppalto),
});

/**
 * What the CIG request's page shows live: the request's state and each scheda's. The event's id is
 * a digest of that state, so a browser reconnecting with it gets nothing until something changes.
 */
export async function requestStateAfter(
  deps: SchedaDeps,
  caller: TenantCaller,
  cigRequestId: string,
  afterId: string | undefined,
) {
  const request = await loadRequest(deps.dataSource.manager, cigRequestId, caller.tenant);
  const schedeNow = await store.schedeOf(deps.dataSource.manager, cigRequestId);
  const data = {
    status: request.status,
    cigs: request.cigs,
    errors: request.errors,
    schede: schedeNow.map((scheda) => ({
      id: scheda.id,
      code: scheda.code,
      status: scheda.status,
      statusLabel: rules.statusLabels[scheda.status],
      errors: scheda.errors,
    })),
  };
  const id = createHash('sha256').update(JSON.stringify(data)).digest('base64url').slice(0, 22);
  return id === afterId ? [] : [{ id, event: 'state', data }];
}

export async function listSchede(
  deps: SchedaDeps,
  caller: TenantCaller,
  cigRequestId: string,
): Promise<(Scheda & { statusLabel: string; banner: string | null })[]> {
  await loadRequest(deps.dataSource.manager, cigRequestId, caller.tenant);
  const found = await store.schedeOf(deps.dataSource.manager, cigRequestId);
  return found.map((scheda) => ({
    ...scheda,
    statusLabel: rules.statusLabels[scheda.status],
    banner: rules.bannerOf(scheda),
  }));
}

/**
 * A new scheda in draft. The orchestrator's rules are checked here before ANAC checks them again:
 * nothing after an annulment, and no annulment once the execution phase has begun.
 */
export async function createScheda(
  deps: SchedaDeps,
  act: Act,
  cigRequestId: string,
  input: NewScheda,
): Promise<Scheda> {
  const agencyId = act.caller.tenant;
  const ausaCode = (await findAgency(deps.dataSource.manager, agencyId))?.ausaCode ?? '';
  return transaction(deps.dataSource, act, async (manager) => {
    const request = await loadRequest(manager, cigRequestId, agencyId, true);
    rules.checkCigsAcquired(request);
    await checkOrchestrator(manager, input.code, request.id);
    const id = randomUUID();
    const body = { anacForm: rules.anacFormOf(input, request, ausaCode) };
    await store.insertScheda(manager, {
      id,
      cigRequestId,
      code: input.code,
      body,
      author: act.caller.subject,
    });
    await audit(manager, act, 'scheda', 'scheda.created', id);
    return (await loadScheda(manager, id, agencyId)).scheda;
  });
}

/**
 * "Invia scheda": crea-scheda, then conferma-scheda (asynchronous: the scheda is "inviata" until
 * ANAC's outcome arrives; the background check asks for it, "Verifica invio" asks at once).
 */
export async function sendScheda(deps: SchedaDeps, act: Act, id: string): Promise<Scheda> {
  const pcp = requirePcp(deps.pcp);
  const rup = await rupFor(deps.dataSource.manager, act.caller);
  const loaded = await loadScheda(deps.dataSource.manager, id, act.caller.tenant);
  const { scheda, request } = loaded;
  rules.checkDraft(scheda);
  // A draft made before another scheda went out may no longer be admitted: no doomed call reaches
  // ANAC.
  await checkOrchestrator(deps.dataSource.manager, scheda.code, request.id, scheda.id);
  const idScheda = scheda.idScheda ?? (await createAtAnac(deps, pcp, loaded, rup));
  if (typeof idScheda !== 'string') {
    await audit(deps.dataSource.manager, act, 'scheda', 'scheda.sent', id);
    return idScheda;
  }
  const confirmed = await pcp.call({
    ...callBase(request, rup),
    eservice: 'ComunicaPostPubblicazione',
    operation: 'conferma-scheda',
    method: 'POST',
    repeatable: true,
    body: { idScheda, idAppalto: request.idAppalto },
  });
  const held = { scheda: { ...scheda, idScheda }, request };
  const sent =
    confirmed.status === 200
      ? await settle(deps.dataSource, held, 'sent', {
          idScheda,
          checkAfterMs: deps.checkAfterMs,
          rup,
        })
      : await settle(deps.dataSource, held, 'refused-on-sending', {
          idScheda,
          errors: explainRefusal(confirmed),
        });
  await audit(deps.dataSource.manager, act, 'scheda', 'scheda.sent', id);
  return sent;
}

/** crea-scheda: ANAC's id of the scheda, or the scheda refused. */
async function createAtAnac(
  deps: SchedaDeps,
  pcp: PcpClient,
  loaded: Loaded,
  rup: RupIdentity,
): Promise<string | Scheda> {
  const { scheda, request } = loaded;
  const created = await pcp.call({
    ...callBase(request, rup),
    eservice: 'ComunicaPostPubblicazione',
    operation: 'crea-scheda',
    method: 'POST',
    repeatable: false,
    body: {
      idAppalto: request.idAppalto,
      scheda: {
        codice: rules.tipologica('codiceScheda', scheda.code),
        versione: '1.0',
        body: scheda.body,
      },
    },
  });
  if (created.status !== 200)
    return settle(deps.dataSource, loaded, 'refused-on-sending', {
      errors: explainRefusal(created),
    });
  const idScheda = String(created.body.idScheda);
  await store.setIdScheda(deps.dataSource.manager, scheda.id, idScheda);
  return idScheda;
}

type EsitoEntry = {
  idScheda?: string;
  idContratto?: string;
  esito?: { codice?: string };
  errori?: { codice?: string; dettaglio?: string }[];
};

/**
 * The outcome of the scheda's pending operation: conferma-scheda (SC_CONF) for an "inviata" one,
 * rollback-scheda (SC_ROLLBACK) for one "in annullamento". WT or nothing yet leaves it as it is.
 */
export async function verifyScheda(
  dataSource: DataSource,
  pcp: PcpClient,
  loaded: Loaded,
  rup: RupIdentity,
): Promise<Scheda> {
  const { scheda, request } = loaded;
  const operation = rules.pendingOperation(scheda);
  if (!operation) return scheda;
  const answer = await pcp.call({
    ...callBase(request, rup),
    eservice: 'ServiziComuni',
    operation: 'esito-operazione',
    method: 'GET',
    repeatable: true,
    query: {
      idAppalto: defined(request.idAppalto),
      tipoOperazione: operation,
      tipoRicerca: 'TUTTI_ESITI',
    },
  });
  if (answer.status !== 200) throw rules.outcomeUnavailable(answer.status);
  const esiti = (answer.body.listaEsiti as EsitoEntry[] | undefined) ?? [];
  const latest = esiti.filter((esito) => esito.idScheda === scheda.idScheda).at(-1);
  const next = rules.afterOutcome(operation, latest?.esito?.codice);
  if (!next) return scheda;
  const errors: ExplainedError[] | undefined =
    next === 'rejected' || next === 'rollback-refused'
      ? explain(defined(latest).errori ?? [])
      : undefined;
  const anacContractId =
    next === 'confirmed' && scheda.code === 'SC1' ? defined(latest).idContratto : undefined;
  const reason =
    next === 'rolled-back'
      ? await store.rollbackReasonOf(dataSource.manager, scheda.id)
      : undefined;
  return settle(dataSource, loaded, next, { errors, anacContractId, reason });
}

export async function verifySchedaFor(deps: SchedaDeps, act: Act, id: string): Promise<Scheda> {
  const pcp = requirePcp(deps.pcp);
  const rup = await rupFor(deps.dataSource.manager, act.caller);
  return verifyScheda(
    deps.dataSource,
    pcp,
    await loadScheda(deps.dataSource.manager, id, act.caller.tenant),
    rup,
  );
}

/**
 * "Annulla comunicazione": rollback-scheda of the last confirmed ANN, CO1 or CO2 (reason 1 or 2 of
 * ANAC's motivoAnnullamentoComunicazione). The scheda is "in annullamento" until ANAC's outcome
 * arrives.
 */
export async function rollbackScheda(
  deps: SchedaDeps,
  act: Act,
  id: string,
  reason: '1' | '2',
): Promise<Scheda> {
  const pcp = requirePcp(deps.pcp);
  const { manager } = deps.dataSource;
  const rup = await rupFor(manager, act.caller);
  const loaded = await loadScheda(manager, id, act.caller.tenant);
  rules.refuseAs(rollbackRefusal(loaded.scheda, await store.schedeOf(manager, loaded.request.id)));
  const answer = await pcp.call({
    ...callBase(loaded.request, rup),
    eservice: 'ServiziComuni',
    operation: 'rollback-scheda',
    method: 'POST',
    repeatable: true,
    body: {
      idScheda: loaded.scheda.idScheda,
      motivazione: rules.tipologica('motivoAnnullamentoComunicazione', reason),
    },
  });
  if (answer.status !== 200) throw rules.rollbackRefused(explainRefusal(answer));
  await store.setRollbackReason(manager, id, reason);
  const rolling = await settle(deps.dataSource, loaded, 'rollback-requested', {
    checkAfterMs: deps.checkAfterMs,
    rup,
  });
  await audit(manager, act, 'scheda', 'scheda.rollback-requested', id);
  return rolling;
}

/**
 * A draft (or a refused scheda) is deleted; one ANAC already holds in lavorazione is cancelled
 * there too.
 */
export async function deleteScheda(deps: SchedaDeps, act: Act, id: string): Promise<void> {
  const { manager } = deps.dataSource;
  const { scheda, request } = await loadScheda(manager, id, act.caller.tenant);
  rules.checkDeletable(scheda);
  if (scheda.idScheda) {
    const pcp = requirePcp(deps.pcp);
    const answer = await pcp.call({
      ...callBase(request, await rupFor(manager, act.caller)),
      eservice: 'ComunicaPostPubblicazione',
      operation: 'cancella-scheda',
      method: 'POST',
      repeatable: true,
      body: { idScheda: scheda.idScheda, idAppalto: request.idAppalto },
    });
    if (answer.status !== 200 && answer.status !== 404)
      throw rules.notCancelled(explainRefusal(answer));
  }
  await store.deleteScheda(manager, id);
  await audit(manager, act, 'scheda', 'scheda.deleted', id);
}

/**
 * For the background check: the scheda and its request, whatever the agency (the row says which).
 */
export async function loadForCheck(
  manager: EntityManager,
  id: string,
  agencyId: string,
): Promise<Loaded> {
  return loadScheda(manager, id, agencyId);
}
