import type { EntityManager } from 'typeorm';

/**
 * Records that the consumer has taken the event, inside the caller's transaction. False means it
 * was already processed: the caller skips the effect and the message is acknowledged.
 */
export async function markProcessed(
  manager: EntityManager,
  consumer: string,
  eventId: string,
): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    'INSERT INTO processed_messages (consumer, event_id) VALUES ($1, $2) ON ' +
      'CONFLICT DO NOTHING RETURNING event_id',
    [consumer, eventId],
  );
  return rows.length === 1;
}

/**
 * The batch form of markProcessed: returns the ids that were new (duplicates inside the batch count
 * once).
 */
export async function markProcessedBatch(
  manager: EntityManager,
  consumer: string,
  eventIds: string[],
): Promise<Set<string>> {
  const rows: { event_id: string }[] = await manager.query(
    'INSERT INTO processed_messages (consumer, event_id) SELECT $1, ' +
      'unnest($2::text[]) ON CONFLICT DO NOTHING RETURNING event_id',
    [consumer, eventIds],
  );
  return new Set(rows.map((row) => row.event_id));
}
