import type { EntityManager } from 'typeorm';

export interface Subscription {
  id: string;
  agencyId: string;
  clientId: string | null;
  username: string;
  queue: string;
  types: string[];
}

const view =
  `id, agency_id AS "agencyId", client_id AS "clientId", username, queue, ` +
  `types, created_at AS "createdAt"`;

export async function save(
  manager: EntityManager,
  subscription: Subscription,
): Promise<Record<string, unknown>> {
  const [row] = await manager.query(
    `INSERT INTO amqp_subscriptions (id, agency_id, client_id, username, ` +
      `queue, types) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${view}`,
    [
      subscription.id,
      subscription.agencyId,
      subscription.clientId,
      subscription.username,
      subscription.queue,
      subscription.types,
    ],
  );
  return row;
}

export const list = (manager: EntityManager, agencyId: string, clientId: string | null) =>
  manager.query(
    `SELECT ${view} FROM amqp_subscriptions WHERE agency_id = $1 AND ` +
      `($2::text IS NULL OR client_id = $2) ORDER BY created_at`,
    [agencyId, clientId],
  );

export async function find(
  manager: EntityManager,
  agencyId: string,
  clientId: string | null,
  id: string,
): Promise<Subscription | undefined> {
  const [row] = await manager.query(
    `SELECT ${view} FROM amqp_subscriptions WHERE id = $3 AND agency_id = $1 ` +
      `AND ($2::text IS NULL OR client_id = $2)`,
    [agencyId, clientId, id],
  );
  return row;
}

export async function remove(manager: EntityManager, id: string): Promise<void> {
  await manager.query('DELETE FROM amqp_subscriptions WHERE id = $1', [id]);
}

/** The relay's place in the feed, locked for this transaction (one relay publishes at a time). */
export async function claimCursor(
  manager: EntityManager,
  name: string,
): Promise<string | undefined> {
  await manager.query(
    'INSERT INTO relay_cursors (name, seq) VALUES ($1, 0) ON CONFLICT (name) DO NOTHING',
    [name],
  );
  const [row] = await manager.query(
    'SELECT seq::text AS seq FROM relay_cursors WHERE name = $1 FOR UPDATE SKIP LOCKED',
    [name],
  );
  return row?.seq;
}

export async function moveCursor(manager: EntityManager, name: string, seq: string): Promise<void> {
  await manager.query('UPDATE relay_cursors SET seq = $2 WHERE name = $1', [name, seq]);
}

export const feedAfter = (
  manager: EntityManager,
  seq: string,
  limit: number,
): Promise<
  {
    seq: string;
    type: string;
    public: boolean;
    agencies: string[];
    envelope: Record<string, unknown>;
  }[]
> =>
  manager.query(
    `SELECT seq::text AS seq, type, public, agencies, envelope FROM ` +
      `partner_events WHERE seq > $1 ORDER BY partner_events.seq LIMIT $2`,
    [seq, limit],
  );
