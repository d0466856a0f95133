import { context, propagation, trace, SpanKind, SpanStatusCode } from '@opentelemetry/api';
import amqp, {
  type Channel,
  type ChannelModel,
  type ConsumeMessage,
  type RecoveringChannelModel,
} from 'amqplib';
import type { Logger } from 'pino';
import { cloudEventContentType } from '../events/index.js';
import { ConfirmingPublisher, type ConfirmResult } from './amqp-publisher.js';
import { declareConsumerTopology, DeliveryBatcher } from './amqp-consumer.js';
import { queueNames, type QueueType } from './amqp-names.js';
import type {
  ConsumerDefinition,
  EventTransport,
  OutboundMessage,
  PublishOutcome,
} from './types.js';

const tracer = trace.getTracer('@app/platform/messaging');

export interface AmqpTransportOptions {
  url: string;
  exchange: string;
  queueType: QueueType;
  prefetch: number;
  logger: Logger;
  confirmTimeoutMs?: number;
}

/**
 * RabbitMQ transport on amqplib's own connection recovery: after every (re)connection the setup
 * opens the confirm channel and restarts every consumer. Nothing is buffered in memory: an event
 * whose confirm does not arrive stays in the outbox and is published again.
 */
export class AmqpTransport implements EventTransport {
  readonly kind = 'amqp' as const;
  private connection?: RecoveringChannelModel;
  private model?: ChannelModel;
  private publisher?: ConfirmingPublisher;
  private readonly consumers: ConsumerDefinition[] = [];
  private readonly consumerChannels = new Map<string, Channel>();
  private readonly inFlight = new Set<Promise<void>>();
  private stopping = false;
  private connections = 0;

  constructor(private readonly options: AmqpTransportOptions) {}

  /** Starts connecting; resolves at the first connection (later losses recover by themselves). */
  async start(): Promise<void> {
    this.connection = await amqp.connect(withHeartbeat(this.options.url), {
      recovery: {
        waitForConnect: false,
        initialDelay: 100,
        maxDelay: 5000,
        setup: (model: ChannelModel) => this.setup(model),
      },
    });
    this.connection.on('disconnect', (error: Error) =>
      this.options.logger.warn({ reason: error?.message }, 'broker connection lost; reconnecting'),
    );
    this.connection.on('error', (error: Error) =>
      this.options.logger.warn({ reason: error?.message }, 'broker connection error'),
    );
    await this.connection.waitForConnect();
  }

  async publish(messages: OutboundMessage[]): Promise<PublishOutcome[]> {
    const publisher = this.publisher;
    if (!publisher?.isOpen)
      return messages.map((m) => ({ id: m.id, ok: false, reason: 'broker non connesso' }));
    const results = messages.map(async (message): Promise<PublishOutcome> => {
      // The relay's hop in the event's trace: a publish span, child of the producer's, parent of
      // the consumer's.
      const span = tracer.startSpan(
        `${message.envelope.type} publish`,
        {
          kind: SpanKind.PRODUCER,
          attributes: {
            'messaging.message.id': message.id,
            'messaging.destination.name': this.options.exchange,
          },
        },
        propagation.extract(context.active(), { traceparent: message.envelope.traceparent }),
      );
      const carrier: Record<string, string> = {};
      propagation.inject(trace.setSpan(context.active(), span), carrier);
      const result = await publisher.publish(
        this.options.exchange,
        message.routingKey,
        Buffer.from(JSON.stringify(message.envelope)),
        {
          messageId: message.id,
          type: message.envelope.type,
          contentType: cloudEventContentType,
          timestamp: Math.floor(Date.parse(message.envelope.time) / 1000),
          persistent: true,
          headers: {
            tenant: message.envelope.tenant,
            traceparent: carrier.traceparent ?? message.envelope.traceparent,
          },
        },
      );
      if (!result.ok) span.setStatus({ code: SpanStatusCode.ERROR, message: result.reason });
      span.end();
      return result.ok
        ? { id: message.id, ok: true }
        : { id: message.id, ok: false, reason: result.reason };
    });
    return Promise.all(results);
  }

  async subscribe(consumer: ConsumerDefinition): Promise<void> {
    this.consumers.push(consumer);
    if (this.model) await this.startConsumer(this.model, consumer);
  }

