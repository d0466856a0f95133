import type { EntityManager } from 'typeorm';
import { fairLanes, noLane } from '@app/platform/db';
import { updateReturning } from '@app/platform/db';
import type { Filter } from '../feed/feed.rules.js';
import type { WebhookStatus } from './webhook.rules.js';

const view = `id, url, description, filters, status, disabled_reason AS "disabledReason",
  failing_since AS "failingSince",
  signing_public_key AS "publicKey", previous_secret_until AS "previousSecretUntil", client_id AS
    "clientId",
  created_at AS "createdAt", updated_at AS "updatedAt"`;

export interface Owner {
  agencyId: string;
  clientId: string | null;
}
/** A partner client sees the endpoints it made; people of the agency see all of the agency's. */
const owned = (first: number) =>
  `agency_id = $${first} AND ($${first + 1}::text IS NULL OR client_id = $${first + 1})`;

export async function create(
  manager: EntityManager,
  owner: Owner,
  hook: {
    url: string;
    description: string;
    filters: Filter[];
    secret: string;
    publicKey: string;
    privateKey: string;
  },
) {
  const [row] = await manager.query(
    `INSERT INTO webhooks (agency_id, client_id, url, description, filters, secret,
      signing_public_key, signing_private_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${view}`,
    [
      owner.agencyId,
      owner.clientId,
      hook.url,
      hook.description,
      JSON.stringify(hook.filters),
      hook.secret,
      hook.publicKey,
      hook.privateKey,
    ],
  );
  return row;
}

export const list = (manager: EntityManager, owner: Owner) =>
  manager.query(`SELECT ${view} FROM webhooks WHERE ${owned(1)} ORDER BY created_at`, [
    owner.agencyId,
    owner.clientId,
  ]);

export async function find(manager: EntityManager, owner: Owner, id: string) {
  const [row] = await manager.query(`SELECT ${view} FROM webhooks WHERE id = $3 AND ${owned(1)}`, [
    owner.agencyId,
    owner.clientId,
    id,
  ]);
  return row;
}

export async function change(
  manager: EntityManager,
  owner: Owner,
  id: string,
  fields: { url?: string; description?: string; filters?: Filter[]; status?: WebhookStatus },
) {
  const [row] = await updateReturning(
    manager,
    `UPDATE webhooks SET url = coalesce($4, url), description = coalesce($5, description), filters
      = coalesce($6, filters),
       status = coalesce($7, status), disabled_reason = CASE WHEN $7 = 'attivo' THEN NULL WHEN $7
         = 'disabilitato' THEN 'Disattivato dall''ente' ELSE disabled_reason END,
       failing_since = CASE WHEN $7 = 'attivo' THEN NULL ELSE failing_since END, updated_at = now()
     WHERE id = $3 AND ${owned(1)} RETURNING ${view}`,
    [
      owner.agencyId,
      owner.clientId,
      id,
      fields.url ?? null,
      fields.description ?? null,
      fields.filters ? JSON.stringify(fields.filters) : null,
      fields.status ?? null,
    ],
  );
  return row;
}

export async function remove(manager: EntityManager, owner: Owner, id: string): Promise<boolean> {
  const rows = await updateReturning(
    manager,
    `DELETE FROM webhooks WHERE id = $3 AND ${owned(1)} RETURNING id`,
    [owner.agencyId, owner.clientId, id],
  );
  return rows.length > 0;
}

/** A new secret; the one it replaces stays valid until `overlapSeconds` from now. */
export async function rotate(
  manager: EntityManager,
  owner: Owner,
  id: string,
  secret: string,
  overlapSeconds: number,
) {
  const [row] = await updateReturning(
    manager,
    `UPDATE webhooks SET previous_secret = secret, previous_secret_until = now() +
      make_interval(secs => $5), secret = $4, updated_at = now()
     WHERE id = $3 AND ${owned(1)} RETURNING ${view}`,
    [owner.agencyId, owner.clientId, id, secret, overlapSeconds],
  );
  return row;
}

