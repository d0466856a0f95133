import { refusals } from '@app/platform/errors';
import { defineLifecycle } from '@app/platform/lifecycle';

export const webhookRefusals = refusals({
  ENDPOINT_REFUSED: { status: 400, title: 'Indirizzo del webhook non accettato' },
  WEBHOOK_DISABLED: { status: 409, title: 'Webhook disattivato' },
  REPLAY_TOO_LARGE: { status: 422, title: 'Troppi messaggi da riproporre' },
});

export const webhookStatuses = { attivo: 'Attivo', disabilitato: 'Disattivato' } as const;
export type WebhookStatus = keyof typeof webhookStatuses;

/**
 * A partner's webhook endpoint: the agency turns it off and on (asking for the state it is in
 * changes nothing); after errors lasting longer than the configured time the platform turns it off
 * and tells the agency's administrators.
 */
export const webhookLifecycle = defineLifecycle({
  entity: 'webhook',
  title: 'Webhook di un partner',
  states: webhookStatuses,
  initial: ['attivo'],
  actions: {
    enabled: "Riattivato dall'ente",
    disabled: "Disattivato dall'ente",
    'disabled-after-failures': 'Disattivato dopo errori continui',
  },
  describe: (hook: { status: WebhookStatus }) => `il webhook è «${webhookStatuses[hook.status]}»`,
  steps: {
    enabled: {
      from: ['attivo', 'disabilitato'],
      to: 'attivo',
      by: 'ente',
      refusal: webhookRefusals.WEBHOOK_DISABLED,
      refused: 'Impossibile riattivare',
    },
    disabled: {
      from: ['attivo', 'disabilitato'],
      to: 'disabilitato',
      by: 'ente',
      refusal: webhookRefusals.WEBHOOK_DISABLED,
      refused: 'Impossibile disattivare',
    },
    'disabled-after-failures': {
      from: ['attivo'],
      to: 'disabilitato',
      by: 'piattaforma',
      system: true,
    },
  },
});
export const deliveryStatuses = {
  'in-coda': 'In coda',
  consegnato: 'Consegnato',
  fallito: 'Non consegnato',
} as const;

/**
 * Address ranges a webhook may never reach: the platform's own network and the cloud's metadata
 * service.
 */
export const forbiddenRanges = new Set([
  'unspecified',
  'broadcast',
  'multicast',
  'linkLocal',
  'loopback',
  'private',
  'uniqueLocal',
  'carrierGradeNat',
  'reserved',
  'ipv4Mapped',
  'rfc6145',
  'rfc6052',
  '6to4',
  'teredo',
  'benchmarking',
  'amt',
  'as112',
  'deprecated',
  'orchid2',
  'droneRemoteIdProtocolEntityTags',
]);

export const internalAddressRefusal = (address: string) =>
  `L'indirizzo ${address} è di una rete interna (privata, locale o di ` +
  `servizio): non raggiungibile dai webhook.`;

/**
 * Why an endpoint URL is refused, or undefined: HTTPS only (plain HTTP only where private addresses
 * are allowed, in development), no credentials in it, and — checked by the service on the resolved
 * addresses — no private, loopback or link-local target.
 */
export function urlProblem(url: URL, allowPrivate: boolean): string | undefined {
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:'))
    return "L'indirizzo deve usare HTTPS.";
  if (url.username || url.password) return "L'indirizzo non può contenere credenziali.";
  if (url.hash) return "L'indirizzo non può contenere un frammento (#).";
  return undefined;
}

/** A failed attempt: try again after the schedule's next delay, or the message has failed. */
export function nextAttempt(
  attempts: number,
  scheduleSeconds: number[],
): { retryInSeconds: number } | { give: 'up' } {
  const delay = scheduleSeconds[attempts - 1];
  return delay === undefined ? { give: 'up' } : { retryInSeconds: delay };
}

/** An endpoint that has failed every attempt for longer than the grace period is turned off. */
export const keepsFailing = (failingSince: Date | null, now: Date, graceSeconds: number) =>
  failingSince !== null && now.getTime() - failingSince.getTime() >= graceSeconds * 1000;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The agency whose messages a delivery queues with: the one that acted (the event's tenant), else
 * the first agency the event concerns; none for a public event nobody acted for.
 */
export function laneOf(tenant: unknown, agencies: string[]): string | null {
  if (typeof tenant === 'string' && uuid.test(tenant)) return tenant;
  return agencies.find((agency) => uuid.test(agency)) ?? null;
}
