import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { defined } from '../errors/index.js';

/**
 * Envelope keys for secrets a service keeps in its database (webhook secrets, signing keys):
 * AES-256-GCM, each sealed value naming the key that sealed it, so keys rotate without a flag day —
 * a new key first in the list seals from then on, the older ones still open what they sealed until
 * it is sealed again.
 *
 *   SECRETS_KEYS=2026-12:<32 bytes, base64>,2026-06:<32 bytes, base64>
 */
export interface Keyring {
  /** The key new values are sealed with. */
  readonly currentKeyId: string;
  seal(text: string): string;
  /** The plain text of a sealed value; a value stored before sealing began is returned as it is. */
  open(stored: string): string;
  /** Whether a stored value is plain or sealed by an older key (to be sealed again). */
  stale(stored: string): boolean;
}

const prefix = 'sealed:v1:';

const keyEntry = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,40}:[A-Za-z0-9+/=_-]{40,}$/, 'atteso id:chiave (32 byte in base64)');

/** SECRETS_KEYS: `id:key` pairs, comma-separated, the current one first. */
export const secretsKeysEnv = z.string().transform((value, context) => {
  const keys = new Map<string, Buffer>();
  for (const entry of value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    if (!keyEntry.safeParse(entry).success) {
      context.addIssue({
        code: 'custom',
        message: 'SECRETS_KEYS: voci id:chiave separate da virgole, chiavi di 32 byte in base64',
      });
      return z.NEVER;
    }
    const [id, encoded] = entry.split(':') as [string, string];
    const key = Buffer.from(encoded, 'base64');
    if (key.length !== 32 || keys.has(id)) {
      context.addIssue({
        code: 'custom',
        message: `SECRETS_KEYS: la chiave ${id} deve essere di 32 byte e comparire una volta`,
      });
      return z.NEVER;
    }
    keys.set(id, key);
  }
  if (keys.size === 0) {
    context.addIssue({ code: 'custom', message: 'SECRETS_KEYS: almeno una chiave' });
    return z.NEVER;
  }
  return keys;
});

export function createKeyring(keys: Map<string, Buffer>): Keyring {
  const [currentKeyId, currentKey] = defined([...keys][0]);
  return {
    currentKeyId,
    seal(text) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', currentKey, iv);
      // The key id is authenticated with the text: a value cannot be passed off as sealed by
      // another key.
      cipher.setAAD(Buffer.from(currentKeyId));
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return `${prefix}${currentKeyId}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
    },
    open(stored) {
      if (!stored.startsWith(prefix)) return stored;
      const [keyId, payload] = stored.slice(prefix.length).split(':') as [string, string];
      const key = keys.get(keyId);
      if (!key)
        throw new Error(
          `a secret is sealed with the key ${keyId}, which SECRETS_KEYS no longer holds`,
        );
      const raw = Buffer.from(payload, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      decipher.setAAD(Buffer.from(keyId));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    stale(stored) {
      return !stored.startsWith(`${prefix}${currentKeyId}:`);
    },
  };
}

const keyrings = new Map<string, Keyring>();

/** The keyring of a SECRETS_KEYS value (validated by `secretsKeysEnv`), made once per value. */
export function keyringOf(secretsKeys: string): Keyring {
  let keyring = keyrings.get(secretsKeys);
  if (!keyring)
    keyrings.set(secretsKeys, (keyring = createKeyring(secretsKeysEnv.parse(secretsKeys))));
  return keyring;
}
