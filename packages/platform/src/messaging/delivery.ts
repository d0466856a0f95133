import { context, propagation, trace, SpanKind, SpanStatusCode } from '@opentelemetry/api';
import type { EntityManager } from 'typeorm';
import { cloudEventSchema, eventContracts, type CloudEvent } from '../events/index.js';
import { runWithContext } from '../context/index.js';
import { markProcessed, markProcessedBatch } from '../inbox/index.js';
import { messagingMetrics } from '../telemetry/metrics.js';
import { findHandler } from './topic.js';
import type { ConsumerDefinition, EventHandler } from './types.js';
import { defined } from '../errors/index.js';

export type DeliveryResult =
  | { kind: 'done' | 'duplicate' | 'ignored'; event: CloudEvent }
  | { kind: 'failed'; reason: string; permanent: boolean; event?: CloudEvent };

type Accepted = { event: CloudEvent; handler: EventHandler };

const tracer = trace.getTracer('@app/platform/messaging');

/** Checks the envelope, the handler and the contract; what cannot be applied is settled here. */
function accept(consumer: ConsumerDefinition, raw: unknown): Accepted | DeliveryResult {
  const parsed = cloudEventSchema.safeParse(raw);
  if (!parsed.success)
    return {
      kind: 'failed',
      reason: `busta CloudEvents non valida: ${parsed.error.issues[0]?.message}`,
      permanent: true,
    };
  const event = parsed.data as CloudEvent;
  const handler = findHandler(consumer.handlers, event.type);
  if (!handler) return { kind: 'ignored', event };
  const contract = eventContracts.find((c) => c.type === event.type);
  if (contract && !contract.data.safeParse(event.data).success) {
    return {
      kind: 'failed',
      reason: `dati non conformi al contratto ${event.type}`,
      permanent: true,
      event,
    };
  }
  return { event, handler };
}

const isAccepted = (value: Accepted | DeliveryResult): value is Accepted => 'handler' in value;

/** Runs one handler under the event's own trace (from its traceparent) and correlation id. */
function applyEvent(
  consumer: ConsumerDefinition,
  { event, handler }: Accepted,
  manager: EntityManager,
): Promise<void> {
  const parent = propagation.extract(context.active(), { traceparent: event.traceparent });
  return context.with(parent, () =>
    tracer.startActiveSpan(
      `${event.type} process`,
      {
        kind: SpanKind.CONSUMER,
        attributes: {
          'messaging.message.id': event.id,
          'messaging.consumer.group.name': consumer.name,
        },
      },
      (span) =>
        runWithContext(
          { correlationId: event.correlationid ?? event.id, tenant: event.tenant },
          async () => {
            try {
              await handler(event, manager);
            } catch (error) {
              span.setStatus({ code: SpanStatusCode.ERROR });
              throw error;
            } finally {
              span.end();
            }
          },
        ),
    ),
  );
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Applies one incoming message exactly once in effect: the inbox row and the handler's writes
 * commit in one transaction; a duplicate finds the inbox row and does nothing. Never throws.
 */
export async function deliver(consumer: ConsumerDefinition, raw: unknown): Promise<DeliveryResult> {
  const accepted = accept(consumer, raw);
  if (!isAccepted(accepted)) return accepted;
  try {
    const applied = await consumer.dataSource.transaction(async (manager) => {
      if (!(await markProcessed(manager, consumer.name, accepted.event.id))) return false;
      await applyEvent(consumer, accepted, manager);
      return true;
    });
    if (!applied) messagingMetrics.duplicates.add(1, { consumer: consumer.name });
    return { kind: applied ? 'done' : 'duplicate', event: accepted.event };
  } catch (error) {
    consumer.logger.warn(
      { eventId: accepted.event.id, type: accepted.event.type, reason: reasonOf(error) },
      'event handler failed',
    );
    return { kind: 'failed', reason: reasonOf(error), permanent: false, event: accepted.event };
  }
}

/**
 * Applies the messages that arrived together in one transaction: one inbox insert for all, then
 * each handler, one commit. Under load this spares a commit (and its WAL flush) per message. If any
 * handler fails the whole transaction rolls back and each message is applied on its own, so one bad
 * message never takes the others with it. Never throws; results follow the order of `raws`.
 */
export async function deliverBatch(
  consumer: ConsumerDefinition,
  raws: unknown[],
): Promise<DeliveryResult[]> {
  if (raws.length === 1) return [await deliver(consumer, raws[0])];
  const checked = raws.map((raw) => accept(consumer, raw));
  const accepted = checked.filter(isAccepted);
  if (accepted.length === 0) return checked as DeliveryResult[];
  try {
    const applied = await consumer.dataSource.transaction(async (manager) => {
      const fresh = await markProcessedBatch(
        manager,
        consumer.name,
        accepted.map((a) => a.event.id),
      );
      const done = new Set<string>();
      for (const item of accepted) {
        // Only the first copy of an event that is new to the inbox is applied.
        if (!fresh.has(item.event.id) || done.has(item.event.id)) continue;
        await applyEvent(consumer, item, manager);
        done.add(item.event.id);
      }
      return done;
    });
    return checked.map((item) => {
      if (!isAccepted(item)) return item;
      if (applied.delete(item.event.id)) return { kind: 'done', event: item.event };
      messagingMetrics.duplicates.add(1, { consumer: consumer.name });
      return { kind: 'duplicate', event: item.event };
    });
  } catch {
    return Promise.all(
      raws.map((raw, index) => {
        const item = defined(checked[index]);
        return isAccepted(item) ? deliver(consumer, raw) : Promise.resolve(item);
      }),
    );
  }
}
