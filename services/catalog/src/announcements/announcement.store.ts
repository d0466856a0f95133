import type { EntityManager } from 'typeorm';
import type { Announcement, AnnouncementKind, NewAnnouncement } from './announcement.rules.js';

const columns = `id, kind, title, body, visible_from AS "visibleFrom", visible_until AS
  "visibleUntil", withdrawn_at AS "withdrawnAt"`;

export async function insertAnnouncement(
  manager: EntityManager,
  input: NewAnnouncement,
  createdBy: string,
): Promise<Announcement> {
  const [row] = await manager.query(
    `INSERT INTO announcements (kind, title, body, visible_from, visible_until, created_by)
     VALUES ($1, $2, $3, coalesce($4::timestamptz, now()), $5, $6) RETURNING ${columns}`,
    [
      input.kind,
      input.title,
      input.body,
      input.visibleFrom ?? null,
      input.visibleUntil ?? null,
      createdBy,
    ],
  );
  return row;
}

/** What a visitor sees now of one kind: begun, not ended, not withdrawn; newest first. */
export function visibleNow(
  manager: EntityManager,
  kind: AnnouncementKind,
  page: { limit: number; offset: number },
): Promise<Announcement[]> {
  return manager.query(
    `SELECT ${columns} FROM announcements
      WHERE kind = $1 AND withdrawn_at IS NULL AND visible_from <= now()
        AND (visible_until IS NULL OR visible_until > now())
      ORDER BY visible_from DESC, id LIMIT $2 OFFSET $3`,
    [kind, page.limit, page.offset],
  );
}

/** Everything the Gestore published, newest first, withdrawn and future ones included. */
export function allAnnouncements(manager: EntityManager): Promise<Announcement[]> {
  return manager.query(`SELECT ${columns} FROM announcements ORDER BY created_at DESC LIMIT 200`);
}

export async function findAnnouncement(
  manager: EntityManager,
  id: string,
): Promise<Announcement | undefined> {
  const [row] = await manager.query(
    `SELECT ${columns} FROM announcements WHERE id = $1 FOR UPDATE`,
    [id],
  );
  return row;
}

export async function withdraw(manager: EntityManager, id: string): Promise<void> {
  await manager.query('UPDATE announcements SET withdrawn_at = now() WHERE id = $1', [id]);
}