/** The active endpoints of some agencies (all agencies' for a public event), with their filters. */
export function activeFor(
  manager: EntityManager,
  agencies: string[] | 'all',
): Promise<{ id: string; filters: Filter[] }[]> {
  return agencies === 'all'
    ? manager.query(`SELECT id, filters FROM webhooks WHERE status = 'attivo'`)
    : manager.query(
        `SELECT id, filters FROM webhooks WHERE status = 'attivo' AND agency_id = ANY($1::uuid[])`,
        [agencies],
      );
}

/**
 * Queues a feed event for each of these endpoints at once (one statement, however many subscribe),
 * in the lane of the agency behind it.
 */
export async function enqueue(
  manager: EntityManager,
  webhookIds: string[],
  seq: string,
  lane: string | null,
): Promise<void> {
  if (!webhookIds.length) return;
  await manager.query(
    'INSERT INTO webhook_deliveries (webhook_id, seq, lane) SELECT unnest($1::uuid[]), $2, $3 ON ' +
      'CONFLICT (webhook_id, seq) DO NOTHING',
    [webhookIds, seq, lane],
  );
}

/**
 * Puts messages back in the queue now (a replay), in the lane of the agency that asked; a message
 * never delivered yet is added.
 */
export async function requeue(
  manager: EntityManager,
  webhookId: string,
  seqs: string[],
  lane: string,
): Promise<number> {
  const rows = await manager.query(
    `INSERT INTO webhook_deliveries (webhook_id, seq, lane) SELECT $1, unnest($2::bigint[]), $3
     ON CONFLICT (webhook_id, seq) DO UPDATE SET status = 'in-coda', next_attempt_at = now(),
       lane = EXCLUDED.lane
       RETURNING id`,
    [webhookId, seqs, lane],
  );
  return rows.length;
}

/** The agency's feed since a time, for a replay (the filters are applied by the caller). */
export function feedSince(
  manager: EntityManager,
  agencyId: string,
  since: string,
  limit: number,
): Promise<{ seq: string; envelope: Record<string, unknown> }[]> {
  return manager.query(
    `SELECT seq::text AS seq, envelope FROM partner_events WHERE recorded_at ` +
      `>= $2 AND (public OR agencies @> ARRAY[$1::uuid]) ORDER BY ` +
      `partner_events.seq LIMIT $3`,
    [agencyId, since, limit],
  );
}

export async function deliveryOf(
  manager: EntityManager,
  webhookId: string,
  deliveryId: string,
): Promise<{ seq: string } | undefined> {
  const [row] = await manager.query(
    'SELECT seq::text AS seq FROM webhook_deliveries WHERE id = $2 AND webhook_id = $1',
    [webhookId, deliveryId],
  );
  return row;
}

/** The delivery log: each message with its attempts (status code, latency, error). */
export function deliveries(
  manager: EntityManager,
  webhookId: string,
  status: string | undefined,
  limit: number,
) {
  return manager.query(
    `SELECT d.id, d.seq::text AS sequence, e.event_id AS "eventId", e.type, d.status, d.attempts,
      d.last_status_code AS "lastStatusCode",
       d.created_at AS "createdAt", d.delivered_at AS "deliveredAt", d.next_attempt_at AS
         "nextAttemptAt",
       coalesce((SELECT json_agg(json_build_object('at', a.attempted_at, 'statusCode',
         a.status_code, 'latencyMs', a.latency_ms, 'error', a.error) ORDER BY a.id)
         FROM webhook_attempts a WHERE a.delivery_id = d.id), '[]') AS attempts_log
     FROM webhook_deliveries d JOIN partner_events e USING (seq)
     WHERE d.webhook_id = $1 AND ($2::text IS NULL OR d.status = $2) ORDER BY d.seq DESC LIMIT $3`,
    [webhookId, status ?? null, limit],
  );
}

export interface Claimed {
  id: string;
  webhookId: string;
  seq: string;
  attempts: number;
  url: string;
  agencyId: string;
  eventId: string;
  eventType: string;
  envelope: Record<string, unknown>;
  secret: string;
  previousSecret: string | null;
  publicKey: string;
  privateKey: string;
  failingSince: Date | null;
  webhookStatus: WebhookStatus;
}

