import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import type { JWK } from 'jose';

/** A private JWK as stored: encrypted (AES-256-GCM) when the service has a key secret, plain otherwise. */
export type StoredPrivateKey = JWK | { sealed: string };

const derived = new Map<string, Buffer>();
const keyOf = (secret: string) => {
  let key = derived.get(secret);
  if (!key) derived.set(secret, (key = scryptSync(secret, 'negozio-elettronico:signing-keys', 32)));
  return key;
};

export function sealPrivateKey(jwk: JWK, secret: string | undefined): StoredPrivateKey {
  if (!secret) return jwk;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(jwk), 'utf8'), cipher.final()]);
  return { sealed: Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64') };
}

export function openPrivateKey(stored: StoredPrivateKey, secret: string | undefined): JWK {
  if (!('sealed' in stored)) return stored;
  if (!secret) throw new Error('the signing keys are encrypted: set SIGNING_KEY_SECRET');
  const raw = Buffer.from(stored.sealed as string, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8'));
}
