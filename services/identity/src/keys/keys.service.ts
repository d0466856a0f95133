import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import type { DataSource, EntityManager } from 'typeorm';
import { openPrivateKey, sealPrivateKey, type StoredPrivateKey } from './sealed-key.js';

/** Access tokens are short-lived; a retired key is published for this long after its retirement. */
export const accessTokenTtlSeconds = 600;
/** Longer than any verifier's JWKS cache (ours max-age 60 s, jose refetch cooldown 30 s). */
export const keyPublicationLeadSeconds = 90;
const algorithm = 'ES256';

interface KeyRow {
  kid: string;
  private_jwk: StoredPrivateKey;
  public_jwk: JWK;
}

/** The secret that encrypts private keys at rest (SIGNING_KEY_SECRET); without it they are stored plain. */
export type KeySecret = string | undefined;

async function createKey(manager: EntityManager, secret: KeySecret, activatesInSeconds = 0): Promise<KeyRow> {
  const { publicKey, privateKey } = await generateKeyPair(algorithm, { extractable: true });
  const kid = randomUUID();
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: algorithm, use: 'sig' };
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: algorithm };
  await manager.query(
    `INSERT INTO signing_keys (kid, algorithm, private_jwk, public_jwk, activates_at) VALUES ($1, $2, $3, $4, now() + ($5 || ' seconds')::interval)`,
    [kid, algorithm, JSON.stringify(sealPrivateKey(privateJwk, secret)), JSON.stringify(publicJwk), String(activatesInSeconds)]);
  return { kid, private_jwk: privateJwk, public_jwk: publicJwk };
}

const activeKeyQuery = `SELECT kid, private_jwk, public_jwk FROM signing_keys
  WHERE activates_at <= now() AND (retired_at IS NULL OR retired_at > now()) ORDER BY activates_at DESC LIMIT 1`;

/** The key tokens are signed with now; the first call creates it (replicas serialise on a lock). */
export async function activeKey(dataSource: DataSource, secret: KeySecret): Promise<KeyRow> {
  const [row] = await dataSource.query(activeKeyQuery);
  if (row) return row;
  return dataSource.transaction(async (manager) => {
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('identity:signing-keys'))");
    const [existing] = await manager.query(activeKeyQuery);
    return existing ?? createKey(manager, secret);
  });
}

/**
 * Publishes the next key now and makes it the signing key after `leadSeconds`, when every verifier's
 * cached JWKS has it; the current key then retires but stays published until its tokens expire.
 */
export async function rotateKey(dataSource: DataSource, secret: KeySecret, leadSeconds = keyPublicationLeadSeconds): Promise<string> {
  return dataSource.transaction(async (manager) => {
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('identity:signing-keys'))");
    const next = await createKey(manager, secret, leadSeconds);
    await manager.query(
      `UPDATE signing_keys SET retired_at = now() + ($1 || ' seconds')::interval,
         published_until = now() + ($1 || ' seconds')::interval + ($2 || ' seconds')::interval
       WHERE kid <> $3 AND retired_at IS NULL`,
      [String(leadSeconds), String(accessTokenTtlSeconds), next.kid]);
    return next.kid;
  });
}

/** The JWKS: the signing key, the next one, and retired ones whose tokens may still be alive. */
export async function publishedKeys(dataSource: DataSource, secret: KeySecret): Promise<{ keys: JWK[] }> {
  await activeKey(dataSource, secret);
  const rows: { public_jwk: JWK }[] = await dataSource.query(
    'SELECT public_jwk FROM signing_keys WHERE published_until IS NULL OR published_until > now() ORDER BY activates_at DESC');
  return { keys: rows.map((row) => row.public_jwk) };
}

/** Signs an access token (RFC 9068 `at+jwt`) with the active key. */
export async function signAccessToken(dataSource: DataSource, secret: KeySecret, claims: Record<string, unknown> & { sub: string }, issuer: string, audience: string): Promise<string> {
  const key = await activeKey(dataSource, secret);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: algorithm, kid: key.kid, typ: 'at+jwt' })
    .setIssuer(issuer)
    .setAudience(audience)
    .setSubject(claims.sub)
    .setIssuedAt()
    .setJti(randomUUID())
    .setExpirationTime(`${accessTokenTtlSeconds}s`)
    .sign(await importJWK(openPrivateKey(key.private_jwk, secret), algorithm));
}

/** How old the key that signs tokens is, in seconds (0 before the first): rotation is due every 90 days. */
export async function activeKeyAgeSeconds(dataSource: DataSource): Promise<number> {
  const [row] = await dataSource.query('SELECT extract(epoch FROM now() - created_at)::float8 AS age FROM signing_keys WHERE retired_at IS NULL');
  return row?.age ?? 0;
}
