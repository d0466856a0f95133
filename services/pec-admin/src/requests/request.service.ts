import { limitOffset, type PageQuery } from '@app/platform/http';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import type { TenantCaller } from '@app/platform/auth';
import { audit, systemCommand, type Command } from '@app/platform/commands';
import { notFound } from '@app/platform/errors';
import { takeStep } from '@app/platform/lifecycle';
import type { Config } from '../config.js';
import type { PartnerClient } from './partner-client.js';
import {
  caseOutcome,
  labelled,
  caseThread,
  providerCall,
  requestLifecycle,
  requestStates,
  retryDelay,
  waitingReason,
  type RequestKind,
} from './request.rules.js';
import * as store from './request.store.js';

/**
 * What a request's outcome does to the rest of the Order's data, kind by kind (wired by the
 * service).
 */
export interface Outcome {
  done?(
    manager: EntityManager,
    request: store.LedgerRow,
    answer: Record<string, unknown>,
  ): Promise<void>;
  refused?(manager: EntityManager, request: store.LedgerRow, reason: string): Promise<void>;
}
export type Outcomes = Partial<Record<RequestKind, Outcome>>;

/**
 * Records a request of the caller's Order in the command's transaction; the worker sends it after
 * commit.
 */
export async function ask(
  manager: EntityManager,
  act: Command<TenantCaller>,
  request: Omit<store.NewRequest, 'orderAgencyId' | 'requestedBy'>,
) {
  const { caller } = act;
  const saved = await store.enqueue(manager, {
    ...request,
    orderAgencyId: caller.tenant,
    requestedBy: {
      subject: caller.subject,
      fiscalNumber: caller.fiscalNumber ?? null,
      profileId: caller.profileId ?? null,
      office: caller.office ?? null,
      roles: caller.roles,
    },
  });
  await audit(manager, act, 'pec_request', `pec.request.${request.kind}`, saved.id, {
    memberId: request.memberId ?? null,
    mailboxId: request.mailboxId ?? null,
  });
  return saved;
}

/** A page of the Order's ledger, newest first, with how many requests each state holds in all. */
export async function requests(
  dataSource: DataSource,
  caller: TenantCaller,
  query: Parameters<typeof store.list>[2] & PageQuery,
) {
  const items = await store.list(dataSource.manager, caller.tenant, query, limitOffset(query));
  const counts = await store.countsByState(dataSource.manager, caller.tenant);
  return {
    items: items.map(labelled),
    page: query.page,
    pageSize: query.pageSize,
    counts: Object.fromEntries(
      Object.keys(requestStates).map((state) => [state, counts[state] ?? 0]),
    ),
  };
}

export async function request(
  dataSource: DataSource,
  caller: TenantCaller,
  id: string,
  kinds?: RequestKind[],
) {
  const found = await store.find(dataSource.manager, caller.tenant, id);
  if (!found || (kinds && !kinds.includes(found.kind as RequestKind))) throw notFound('Richiesta');
  return labelled(found as { kind: string; state: string });
}

const system = systemCommand(undefined);

/** How the provider closed a request: the step, its answer, and what the ledger records of it. */
interface Closing {
  step: 'executed' | 'refused';
  answer: Record<string, unknown>;
  outcome: string | null;
  reason: string | null;
  thread?: unknown[];
}

/**
 * A request closed by the provider: its state, what the outcome does to the Order's data, the audit
 * entry.
 */
async function close(
  manager: EntityManager,
  outcomes: Outcomes,
  request: store.LedgerRow,
  closing: Closing,
) {
  const { step, answer, outcome, reason, thread } = closing;
  await takeStep(
    requestLifecycle,
    step,
    { status: request.state },
    {
      save: (to) => store.closed(manager, request.id, to, outcome, reason, thread),
      record: async () => {
        if (step === 'executed') await outcomes[request.kind]?.done?.(manager, request, answer);
        else await outcomes[request.kind]?.refused?.(manager, request, reason ?? '');
      },
      audit: (action) =>
        audit(manager, system, 'pec_request', action, request.id, {
          kind: request.kind,
          outcome,
          reason,
        }),
    },
  );
}

interface LedgerDeps {
  dataSource: DataSource;
  config: Config;
  logger: Logger;
  client: PartnerClient;
  outcomes: Outcomes;
}

type ProviderAnswer = Awaited<ReturnType<PartnerClient['send']>>;

