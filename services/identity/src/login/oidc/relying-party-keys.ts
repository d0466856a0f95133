import { importJWK, type CryptoKey, type JWK } from 'jose';
import type { DataSource } from 'typeorm';
import * as store from '../login.store.js';
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
 * The relying party's three keys, made once and kept (the federation vouches for the federation
 * key, so it must not change under it); two replicas starting together keep the first one stored.
 */
export async function relyingPartyKeys(
  dataSource: DataSource,
  secret: string | undefined,
): Promise<RelyingPartyKeys> {
  const stored = new Set((await store.relyingPartyKeyRows(dataSource)).map((row) => row.purpose));
  for (const purpose of purposes.filter((candidate) => !stored.has(candidate))) {
    const made = await newSigningKey(purpose === 'core-encryption' ? 'enc' : 'sig');
    await store.addRelyingPartyKey(dataSource, {
      purpose,
      privateKey: sealPrivateKey(made.privateJwk, secret),
      publicJwk: made.publicJwk,
    });
  }
  const rows = await store.relyingPartyKeyRows<KeyPurpose, StoredPrivateKey, JWK>(dataSource);
  const keys = {} as RelyingPartyKeys;
  for (const row of rows) {
    const privateJwk = openPrivateKey(row.privateKey, secret);
    keys[row.purpose] = {
      publicJwk: row.publicJwk,
      privateJwk,
      privateKey: (await importJWK(privateJwk, privateJwk.alg)) as CryptoKey,
    };
  }
  return keys;
}
