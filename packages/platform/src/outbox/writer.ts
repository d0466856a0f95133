import { randomUUID } from 'node:crypto';
import { context, propagation } from '@opentelemetry/api';
import type { EntityManager } from 'typeorm';
import { eventContracts, eventTypePattern, type CloudEvent } from '../events/index.js';
import { currentContext } from '../context/index.js';

export interface NewEvent {
  /** `<service>.<entity>.<past-verb>.v<N>`, also the routing key. */
  type: string;
  /** The service that states the fact, e.g. `adhesion`. */
  source: string;
  /** The aggregate the fact is about (its id). */
  subject?: string;
  tenant?: string;
  data: unknown;
}

/**
 * Writes an event to the outbox inside the caller's transaction: it is published if and only if the
 * state change commits. The current trace and correlation id travel in the envelope.
 */
export async function appendEvent(manager: EntityManager, event: NewEvent): Promise<CloudEvent> {
  if (!eventTypePattern.test(event.type))
    throw new Error(`Tipo di evento non valido: ${event.type}`);
  const contract = eventContracts.find((c) => c.type === event.type);
  const data = contract ? contract.data.parse(event.data) : event.data;
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  const requestContext = currentContext();
  const envelope: CloudEvent = {
    specversion: '1.0',
    id: randomUUID(),
    source: `/services/${event.source}`,
    type: event.type,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    ...(event.subject ? { subject: event.subject } : {}),
    ...((event.tenant ?? requestContext?.tenant)
      ? { tenant: event.tenant ?? requestContext?.tenant }
      : {}),
    ...(carrier.traceparent ? { traceparent: carrier.traceparent } : {}),
    ...(requestContext ? { correlationid: requestContext.correlationId } : {}),
    data,
  };
  await manager.query('INSERT INTO outbox (id, routing_key, envelope) VALUES ($1, $2, $3)', [
    envelope.id,
    event.type,
    JSON.stringify(envelope),
  ]);
  return envelope;
}
