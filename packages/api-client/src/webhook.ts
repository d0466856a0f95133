import { createPublicKey, verify } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/**
 * What the partner holds of an endpoint: its secret (`whsec_…`), its public key (`whpk_…`), or
 * both.
 */
export interface WebhookKeys {
  secret?: string;
  publicKey?: string;
}

/**
 * A message that does not come from the platform, or comes too late (a replay): answer 400 and drop
 * it.
 */
export class WebhookRefused extends Error {}

const toleranceSeconds = 5 * 60;

function header(headers: Record<string, string | string[] | undefined>, name: string): string {
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}

/** The `v1a` (ed25519) signatures of Standard Webhooks, checked with the public key alone. */
function asymmetricHolds(
  publicKey: string,
  id: string,
  timestamp: string,
  body: string,
  signatures: string,
) {
  const key = createPublicKey({
    format: 'jwk',
    key: {
      kty: 'OKP',
      crv: 'Ed25519',
      x: Buffer.from(publicKey.replace(/^whpk_/, ''), 'base64').toString('base64url'),
    },
  });
  const signed = Buffer.from(`${id}.${timestamp}.${body}`);
  return signatures
    .split(' ')
    .filter((signature) => signature.startsWith('v1a,'))
    .some((signature) => verify(null, signed, key, Buffer.from(signature.slice(4), 'base64')));
}

/**
 * Checks a webhook message as received: the body exactly as it arrived (not re-serialised), and its
 * `webhook-id`, `webhook-timestamp` and `webhook-signature` headers. With the secret, the `v1` HMAC
 * (through the Standard Webhooks library, which also refuses a timestamp more than five minutes
 * away); with the public key, the `v1a` ed25519 signature. Answers the parsed event.
 */
export function verifyWebhook<T = unknown>(
  body: string,
  headers: Record<string, string | string[] | undefined>,
  keys: WebhookKeys,
): T {
  const id = header(headers, 'webhook-id');
  const timestamp = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');
  if (keys.secret) {
    try {
      return new Webhook(keys.secret).verify(body, {
        'webhook-id': id,
        'webhook-timestamp': timestamp,
        'webhook-signature': signatures,
      }) as T;
    } catch (error) {
      throw new WebhookRefused((error as Error).message, { cause: error });
    }
  }
  if (!keys.publicKey) throw new WebhookRefused('no secret and no public key to verify with');
  if (
    Math.abs(Date.now() / 1000 - Number(timestamp)) > toleranceSeconds ||
    !/^\d+$/.test(timestamp)
  ) {
    throw new WebhookRefused('message timestamp too old or too new');
  }
  if (!asymmetricHolds(keys.publicKey, id, timestamp, body, signatures)) {
    throw new WebhookRefused('no matching signature found');
  }
  return JSON.parse(body) as T;
}
