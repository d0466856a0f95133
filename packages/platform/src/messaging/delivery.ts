import { context, propagation, trace, SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { cloudEventSchema, eventContracts, type CloudEvent } from '@app/contracts';
import { runWithContext } from '../context/index.js';
import { markProcessed } from '../inbox/index.js';
import { messagingMetrics } from '../telemetry/metrics.js';
import { findHandler } from './topic.js';
import type { ConsumerDefinition } from './types.js';

export type DeliveryResult =
  | { kind: 'done' | 'duplicate' | 'ignored'; event: CloudEvent }
  | { kind: 'failed'; reason: string; permanent: boolean; event?: CloudEvent };

const tracer = trace.getTracer('@app/platform/messaging');

/**
 * Applies one incoming message exactly once in effect: the inbox row and the handler's writes commit
 * in one transaction; a duplicate finds the inbox row and does nothing. Never throws.
 */
export async function deliver(consumer: ConsumerDefinition, raw: unknown): Promise<DeliveryResult> {
  const parsed = cloudEventSchema.safeParse(raw);
  if (!parsed.success) return { kind: 'failed', reason: `busta CloudEvents non valida: ${parsed.error.issues[0]?.message}`, permanent: true };
  const event = parsed.data as CloudEvent;
  const handler = findHandler(consumer.handlers, event.type);
  if (!handler) return { kind: 'ignored', event };
  const contract = eventContracts.find((c) => c.type === event.type);
  if (contract && !contract.data.safeParse(event.data).success) {
    return { kind: 'failed', reason: `dati non conformi al contratto ${event.type}`, permanent: true, event };
  }
  const parent = propagation.extract(context.active(), { traceparent: event.traceparent });
  return context.with(parent, () =>
    tracer.startActiveSpan(`${event.type} process`, { kind: SpanKind.CONSUMER, attributes: { 'messaging.message.id': event.id, 'messaging.consumer.group.name': consumer.name } }, (span) =>
      runWithContext({ correlationId: event.correlationid ?? event.id, tenant: event.tenant }, async (): Promise<DeliveryResult> => {
        try {
          const applied = await consumer.dataSource.transaction(async (manager) => {
            if (!(await markProcessed(manager, consumer.name, event.id))) return false;
            await handler(event, manager);
            return true;
          });
          if (!applied) messagingMetrics.duplicates.add(1, { consumer: consumer.name });
          return { kind: applied ? 'done' : 'duplicate', event };
        } catch (error) {
          span.setStatus({ code: SpanStatusCode.ERROR });
          const reason = error instanceof Error ? error.message : String(error);
          consumer.logger.warn({ eventId: event.id, type: event.type, reason }, 'event handler failed');
          return { kind: 'failed', reason, permanent: false, event };
        } finally {
          span.end();
        }
      }),
    ),
  );
}
