import type { EntityManager } from 'typeorm';
import { updateReturning } from '@app/platform/db';

export interface Delivered {
  eventId: string;
  eventType: string;
  profileId: string;
  agencyId: string;
  title: string;
  body: string;
  link: string;
  /** The contract the notification is about, shown in its Comunicazioni too (seed 001). */
  contractId: string | null;
  /**
   * When the event happened (its CloudEvents `time`): the notification's time and month, the same
   * for a redelivered event; now when the notice has no event behind it.
   */
  at?: string;
}

/**
 * Once per event and profile: a redelivered event adds nothing. The conflict names no columns on
 * purpose: naming them makes PostgreSQL read the new row under the reading policy, and a
 * Comunicazione's alert writes into the other party's inbox, which its request may not read (the
 * only unique key is the pair).
 */
export async function deliver(manager: EntityManager, notice: Delivered): Promise<void> {
  await manager.query(
    `INSERT INTO notifications (event_id, event_type, profile_id, agency_id, title, body, link,
        contract_id, created_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, coalesce($9::timestamptz, now()))
     ON CONFLICT DO NOTHING`,
    [
      notice.eventId,
      notice.eventType,
      notice.profileId,
      notice.agencyId,
      notice.title,
      notice.body,
      notice.link,
      notice.contractId,
      notice.at ?? null,
    ],
  );
}

/**
 * One notice to many profiles at once (a fan-out's batch): the same words, one row each, once per
 * event and profile as `deliver`.
 */
export async function deliverMany(
  manager: EntityManager,
  notice: Omit<Delivered, 'profileId' | 'agencyId'>,
  to: { profileId: string; agencyId: string }[],
): Promise<void> {
  if (!to.length) return;
  await manager.query(
    `INSERT INTO notifications (event_id, event_type, profile_id, agency_id, title, body, link,
        contract_id, created_at)
      SELECT $1, $2, t.profile_id, t.agency_id, $3, $4, $5, $6, coalesce($7::timestamptz, now())
      FROM unnest($8::uuid[], $9::uuid[]) AS t(profile_id, agency_id)
     ON CONFLICT DO NOTHING`,
    [
      notice.eventId,
      notice.eventType,
      notice.title,
      notice.body,
      notice.link,
      notice.contractId,
      notice.at ?? null,
      to.map((person) => person.profileId),
      to.map((person) => person.agencyId),
    ],
  );
}

/** The profile's notifications, newest first; with a contract, that contract's only. */
export async function inboxOf(
  manager: EntityManager,
  profileId: string,
  filter: { unreadOnly: boolean; contractId?: string; limit: number },
) {
  const ofContract = '($2::uuid IS NULL OR contract_id = $2)';
  const items = await manager.query(
    `SELECT id, event_type AS "eventType", title, body, link, contract_id AS "contractId",
      created_at AS "createdAt", read_at AS "readAt" FROM notifications
     WHERE profile_id = $1 AND ${ofContract} AND ($3::boolean IS FALSE OR read_at IS NULL)
     ORDER BY created_at DESC, id LIMIT $4`,
    [profileId, filter.contractId ?? null, filter.unreadOnly, filter.limit],
  );
  const [{ unread }] = await manager.query(
    `SELECT count(*)::int AS unread FROM notifications
     WHERE profile_id = $1 AND ${ofContract} AND read_at IS NULL`,
    [profileId, filter.contractId ?? null],
  );
  return { items, unread: unread as number };
}

/** Marks one of the profile's notifications read; undefined when it is not theirs. */
export async function markRead(
  manager: EntityManager,
  profileId: string,
  id: string,
): Promise<{ id: string; readAt: string } | undefined> {
  const [row] = await updateReturning<{ id: string; readAt: string }>(
    manager,
    `UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = ` +
      `$1 AND profile_id = $2 RETURNING id, read_at AS "readAt"`,
    [id, profileId],
  );
  return row;
}

/** How many are unread, and the newest notification (what the header shows). */
export async function inboxState(manager: EntityManager, profileId: string) {
  const [row] = await manager.query(
    `SELECT (SELECT count(*)::int FROM notifications WHERE profile_id = $1 AND read_at IS NULL) AS
      unread,
       (SELECT json_build_object('id', id, 'title', title, 'link', link) FROM notifications WHERE
         profile_id = $1 ORDER BY created_at DESC, id LIMIT 1) AS latest`,
    [profileId],
  );
  return row as { unread: number; latest: { id: string; title: string; link: string } | null };
}
