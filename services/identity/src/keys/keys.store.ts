import type { EntityManager } from 'typeorm';
import type { JWK } from 'jose';
import { lockForTransaction } from '@app/platform/db';
import type { StoredPrivateKey } from './sealed-key.js';

/**
 * A signing key as stored: its id, its private key (sealed when a secret is configured), its public
 * key.
 */
export interface KeyRow {
  kid: string;
  private_jwk: StoredPrivateKey;
  public_jwk: JWK;
}

/** Replicas creating or rotating keys take turns. */
export const lockKeys = (manager: EntityManager) =>
  lockForTransaction(manager, 'identity:signing-keys');

export async function insertKey(
  manager: EntityManager,
  key: KeyRow & { algorithm: string },
  activatesInSeconds: number,
): Promise<void> {
  await manager.query(
    `INSERT INTO signing_keys (kid, algorithm, private_jwk, public_jwk, ` +
      `activates_at) VALUES ($1, $2, $3, $4, now() + ($5 || ' ` +
      `seconds')::interval)`,
    [
      key.kid,
      key.algorithm,
      JSON.stringify(key.private_jwk),
      JSON.stringify(key.public_jwk),
      String(activatesInSeconds),
    ],
  );
}

/** The key that signs now: active, not yet retired, the newest. */
export async function activeKeyRow(manager: EntityManager): Promise<KeyRow | undefined> {
  const [row] = await manager.query(`SELECT kid, private_jwk, public_jwk FROM signing_keys
    WHERE activates_at <= now() AND (retired_at IS NULL OR retired_at > now()) ORDER BY
      activates_at DESC LIMIT 1`);
  return row;
}

/** Every key but `kid` retires after `leadSeconds` and stays published `ttlSeconds` longer. */
export async function retireOthers(
  manager: EntityManager,
  kid: string,
  leadSeconds: number,
  ttlSeconds: number,
): Promise<void> {
  await manager.query(
    `UPDATE signing_keys SET retired_at = now() + ($1 || ' seconds')::interval,
       published_until = now() + ($1 || ' seconds')::interval + ($2 || ' seconds')::interval
     WHERE kid <> $3 AND retired_at IS NULL`,
    [String(leadSeconds), String(ttlSeconds), kid],
  );
}

export async function publishedPublicKeys(manager: EntityManager): Promise<JWK[]> {
  const rows: { public_jwk: JWK }[] = await manager.query(
    'SELECT public_jwk FROM signing_keys WHERE published_until IS NULL OR ' +
      'published_until > now() ORDER BY activates_at DESC',
  );
  return rows.map((row) => row.public_jwk);
}

/** How old the key that signs tokens is, in seconds (0 before the first). */
export async function activeKeyAge(manager: EntityManager): Promise<number> {
  const [row] = await manager.query(
    'SELECT extract(epoch FROM now() - created_at)::float8 AS age FROM ' +
      'signing_keys WHERE retired_at IS NULL',
  );
  return row?.age ?? 0;
}
