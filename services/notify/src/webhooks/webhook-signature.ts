import {
  createHmac,
  createPrivateKey,
  generateKeyPairSync,
  randomBytes,
  sign,
  type KeyObject,
} from 'node:crypto';
import { defined } from '@app/platform/errors';

/** A symmetric secret as Standard Webhooks writes it: `whsec_` and 32 random bytes in base64. */
export const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

/**
 * An ed25519 key pair for the asymmetric `v1a` scheme: `whpk_`/`whsk_` and the raw 32-byte keys in
 * base64, as the specification writes them; the partner verifies with the public key alone.
 */
export function newSigningKeys(): { publicKey: string; privateKey: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = (jwk: { x?: string; d?: string }, part: 'x' | 'd') =>
    Buffer.from(defined(jwk[part]), 'base64url').toString('base64');
  return {
    publicKey: `whpk_${raw(publicKey.export({ format: 'jwk' }), 'x')}`,
    privateKey: `whsk_${raw(privateKey.export({ format: 'jwk' }), 'd')}`,
  };
}

/** What is signed: `id.timestamp.body`, the body exactly as sent. */
const content = (id: string, timestamp: number, body: string) => `${id}.${timestamp}.${body}`;

function v1(secret: string, signed: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(signed).digest('base64')}`;
}

// Importing an ed25519 key costs as much as signing with it: each endpoint's is imported once and
// kept (bounded: a process that has seen more endpoints than this starts the memo again).
const signingKeys = new Map<string, KeyObject>();
const signingKeysKept = 10_000;

function signingKey(privateKey: string, publicKey: string): KeyObject {
  let key = signingKeys.get(privateKey);
  if (key) return key;
  key = createPrivateKey({
    format: 'jwk',
    key: {
      kty: 'OKP',
      crv: 'Ed25519',
      d: Buffer.from(privateKey.replace(/^whsk_/, ''), 'base64').toString('base64url'),
      x: Buffer.from(publicKey.replace(/^whpk_/, ''), 'base64').toString('base64url'),
    },
  });
  if (signingKeys.size >= signingKeysKept) signingKeys.clear();
  signingKeys.set(privateKey, key);
  return key;
}

function v1a(privateKey: string, publicKey: string, signed: string): string {
  return `v1a,${sign(null, Buffer.from(signed), signingKey(privateKey, publicKey)).toString('base64')}`;
}

export interface SigningKeys {
  secrets: string[];
  publicKey: string;
  privateKey: string;
}

/**
 * The three headers of the Standard Webhooks specification. During a rotation the message carries a
 * `v1` signature for each valid secret (space-separated), so the partner may switch when ready.
 */
export function signedHeaders(
  id: string,
  timestamp: number,
  body: string,
  keys: SigningKeys,
): Record<string, string> {
  const signed = content(id, timestamp, body);
  const signatures = [
    ...keys.secrets.map((secret) => v1(secret, signed)),
    v1a(keys.privateKey, keys.publicKey, signed),
  ];
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signatures.join(' '),
  };
}