const hookLane = `coalesce(lane, '${noLane}'::uuid)`;
// A lookup by the endpoint's key for each candidate (a subquery the planner keeps as such), so a
// claim walks the lane's index in its order and stops at its share. Joined instead, a burst the
// statistics have not seen yet led the planner to read every due row of a lane, sort them all, and
// scan the agency's endpoints for each: 448,000 buffers a claim against 7,000.
const endpointActive = "(SELECT w.status FROM webhooks w WHERE w.id = d.webhook_id) = 'attivo'";

/**
 * Due messages of active endpoints, leased for `leaseSeconds`: replicas skip each other's, and a
 * message whose sender died is tried again when the lease ends. First a share of every agency's
 * (fairLanes): a convention-wide announcement to every endpoint waits beside one agency's order
 * event, not in front of it; what the shares leave of the batch, the oldest of any.
 */
export function claimDue(
  manager: EntityManager,
  limit: number,
  leaseSeconds: number,
): Promise<Claimed[]> {
  const lanes = fairLanes({
    table: 'webhook_deliveries',
    lane: hookLane,
    pending: "status = 'in-coda'",
    limitParam: '$1',
  });
  return manager.query(
    `WITH RECURSIVE ${lanes},
     fair AS (
       SELECT x.id FROM lanes l CROSS JOIN share, LATERAL (
         SELECT d.id FROM webhook_deliveries d
         WHERE d.status = 'in-coda' AND coalesce(d.lane, '${noLane}'::uuid) = l.lane
           AND d.next_attempt_at <= now() AND ${endpointActive}
         ORDER BY d.next_attempt_at LIMIT share.k FOR UPDATE OF d SKIP LOCKED) x
       WHERE l.lane IS NOT NULL),
     rest AS (
       SELECT d.id FROM webhook_deliveries d
       WHERE d.status = 'in-coda' AND d.next_attempt_at <= now() AND ${endpointActive}
         AND d.id NOT IN (SELECT id FROM fair)
       ORDER BY d.next_attempt_at LIMIT greatest(0, $1 - (SELECT count(*) FROM fair))
       FOR UPDATE OF d SKIP LOCKED),
     due AS (SELECT id FROM fair UNION ALL SELECT id FROM rest),
     leased AS (
       UPDATE webhook_deliveries d SET next_attempt_at = now() + make_interval(secs => $2) FROM
         due WHERE d.id = due.id
       RETURNING d.id, d.webhook_id, d.seq, d.attempts, d.lane)
     SELECT l.id, l.webhook_id AS "webhookId", l.seq::text AS seq, l.attempts, w.url, w.agency_id
       AS "agencyId", e.event_id AS "eventId",
       e.type AS "eventType", e.envelope, w.secret, CASE WHEN w.previous_secret_until > now() THEN
         w.previous_secret END AS "previousSecret",
       w.signing_public_key AS "publicKey", w.signing_private_key AS "privateKey", w.failing_since
         AS "failingSince", w.status AS "webhookStatus"
     -- Each by its key (LIMIT 1 keeps the lookups apart from the join order): a merge join here
     -- sorted the whole month of partner events for 200 rows.
     FROM leased l
       CROSS JOIN LATERAL (SELECT * FROM webhooks w WHERE w.id = l.webhook_id LIMIT 1) w
       CROSS JOIN LATERAL (SELECT * FROM partner_events e WHERE e.seq = l.seq LIMIT 1) e
     -- The lanes in turn (each lane's first, then each lane's second, …): the sender calls in this
     -- order, so one agency's single message is not called after another's hundreds.
     ORDER BY row_number() OVER (PARTITION BY l.lane ORDER BY l.seq), l.seq`,
    [limit, leaseSeconds],
  );
}

export async function recordAttempt(
  manager: EntityManager,
  deliveryId: string,
  outcome: { statusCode: number | null; latencyMs: number; error: string | null },
): Promise<void> {
  await manager.query(
    'INSERT INTO webhook_attempts (delivery_id, status_code, latency_ms, ' +
      'error) VALUES ($1, $2, $3, $4)',
    [deliveryId, outcome.statusCode, outcome.latencyMs, outcome.error?.slice(0, 500) ?? null],
  );
}

