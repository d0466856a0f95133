import type { DataSource } from 'typeorm';

/** Events written but not yet confirmed by the transport. */
export async function outboxBacklog(dataSource: DataSource): Promise<number> {
  const [row] = await dataSource.query('SELECT count(*)::int AS backlog FROM outbox WHERE published_at IS NULL');
  return row.backlog;
}

/** Deletes published rows older than the retention; the broker and the consumers' inboxes hold the rest. */
export async function pruneOutbox(dataSource: DataSource, retentionDays: number): Promise<number> {
  const [, deleted] = await dataSource.query(
    `DELETE FROM outbox WHERE published_at < now() - ($1 || ' days')::interval`, [String(retentionDays)]);
  return Number(deleted ?? 0);
}
