import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { createKeyring, secretsKeysEnv } from './index.js';
import { defined } from '../errors/index.js';

const key = () => randomBytes(32).toString('base64');

test('when a secret is sealed, then the stored value names its key, hides the text and opens back', () => {
  const keyring = createKeyring(secretsKeysEnv.parse(`2026-12:${key()}`));
  const sealed = keyring.seal('whsec_segreto-del-partner');
  assert.match(sealed, /^sealed:v1:2026-12:/);
  assert.ok(!sealed.includes('segreto'));
  assert.notEqual(keyring.seal('whsec_segreto-del-partner'), sealed, 'a new IV each time');
  assert.equal(keyring.open(sealed), 'whsec_segreto-del-partner');
  assert.equal(keyring.stale(sealed), false);
});

test('when the keys rotate, then values sealed by the old key still open, are stale, and seal again under the new one', () => {
  const old = key();
  const before = createKeyring(secretsKeysEnv.parse(`2026-06:${old}`));
  const sealedBefore = before.seal('segreto');
  const after = createKeyring(secretsKeysEnv.parse(`2026-12:${key()},2026-06:${old}`));
  assert.equal(after.open(sealedBefore), 'segreto');
  assert.equal(after.stale(sealedBefore), true);
  const resealed = after.seal(after.open(sealedBefore));
  assert.match(resealed, /^sealed:v1:2026-12:/);
  assert.equal(after.stale(resealed), false);
  // Once the old key is gone, what it sealed cannot be opened: rotation re-seals before removing a key.
  assert.throws(
    () => createKeyring(secretsKeysEnv.parse(`2026-12:${key()}`)).open(sealedBefore),
    /2026-06/,
  );
});

test('when a sealed value is tampered with or its key id swapped, then opening fails; plain values from before sealing pass as they are', () => {
  const a = key();
  const keyring = createKeyring(secretsKeysEnv.parse(`k1:${a},k2:${a}`));
  const sealed = keyring.seal('segreto');
  assert.throws(
    () => keyring.open(sealed.replace('sealed:v1:k1:', 'sealed:v1:k2:')),
    /authenticate/,
  );
  const raw = Buffer.from(defined(sealed.split(':').at(-1)), 'base64');
  raw[raw.length - 1] = defined(raw[raw.length - 1]) ^ 1;
  assert.throws(() => keyring.open(`sealed:v1:k1:${raw.toString('base64')}`), /authenticate/);
  assert.equal(keyring.open('whsec_piano'), 'whsec_piano');
  assert.equal(keyring.stale('whsec_piano'), true);
});

test('when SECRETS_KEYS is malformed, then it is refused with the reason', () => {
  for (const bad of [
    '',
    'senza-chiave',
    `k1:${randomBytes(16).toString('base64')}`,
    `k1:${key()},k1:${key()}`,
  ]) {
    assert.equal(secretsKeysEnv.safeParse(bad).success, false, bad);
  }
});
