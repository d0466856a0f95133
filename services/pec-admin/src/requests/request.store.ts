import type { EntityManager } from 'typeorm';
import { updateReturning } from '@app/platform/db';
import type { OpenRequestState, RequestKind, RequestState } from './request.rules.js';

const view = `id, order_agency_id AS "orderAgencyId", kind, state, member_id AS "memberId",
  mailbox_id AS "mailboxId", payload,
  requested_by AS "requestedBy", created_at AS "createdAt", sent_at AS "sentAt", completed_at AS
    "completedAt", attempts,
  next_attempt_at AS "nextAttemptAt", last_error AS "lastError", provider_case_id AS
    "providerCaseId", provider_sheet AS "providerSheet", outcome, reason, thread`;

export interface LedgerRow {
  id: string;
  orderAgencyId: string;
  kind: RequestKind;
  state: RequestState;
  memberId: string | null;
  mailboxId: string | null;
  payload: Record<string, unknown>;
  attempts: number;
  providerCaseId: string | null;
  thread: unknown[];
}

export interface NewRequest {
  orderAgencyId: string;
  kind: RequestKind;
  memberId?: string | null;
  mailboxId?: string | null;
  payload: Record<string, unknown>;
  requestedBy: Record<string, unknown>;
  thread?: unknown[];
}

export async function enqueue(manager: EntityManager, request: NewRequest): Promise<LedgerRow> {
  const [row] = await manager.query(
    `INSERT INTO requests (order_agency_id, kind, member_id, mailbox_id, payload, requested_by,
      thread)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${view}`,
    [
      request.orderAgencyId,
      request.kind,
      request.memberId ?? null,
      request.mailboxId ?? null,
      JSON.stringify(request.payload),
      JSON.stringify(request.requestedBy),
      JSON.stringify(request.thread ?? []),
    ],
  );
  return row;
}

/** Whether a box already has a request of these kinds waiting or under way. */
export async function pendingFor(
  manager: EntityManager,
  mailboxId: string,
  kinds: RequestKind[],
): Promise<boolean> {
  const [row] = await manager.query(
    `SELECT 1 FROM requests WHERE mailbox_id = $1 AND kind = ANY($2) AND ` +
      `state IN ('richiesta', 'inviata') LIMIT 1`,
    [mailboxId, kinds],
  );
  return Boolean(row);
}

/**
 * Takes due requests of one state for a while (`leaseMs`): another replica skips them, and if this
 * process dies they come due again; the provider's idempotency makes the repeated call harmless.
 */
export const claim = (
  manager: EntityManager,
  state: OpenRequestState,
  limit: number,
  leaseMs: number,
) =>
  updateReturning<LedgerRow>(
    manager,
    `UPDATE requests SET next_attempt_at = now() + make_interval(secs => $3 / 1000.0)
   WHERE id IN (SELECT id FROM requests WHERE state = $1 AND next_attempt_at <= now()
     ${state === 'inviata' ? 'AND provider_case_id IS NOT NULL' : ''}
                ORDER BY next_attempt_at, created_at LIMIT $2 FOR UPDATE SKIP LOCKED)
   RETURNING ${view}`,
    [state, limit, leaseMs],
  );

/** The request again, locked, if it is still in the state the worker took it in. */
export async function lockIn(
  manager: EntityManager,
  id: string,
  state: RequestState,
): Promise<LedgerRow | undefined> {
  const [row] = await manager.query(
    `SELECT ${view} FROM requests WHERE id = $1 AND state = $2 FOR UPDATE`,
    [id, state],
  );
  return row;
}

export const waiting = (manager: EntityManager, id: string, error: string, nextAt: Date) =>
  manager.query(
    'UPDATE requests SET attempts = attempts + 1, last_error = $2, ' +
      'next_attempt_at = $3 WHERE id = $1',
    [id, error, nextAt],
  );

/**
 * Under way at the provider's back office: its case, its messages, and the paperwork it drew up
 * (the *Trasferimenti* sheet).
 */
export const sent = (
  manager: EntityManager,
  id: string,
  state: RequestState,
  providerCase: { id: string; thread: unknown[]; sheet: string | null },
  followAt: Date,
) =>
  manager.query(
    `UPDATE requests SET state = $6, attempts = attempts + 1, sent_at = now(), last_error = NULL,
      provider_case_id = $2, thread = $3, provider_sheet = $4, next_attempt_at = $5
   WHERE id = $1`,
    [id, providerCase.id, JSON.stringify(providerCase.thread), providerCase.sheet, followAt, state],
  );

export const followed = (
  manager: EntityManager,
  id: string,
  thread: unknown[] | undefined,
  followAt: Date,
) =>
  manager.query(
    'UPDATE requests SET thread = coalesce($2, thread), next_attempt_at = $3 WHERE id = $1',
    [id, thread ? JSON.stringify(thread) : null, followAt],
  );

export const closed = (
  manager: EntityManager,
  id: string,
  state: RequestState,
  outcome: string | null,
  reason: string | null,
  thread?: unknown[],
) =>
  manager.query(
    `UPDATE requests SET state = $2, outcome = $3, reason = $4, completed_at = now(), sent_at =
      coalesce(sent_at, now()), last_error = NULL,
     attempts = CASE WHEN provider_case_id IS NULL THEN attempts + 1 ELSE attempts END, thread =
       coalesce($5, thread)
   WHERE id = $1`,
    [id, state, outcome, reason, thread ? JSON.stringify(thread) : null],
  );

export const list = (
  manager: EntityManager,
  orderId: string,
  filter: {
    stato?: string;
    tipo?: string;
    memberId?: string;
    mailboxId?: string;
    kinds?: string[];
  },
  page: { limit: number; offset: number } = { limit: 500, offset: 0 },
): Promise<{ kind: string; state: string }[]> =>
  manager.query(
    `SELECT ${view} FROM requests WHERE order_agency_id = $1 AND ($2::text IS NULL OR state = $2)
      AND ($3::text IS NULL OR kind = $3)
     AND ($4::uuid IS NULL OR member_id = $4) AND ($5::uuid IS NULL OR mailbox_id = $5) AND
       ($6::text[] IS NULL OR kind = ANY($6))
   ORDER BY created_at DESC, id LIMIT $7 OFFSET $8`,
    [
      orderId,
      filter.stato ?? null,
      filter.tipo ?? null,
      filter.memberId ?? null,
      filter.mailboxId ?? null,
      filter.kinds ?? null,
      page.limit,
      page.offset,
    ],
  );

/** How many of the Order's requests are in each state (the panel's summary over every page). */
export async function countsByState(
  manager: EntityManager,
  orderId: string,
): Promise<Record<string, number>> {
  const rows: { state: string; count: number }[] = await manager.query(
    `SELECT state, count(*)::int AS count FROM requests WHERE order_agency_id = $1 GROUP BY state`,
    [orderId],
  );
  return Object.fromEntries(rows.map((row) => [row.state, row.count]));
}

export async function find(
  manager: EntityManager,
  orderId: string,
  id: string,
): Promise<Record<string, unknown> | undefined> {
  const [row] = await manager.query(
    `SELECT ${view} FROM requests WHERE id = $2 AND order_agency_id = $1`,
    [orderId, id],
  );
  return row;
}
