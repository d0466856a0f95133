import { refusals } from '@app/platform/errors';

export const subscriptionRefusals = refusals({
  BROKER_UNAVAILABLE: { status: 503, title: 'Sottoscrizioni AMQP non disponibili' },
});

/**
 * The topic exchange partners' queues are bound to; routing keys are `<agency id>.<type>` or
 * `public.<type>`.
 */
export const partnerExchange = 'partner-events';

export const queueOf = (id: string) => `partner.${id}`;
export const usernameOf = (id: string) => `partner-${id}`;

/** Where an event is published: once for everyone, or once per agency that may see it. */
export function routingKeys(
  type: string,
  visibility: { public: boolean; agencies: string[] },
): string[] {
  return visibility.public
    ? [`public.${type}`]
    : visibility.agencies.map((agency) => `${agency}.${type}`);
}

/**
 * The bindings of a partner's queue: its agency's events and the public ones, each narrowed to the
 * type prefixes asked for (whole words: `ordering.order` takes every order event).
 */
export function bindingKeys(agencyId: string, types: string[]): string[] {
  const patterns = types.length ? types.map((type) => `${type}.#`) : ['#'];
  return [agencyId, 'public'].flatMap((owner) => patterns.map((pattern) => `${owner}.${pattern}`));
}

/** The read permission that lets a partner's broker user consume its own queue and nothing else. */
export const readOnlyOwnQueue = (queue: string) => `^${queue.replace(/[.-]/g, (c) => `\\${c}`)}$`;

/**
 * The CloudEvents AMQP binding in binary mode: the data is the body, every attribute an application
 * property with the `cloudEvents_` prefix (the feed's number as the `sequence` extension).
 */
export function cloudEventsHeaders(
  envelope: Record<string, unknown>,
  sequence: string,
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(envelope)) {
    if (name === 'data' || name === 'datacontenttype' || value === undefined || value === null)
      continue;
    headers[`cloudEvents_${name}`] = String(value);
  }
  headers.cloudEvents_sequence = sequence;
  return headers;
}
