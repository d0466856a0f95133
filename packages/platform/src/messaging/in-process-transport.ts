import { setTimeout as sleep } from 'node:timers/promises';
import type { CloudEvent } from '../events/index.js';
import { messagingMetrics } from '../telemetry/metrics.js';
import { deliver } from './delivery.js';
import { findHandler } from './topic.js';
import type {
  ConsumerDefinition,
  EventTransport,
  OutboundMessage,
  PublishOutcome,
} from './types.js';

/**
 * The transport of the single-process mode. The outbox row stays unpublished until every subscriber
 * has applied the event, or has stored it as a dead letter in its own schema: a crash in between
 * means the relay delivers it again and the inboxes skip what was already applied. Retries wait in
 * memory.
 */
export class InProcessTransport implements EventTransport {
  readonly kind = 'in-process' as const;
  private readonly consumers: ConsumerDefinition[] = [];

  async publish(messages: OutboundMessage[]): Promise<PublishOutcome[]> {
    const outcomes: PublishOutcome[] = [];
    for (const message of messages) {
      const targets = this.consumers.filter((consumer) =>
        findHandler(consumer.handlers, message.routingKey),
      );
      try {
        await Promise.all(
          targets.map((consumer) => deliverWithRetries(consumer, message.envelope)),
        );
        outcomes.push({ id: message.id, ok: true });
      } catch (error) {
        outcomes.push({
          id: message.id,
          ok: false,
          reason: error instanceof Error ? error.message : String(error),
        });
      }
    }
    return outcomes;
  }

  async subscribe(consumer: ConsumerDefinition): Promise<void> {
    this.consumers.push(consumer);
  }

  async deadLetterDepth(consumer: ConsumerDefinition): Promise<number> {
    const [row] = await consumer.dataSource.query(
      'SELECT count(*)::int AS depth FROM dead_letters WHERE consumer = $1 AND replayed_at IS NULL',
      [consumer.name],
    );
    return row.depth;
  }

  async check(): Promise<void> {}

  async close(): Promise<void> {
    this.consumers.length = 0;
  }
}

async function deliverWithRetries(
  consumer: ConsumerDefinition,
  envelope: CloudEvent,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    if (attempt > 1) messagingMetrics.redeliveries.add(1, { consumer: consumer.name });
    const result = await deliver(consumer, envelope);
    if (result.kind !== 'failed') return;
    const delay = consumer.retryDelaysMs[attempt - 1];
    if (result.permanent || delay === undefined)
      return storeDeadLetter(consumer, envelope, result.reason, attempt);
    await sleep(delay);
  }
}

/**
 * Keeps a failed delivery in the consumer's own schema, with its reason, for `npm run dlq:replay`.
 */
async function storeDeadLetter(
  consumer: ConsumerDefinition,
  envelope: CloudEvent,
  reason: string,
  attempts: number,
): Promise<void> {
  await consumer.dataSource.query(
    'INSERT INTO dead_letters (consumer, event_id, routing_key, envelope, ' +
      'reason, attempts) VALUES ($1, $2, $3, $4, $5, $6)',
    [consumer.name, envelope.id, envelope.type, JSON.stringify(envelope), reason, attempts],
  );
  messagingMetrics.deadLettered.add(1, { consumer: consumer.name });
  consumer.logger.error(
    { eventId: envelope.id, type: envelope.type, attempts, reason },
    'message dead-lettered',
  );
}
