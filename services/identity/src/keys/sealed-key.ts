import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import type { JWK } from 'jose';

/**
 * A private JWK as stored: encrypted (AES-256-GCM) when the service has a key secret, plain
 * otherwise.
 */
export type StoredPrivateKey = JWK | { sealed: string };

const derived = new Map<string, Buffer>();
const keyOf = (secret: string) => {
  let key = derived.get(secret);
  if (!key) derived.set(secret, (key = scryptSync(secret, 'negozio-elettronico:signing-keys', 32)));
  return key;
};

/** AES-256-GCM under the service's secret: IV, tag and ciphertext in one base64 string. */
export function sealText(text: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv);
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

export function openText(sealed: string, secret: string): string {
  const raw = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

export function sealPrivateKey(jwk: JWK, secret: string | undefined): StoredPrivateKey {
  return secret ? { sealed: sealText(JSON.stringify(jwk), secret) } : jwk;
}

export function openPrivateKey(stored: StoredPrivateKey, secret: string | undefined): JWK {
  if (!('sealed' in stored)) return stored;
  if (!secret) throw new Error('the signing keys are encrypted: set SIGNING_KEY_SECRET');
  return JSON.parse(openText(stored.sealed as string, secret));
}
