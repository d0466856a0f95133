import type { Channel, ConsumeMessage } from 'amqplib';
import { messagingMetrics } from '../telemetry/metrics.js';
import { deliverBatch, type DeliveryResult } from './delivery.js';
import {
  mainQueueArguments,
  queueNames,
  retryQueueArguments,
  type QueueType,
} from './amqp-names.js';
import type { ConfirmResult } from './amqp-publisher.js';
import type { ConsumerDefinition } from './types.js';
import { defined } from '../errors/index.js';

export type Forward = (
  queue: string,
  message: ConsumeMessage,
  headers: Record<string, unknown>,
) => Promise<ConfirmResult>;

/** Declares the consumer's queues (main, retries, dead letters) and binds the events it handles. */
export async function declareConsumerTopology(
  channel: Channel,
  exchange: string,
  type: QueueType,
  consumer: ConsumerDefinition,
): Promise<void> {
  const main = queueNames.main(consumer.name);
  await channel.assertQueue(queueNames.deadLetter(consumer.name), {
    durable: true,
    arguments: { 'x-queue-type': type },
  });
  for (const delay of new Set(consumer.retryDelaysMs)) {
    await channel.assertQueue(queueNames.retry(consumer.name, delay), {
      durable: true,
      arguments: retryQueueArguments(consumer.name, type, delay),
    });
  }
  await channel.assertQueue(main, {
    durable: true,
    arguments: mainQueueArguments(consumer.name, type),
  });
  for (const pattern of Object.keys(consumer.handlers))
    await channel.bindQueue(main, exchange, pattern);
}

/**
 * Settles one delivery once its result is known: ack when applied (or a duplicate). A failure goes
 * to the next retry queue, or after the last retry to the dead-letter queue with its reason; the
 * original is acked only once the broker confirmed that copy, so a crash in between redelivers (and
 * the inbox dedupes).
 */
export async function settleDelivery(
  channel: Channel,
  consumer: ConsumerDefinition,
  message: ConsumeMessage,
  result: DeliveryResult,
  forward: Forward,
): Promise<void> {
  const headers = { ...(message.properties.headers ?? {}) };
  const attempt = Number(headers['x-attempt'] ?? 1);
  if (message.fields.redelivered || attempt > 1)
    messagingMetrics.redeliveries.add(1, { consumer: consumer.name });
  if (result.kind !== 'failed') return ack(channel, message);
  const delay = consumer.retryDelaysMs[attempt - 1];
  const original = headers['x-original-routing-key'] ?? message.fields.routingKey;
  const forwarded =
    !result.permanent && delay !== undefined
      ? await forward(queueNames.retry(consumer.name, delay), message, {
          ...headers,
          'x-attempt': attempt + 1,
          'x-last-error': result.reason,
          'x-original-routing-key': original,
        })
      : await deadLetter(consumer, message, headers, attempt, result.reason, original, forward);
  if (forwarded.ok) return ack(channel, message);
  consumer.logger.warn(
    { reason: forwarded.reason },
    'could not forward a failed message; it will be redelivered',
  );
  try {
    channel.nack(message, false, true);
  } catch {
    // channel already closed: the broker requeues the message by itself
  }
}

/**
 * Groups the deliveries that arrive together (same turn of the event loop, up to maxBatch) and
 * applies each group in one transaction (deliverBatch), with at most maxConcurrent groups at once.
 */
export class DeliveryBatcher {
  private readonly buffer: ConsumeMessage[] = [];
  private running = 0;
  private scheduled = false;

  constructor(
    private readonly channel: Channel,
    private readonly consumer: ConsumerDefinition,
    private readonly forward: Forward,
    private readonly track: (work: Promise<void>) => void,
    private readonly maxBatch = 50,
    private readonly maxConcurrent = 4,
  ) {}

  push(message: ConsumeMessage): void {
    this.buffer.push(message);
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    while (this.buffer.length > 0 && this.running < this.maxConcurrent) {
      const batch = this.buffer.splice(0, this.maxBatch);
      this.running++;
      this.track(
        this.process(batch).finally(() => {
          this.running--;
          if (this.buffer.length > 0) this.schedule();
        }),
      );
    }
  }

  private async process(batch: ConsumeMessage[]): Promise<void> {
    const results = await deliverBatch(this.consumer, batch.map(receivedEvent));
    await Promise.all(
      batch.map((message, index) =>
        settleDelivery(this.channel, this.consumer, message, defined(results[index]), this.forward),
      ),
    );
  }
}

async function deadLetter(
  consumer: ConsumerDefinition,
  message: ConsumeMessage,
  headers: Record<string, unknown>,
  attempts: number,
  reason: string,
  originalRoutingKey: unknown,
  forward: Forward,
): Promise<ConfirmResult> {
  const result = await forward(queueNames.deadLetter(consumer.name), message, {
    ...headers,
    'x-attempt': attempts,
    'x-failure-reason': reason,
    'x-failed-at': new Date().toISOString(),
    'x-consumer': consumer.name,
    'x-original-routing-key': originalRoutingKey,
  });
  if (result.ok) {
    messagingMetrics.deadLettered.add(1, { consumer: consumer.name });
    consumer.logger.error(
      { messageId: message.properties.messageId, attempts, reason },
      'message dead-lettered',
    );
  }
  return result;
}

function ack(channel: Channel, message: ConsumeMessage): void {
  try {
    channel.ack(message);
  } catch {
    // the channel closed after the commit: the message comes back and the inbox recognises it
  }
}

/**
 * The event as it arrived: its trace continues from the publish that carried it (the message's
 * `traceparent` header), which itself continues the producer's (the event's own attribute).
 */
function receivedEvent(message: ConsumeMessage): unknown {
  const event = parseJson(message.content);
  const hop = message.properties.headers?.traceparent;
  if (event && typeof event === 'object' && typeof hop === 'string')
    return { ...event, traceparent: hop };
  return event;
}

function parseJson(content: Buffer): unknown {
  try {
    return JSON.parse(content.toString('utf8'));
  } catch {
    return undefined;
  }
}