/**
 * Many deliveries answered 2xx, written together: their attempts, the deliveries themselves, and
 * their endpoints no longer failing. One transaction for a batch instead of one for each.
 */
export async function markDeliveredMany(
  manager: EntityManager,
  delivered: { id: string; webhookId: string; statusCode: number; latencyMs: number }[],
): Promise<void> {
  const ids = delivered.map((each) => each.id);
  const codes = delivered.map((each) => each.statusCode);
  await manager.query(
    `INSERT INTO webhook_attempts (delivery_id, status_code, latency_ms)
     SELECT * FROM unnest($1::uuid[], $2::int[], $3::int[])`,
    [ids, codes, delivered.map((each) => each.latencyMs)],
  );
  await manager.query(
    `UPDATE webhook_deliveries d SET status = 'consegnato', attempts = d.attempts + 1,
       last_status_code = u.code, delivered_at = now()
     FROM unnest($1::uuid[], $2::int[]) AS u(id, code) WHERE d.id = u.id`,
    [ids, codes],
  );
  await manager.query(
    'UPDATE webhooks SET failing_since = NULL WHERE id = ANY($1::uuid[]) AND failing_since IS NOT NULL',
    [[...new Set(delivered.map((each) => each.webhookId))]],
  );
}

export async function markFailedAttempt(
  manager: EntityManager,
  delivery: { id: string; webhookId: string },
  statusCode: number | null,
  retryInSeconds: number | null,
): Promise<void> {
  await manager.query(
    `UPDATE webhook_deliveries SET attempts = attempts + 1, last_status_code = $2,
       status = CASE WHEN $3::int IS NULL THEN 'fallito' ELSE 'in-coda' END,
       next_attempt_at = now() + make_interval(secs => coalesce($3::int, 0)) WHERE id = $1`,
    [delivery.id, statusCode, retryInSeconds],
  );
  await manager.query(
    'UPDATE webhooks SET failing_since = coalesce(failing_since, now()) WHERE id = $1',
    [delivery.webhookId],
  );
}

/** Turns an endpoint off; true if this call did (it was still in the state it was read in). */
export async function disable(
  manager: EntityManager,
  webhookId: string,
  from: WebhookStatus,
  to: WebhookStatus,
  reason: string,
): Promise<boolean> {
  const rows = await updateReturning(
    manager,
    'UPDATE webhooks SET status = $4, disabled_reason = $2, updated_at = ' +
      'now() WHERE id = $1 AND status = $3 RETURNING id',
    [webhookId, reason, from, to],
  );
  return rows.length > 0;
}

export interface StoredSecrets {
  id: string;
  secret: string;
  previousSecret: string | null;
  privateKey: string;
}

/** Webhooks whose secrets are not all sealed with the current key. */
export function staleSecrets(
  manager: EntityManager,
  currentKeyId: string,
  limit: number,
): Promise<StoredSecrets[]> {
  const current = `sealed:v1:${currentKeyId}:%`;
  return manager.query(
    `SELECT id, secret, previous_secret AS "previousSecret", signing_private_key AS "privateKey"
      FROM webhooks
     WHERE secret NOT LIKE $1 OR signing_private_key NOT LIKE $1 OR (previous_secret IS NOT NULL
       AND previous_secret NOT LIKE $1)
     ORDER BY id LIMIT $2`,
    [current, limit],
  );
}

/**
 * Writes the sealed values, unless the row changed meanwhile (a rotation): the next run sees it
 * again.
 */
export async function replaceSecrets(
  manager: EntityManager,
  before: StoredSecrets,
  after: Omit<StoredSecrets, 'id'>,
): Promise<void> {
  await manager.query(
    `UPDATE webhooks SET secret = $5, previous_secret = $6, signing_private_key = $7
     WHERE id = $1 AND secret = $2 AND previous_secret IS NOT DISTINCT FROM $3 AND
       signing_private_key = $4`,
    [
      before.id,
      before.secret,
      before.previousSecret,
      before.privateKey,
      after.secret,
      after.previousSecret,
      after.privateKey,
    ],
  );
}
