import type { DataSource } from 'typeorm';

/** Events written but not yet confirmed by the transport. */
export async function outboxBacklog(dataSource: DataSource): Promise<number> {
  const [row] = await dataSource.query(
    'SELECT count(*)::int AS backlog FROM outbox WHERE published_at IS NULL',
  );
  return row.backlog;
}

/**
 * How long the oldest event not yet published has waited, in seconds (0 when none waits): a relay
 * that stopped shows here.
 */
export async function outboxOldestAgeSeconds(dataSource: DataSource): Promise<number> {
  const [row] = await dataSource.query(
    'SELECT coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 ' +
      'AS age FROM outbox WHERE published_at IS NULL',
  );
  return row.age;
}

/**
 * Deletes published rows older than the retention; the broker and the consumers' inboxes hold the
 * rest.
 */
export async function pruneOutbox(dataSource: DataSource, retentionDays: number): Promise<number> {
  const [, deleted] = await dataSource.query(
    `DELETE FROM outbox WHERE published_at < now() - ($1 || ' days')::interval`,
    [String(retentionDays)],
  );
  return Number(deleted ?? 0);
}