/** The provider could not be reached: the request waits, and says until when. */
function retryLater(
  deps: LedgerDeps,
  manager: EntityManager,
  current: store.LedgerRow,
  error: string,
) {
  const attempt = current.attempts + 1;
  const next = new Date(Date.now() + retryDelay(attempt, deps.config.PEC_PARTNER_RETRY_MS));
  deps.logger.warn(
    { requestId: current.id, kind: current.kind, attempt, error },
    'PEC provider request will be retried',
  );
  return store.waiting(manager, current.id, waitingReason(error, next), next);
}

/** What the provider said to a request sent: refused, a case opened (202), or done at once. */
function recordAnswer(
  deps: LedgerDeps,
  manager: EntityManager,
  current: store.LedgerRow,
  answer: ProviderAnswer,
) {
  if (answer.kind === 'unreachable') return retryLater(deps, manager, current, answer.error);
  if (answer.kind === 'refused') {
    const closing = { step: 'refused', answer: {}, outcome: null, reason: answer.reason } as const;
    return close(manager, deps.outcomes, current, closing);
  }
  if (answer.status === 202 && typeof answer.body.id === 'string') {
    const providerCase = {
      id: answer.body.id,
      thread: caseThread(answer.body) ?? [],
      sheet: typeof answer.body.foglio === 'string' ? answer.body.foglio : null,
    };
    const followAt = new Date(Date.now() + deps.config.PEC_PARTNER_FOLLOW_MS);
    return takeStep(
      requestLifecycle,
      'sent',
      { status: current.state },
      { save: (to) => store.sent(manager, current.id, to, providerCase, followAt) },
    );
  }
  const closing = {
    step: 'executed',
    answer: answer.body,
    outcome: 'eseguita',
    reason: null,
  } as const;
  return close(manager, deps.outcomes, current, closing);
}

/**
 * Sends a due request (outside any transaction, its id as Idempotency-Key), then records the
 * answer.
 */
async function sendRequest(deps: LedgerDeps, request: store.LedgerRow) {
  const account = await deps.client.accountOfOrder(deps.dataSource.manager, request.orderAgencyId);
  const answer: ProviderAnswer = account
    ? await deps.client.send(account, providerCall(request.kind, request.payload), request.id)
    : { kind: 'unreachable', error: "il pannello dell'Ordine presso il gestore non è configurato" };
  await deps.dataSource.transaction(async (manager) => {
    const current = await store.lockIn(manager, request.id, 'richiesta');
    if (current) await recordAnswer(deps, manager, current, answer);
  });
}

/** Asks the provider about an open case; closes the request when the back office has. */
async function followCase(deps: LedgerDeps, request: store.LedgerRow) {
  const account = await deps.client.accountOfOrder(deps.dataSource.manager, request.orderAgencyId);
  const path = `/partner/v1/pratiche/${encodeURIComponent(request.providerCaseId ?? '')}`;
  const answer = account ? await deps.client.send(account, { method: 'GET', path }) : undefined;
  await deps.dataSource.transaction(async (manager) => {
    const current = await store.lockIn(manager, request.id, 'inviata');
    if (!current) return;
    const followAt = new Date(Date.now() + deps.config.PEC_PARTNER_FOLLOW_MS);
    if (answer?.kind !== 'done') return store.followed(manager, current.id, undefined, followAt);
    const result = caseOutcome(answer.body);
    if (!result.step) return store.followed(manager, current.id, caseThread(answer.body), followAt);
    return close(manager, deps.outcomes, current, {
      step: result.step,
      answer: answer.body,
      outcome: result.outcome ?? null,
      reason: result.reason ?? null,
      thread: caseThread(answer.body),
    });
  });
}

/**
 * The worker that carries the ledger to the provider: due requests are sent, then closed, refused
 * with the provider's reason, or left waiting with the next attempt's time; open cases are asked
 * about until the back office closes them.
 */
export function ledgerWorker(deps: LedgerDeps) {
  const lease = Math.max(deps.config.PEC_PARTNER_TIMEOUT_MS * 2, 5_000);
  const { manager } = deps.dataSource;
  // A bulk load queues hundreds at once: a run goes on while full batches keep coming.
  return async function run() {
    let batch: store.LedgerRow[];
    do {
      batch = await store.claim(manager, 'richiesta', 20, lease);
      for (const request of batch) await sendRequest(deps, request);
    } while (batch.length === 20);
    for (const request of await store.claim(manager, 'inviata', 20, lease))
      await followCase(deps, request);
  };
}
