import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import type { CloudEvent } from '../events/index.js';

/** An event leaving the outbox. */
export interface OutboundMessage {
  id: string;
  routingKey: string;
  envelope: CloudEvent;
}

export type PublishOutcome = { id: string; ok: true } | { id: string; ok: false; reason: string };

/** Applies one event inside the consumer's transaction (the inbox row commits with it). */
export type EventHandler = (event: CloudEvent, manager: EntityManager) => Promise<void>;

/** A consuming service: one queue, one inbox, the events it handles. */
export interface ConsumerDefinition {
  /** Queue name and inbox key, normally the service name. */
  name: string;
  dataSource: DataSource;
  handlers: Record<string, EventHandler>;
  /** Delay before each retry; after the last one the message is dead-lettered. */
  retryDelaysMs: number[];
  logger: Logger;
}

/** How events travel: RabbitMQ between processes, or in-process for the single-machine mode. */
export interface EventTransport {
  readonly kind: 'amqp' | 'in-process';
  publish(messages: OutboundMessage[]): Promise<PublishOutcome[]>;
  subscribe(consumer: ConsumerDefinition): Promise<void>;
  /** Dead letters waiting for the named consumer. */
  deadLetterDepth(consumer: ConsumerDefinition): Promise<number>;
  /** Resolves when the transport can carry messages (readiness). */
  check(): Promise<void>;
  close(): Promise<void>;
}