  async deadLetterDepth(consumer: ConsumerDefinition): Promise<number> {
    if (!this.model) throw new Error('broker non connesso');
    const channel = await this.model.createChannel();
    try {
      return (await channel.checkQueue(queueNames.deadLetter(consumer.name))).messageCount;
    } finally {
      await channel.close().catch(() => undefined);
    }
  }

  async check(): Promise<void> {
    if (!this.publisher?.isOpen) throw new Error('broker non connesso');
  }

  /** Stops consuming, lets in-flight handlers finish and ack, then closes the connection. */
  async close(): Promise<void> {
    this.stopping = true;
    for (const [tag, channel] of this.consumerChannels)
      await channel.cancel(tag).catch(() => undefined);
    await Promise.allSettled([...this.inFlight]);
    // Closing each consumer channel is a round trip: the broker has every ack sent on it before the
    // connection goes (a connection close can overtake acks still queued, and the message comes
    // back).
    for (const channel of [...this.consumerChannels.values()])
      await channel.close().catch(() => undefined);
    await this.connection?.close().catch(() => undefined);
  }

  /** How many times a connection was (re)established: more than one means it recovered. */
  get connectionCount(): number {
    return this.connections;
  }

  private async setup(model: ChannelModel): Promise<void> {
    this.connections++;
    this.model = model;
    this.consumerChannels.clear();
    await this.openPublisher(model);
    for (const consumer of this.consumers) await this.startConsumer(model, consumer);
  }

  private async openPublisher(model: ChannelModel): Promise<void> {
    const channel = await model.createConfirmChannel();
    await channel.assertExchange(this.options.exchange, 'topic', { durable: true });
    const publisher = new ConfirmingPublisher(channel, this.options.confirmTimeoutMs ?? 10_000);
    this.publisher = publisher;
    // A channel-level error (not a lost connection) closes only the channel: open a new one.
    channel.on('close', () => this.reopen(model, () => this.openPublisher(model)));
  }

  private async startConsumer(model: ChannelModel, consumer: ConsumerDefinition): Promise<void> {
    const channel = await model.createChannel();
    channel.on('error', (error: Error) =>
      consumer.logger.warn({ reason: error.message }, 'consumer channel error'),
    );
    await channel.prefetch(this.options.prefetch);
    await declareConsumerTopology(channel, this.options.exchange, this.options.queueType, consumer);
    const batcher = new DeliveryBatcher(
      channel,
      consumer,
      (queue, original, headers) => this.forward(queue, original, headers),
      (work) => {
        this.inFlight.add(work);
        void work.finally(() => this.inFlight.delete(work));
      },
    );
    const { consumerTag } = await channel.consume(queueNames.main(consumer.name), (message) => {
      if (message) batcher.push(message);
    });
    this.consumerChannels.set(consumerTag, channel);
    channel.on('close', () => {
      this.consumerChannels.delete(consumerTag);
      this.reopen(model, () => this.startConsumer(model, consumer));
    });
  }

  private reopen(model: ChannelModel, open: () => Promise<void>): void {
    if (this.stopping || this.model !== model) return;
    setTimeout(() => {
      if (this.stopping || this.model !== model) return;
      open().catch((error: Error) =>
        this.options.logger.warn({ reason: error.message }, 'could not reopen channel'),
      );
    }, 250).unref();
  }

  private async forward(
    queue: string,
    message: ConsumeMessage,
    headers: Record<string, unknown>,
  ): Promise<ConfirmResult> {
    const publisher = this.publisher;
    if (!publisher?.isOpen) return { ok: false, reason: 'broker non connesso' };
    const { messageId, type, contentType, timestamp } = message.properties;
    return publisher.publish('', queue, message.content, {
      messageId: String(messageId ?? ''),
      type,
      contentType,
      timestamp,
      persistent: true,
      headers,
    });
  }
}

/** Heartbeats notice a dead TCP link in seconds instead of the kernel's minutes. */
function withHeartbeat(url: string): string {
  const parsed = new URL(url);
  if (!parsed.searchParams.has('heartbeat')) parsed.searchParams.set('heartbeat', '10');
  return parsed.toString();
}
