import type { EntityManager } from 'typeorm';
import { asService } from '@app/platform/db';

/** Any constant both writers agree on: the key of the lock that orders the feed. */
const feedLock = 7_216_001;

export interface FeedRow {
  seq: string;
  eventId: string;
  type: string;
  public: boolean;
  agencies: string[];
  envelope: Record<string, unknown>;
}

/**
 * Adds an event to the feed, numbered in commit order: the lock is held to the end of the caller's
 * transaction, so the next number is drawn only after this row commits (or rolls back, leaving a
 * gap nobody waits for). Undefined when the event was already recorded.
 */
export async function append(
  manager: EntityManager,
  row: Omit<FeedRow, 'seq'>,
): Promise<FeedRow | undefined> {
  await manager.query('SELECT pg_advisory_xact_lock($1)', [feedLock]);
  const [inserted] = await manager.query(
    `INSERT INTO partner_events (seq, event_id, type, public, agencies, envelope, recorded_at)
      VALUES (nextval('partner_event_seq'), $1, $2, $3, $4, $5, coalesce($6::timestamptz, now()))
     ON CONFLICT (event_id, recorded_at) DO NOTHING RETURNING seq`,
    [
      row.eventId,
      row.type,
      row.public,
      row.agencies,
      JSON.stringify(row.envelope),
      row.envelope.time ?? null,
    ],
  );
  return inserted ? { ...row, seq: String(inserted.seq) } : undefined;
}

/**
 * What an agency may read after a number, in order: the public events (their own partial index)
 * and the agency's (the index of the agencies each event names), each in order up to the page,
 * merged. Its WHERE is the rule of the feed's row policy, so it runs as the service
 * (`asService`): under the policy PostgreSQL may not use the agencies' index (`@>` is not
 * leakproof) and walks every event after the cursor, one in two hundred of which is public.
 */
export function readAfter(
  manager: EntityManager,
  agencyId: string,
  after: string,
  limit: number,
): Promise<{ seq: string; envelope: Record<string, unknown> }[]> {
  return asService(() =>
    manager.query(
      `SELECT seq::text AS seq, envelope FROM (
         (SELECT seq, envelope FROM partner_events WHERE public AND seq > $2 ORDER BY seq LIMIT $3)
         UNION ALL
         (SELECT seq, envelope FROM partner_events
          WHERE NOT public AND agencies @> ARRAY[$1::uuid] AND seq > $2 ORDER BY seq LIMIT $3)
       ) page ORDER BY page.seq LIMIT $3`,
      [agencyId, after, limit],
    ),
  );
}

/** The highest number written so far: where a reader starting "from now" begins. */
export async function lastSeq(manager: EntityManager): Promise<string> {
  const [{ seq }] = await manager.query(
    'SELECT coalesce(max(seq), 0)::text AS seq FROM partner_events',
  );
  return seq;
}
