/** The platform's services: each owns one queue and one dead-letter queue on the broker. */
export const serviceNames = [
  'identity',
  'catalog',
  'adhesion',
  'ordering',
  'anac-gateway',
  'notify',
  'pec-admin',
] as const;
export type ServiceName = (typeof serviceNames)[number];

/** The durable topic exchange every domain event is published to. */
export const eventsExchange = 'events';
