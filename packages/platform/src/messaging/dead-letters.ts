import amqp from 'amqplib';
import { deliver } from './delivery.js';
import { queueNames } from './amqp-names.js';
import type { ConsumerDefinition } from './types.js';

/**
 * Moves dead letters of one consumer back to its own queue (not to the exchange, so other services
 * do not see the event twice), each acked on the DLQ only after the broker confirmed the copy.
 */
export async function replayAmqpDeadLetters(
  url: string,
  consumer: string,
  limit = Number.POSITIVE_INFINITY,
): Promise<number> {
  const connection = await amqp.connect(url);
  connection.on('error', () => undefined);
  try {
    const probe = await connection.createChannel();
    probe.on('error', () => undefined);
    await probe.checkQueue(queueNames.deadLetter(consumer)).catch(() => {
      throw new Error(
        `La coda ${queueNames.deadLetter(consumer)} non esiste: il servizio non è ` +
          `mai partito su questo broker.`,
      );
    });
    await probe.close();
    const channel = await connection.createConfirmChannel();
    let replayed = 0;
    while (replayed < limit) {
      const message = await channel.get(queueNames.deadLetter(consumer), { noAck: false });
      if (!message) break;
      const {
        'x-failure-reason': reason,
        'x-death': _death,
        ...headers
      } = message.properties.headers ?? {};
      const { messageId, type, contentType, timestamp } = message.properties;
      channel.publish('', queueNames.main(consumer), message.content, {
        messageId,
        type,
        contentType,
        timestamp,
        persistent: true,
        mandatory: true,
        headers: {
          ...headers,
          'x-attempt': 1,
          'x-replayed-at': new Date().toISOString(),
          'x-previous-failure': reason,
        },
      });
      await channel.waitForConfirms();
      channel.ack(message);
      replayed++;
    }
    await channel.close();
    return replayed;
  } finally {
    await connection.close();
  }
}

/**
 * Single-process mode: runs each stored dead letter through the consumer again; a success marks it
 * replayed.
 */
export async function replayStoredDeadLetters(
  consumer: ConsumerDefinition,
  limit = 1000,
): Promise<{ replayed: number; failed: number }> {
  const rows: { id: string; envelope: unknown }[] = await consumer.dataSource.query(
    'SELECT id, envelope FROM dead_letters WHERE consumer = $1 AND ' +
      'replayed_at IS NULL ORDER BY id LIMIT $2',
    [consumer.name, limit],
  );
  let replayed = 0;
  for (const row of rows) {
    const result = await deliver(consumer, row.envelope);
    if (result.kind === 'failed') continue;
    await consumer.dataSource.query('UPDATE dead_letters SET replayed_at = now() WHERE id = $1', [
      row.id,
    ]);
    replayed++;
  }
  return { replayed, failed: rows.length - replayed };
}
