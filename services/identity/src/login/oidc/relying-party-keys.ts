import { importJWK, type CryptoKey, type JWK } from 'jose';
import type { DataSource } from 'typeorm';
import { newSigningKey } from '@app/oidc-federation';
import { openPrivateKey, sealPrivateKey, type StoredPrivateKey } from '../../keys/sealed-key.js';

export type KeyPurpose = 'federation' | 'core-signing' | 'core-encryption';

export interface RelyingPartyKey {
  publicJwk: JWK;
  privateJwk: JWK;
  privateKey: CryptoKey;
}

export type RelyingPartyKeys = Record<KeyPurpose, RelyingPartyKey>;

const purposes: KeyPurpose[] = ['federation', 'core-signing', 'core-encryption'];

/**
 * The relying party's three keys, made once and kept (the federation vouches for the federation key, so
 * it must not change under it); two replicas starting together keep the first one stored.
 */
export async function relyingPartyKeys(dataSource: DataSource, secret: string | undefined): Promise<RelyingPartyKeys> {
  const stored = new Set((await dataSource.query('SELECT purpose FROM relying_party_keys') as { purpose: KeyPurpose }[]).map((row) => row.purpose));
  for (const purpose of purposes.filter((candidate) => !stored.has(candidate))) {
    const made = await newSigningKey(purpose === 'core-encryption' ? 'enc' : 'sig');
    await dataSource.query('INSERT INTO relying_party_keys (purpose, private_key, public_jwk) VALUES ($1, $2, $3) ON CONFLICT (purpose) DO NOTHING',
      [purpose, JSON.stringify(sealPrivateKey(made.privateJwk, secret)), JSON.stringify(made.publicJwk)]);
  }
  const rows = await dataSource.query('SELECT purpose, private_key AS "privateKey", public_jwk AS "publicJwk" FROM relying_party_keys') as { purpose: KeyPurpose; privateKey: StoredPrivateKey; publicJwk: JWK }[];
  const keys = {} as RelyingPartyKeys;
  for (const row of rows) {
    const privateJwk = openPrivateKey(row.privateKey, secret);
    keys[row.purpose] = { publicJwk: row.publicJwk, privateJwk, privateKey: await importJWK(privateJwk, privateJwk.alg) as CryptoKey };
  }
  return keys;
}
