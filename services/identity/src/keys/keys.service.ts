import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import type { DataSource, EntityManager } from 'typeorm';
import { openPrivateKey, sealPrivateKey } from './sealed-key.js';
import * as store from './keys.store.js';
import type { KeyRow } from './keys.store.js';

/** Access tokens are short-lived; a retired key is published for this long after its retirement. */
export const accessTokenTtlSeconds = 600;
/** Longer than any verifier's JWKS cache (ours max-age 60 s, jose refetch cooldown 30 s). */
export const keyPublicationLeadSeconds = 90;
const algorithm = 'ES256';

/**
 * The secret that encrypts private keys at rest (SIGNING_KEY_SECRET); without it they are stored
 * plain.
 */
export type KeySecret = string | undefined;

async function createKey(
  manager: EntityManager,
  secret: KeySecret,
  activatesInSeconds = 0,
): Promise<KeyRow> {
  const { publicKey, privateKey } = await generateKeyPair(algorithm, { extractable: true });
  const kid = randomUUID();
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: algorithm, use: 'sig' };
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: algorithm };
  await store.insertKey(
    manager,
    { kid, algorithm, private_jwk: sealPrivateKey(privateJwk, secret), public_jwk: publicJwk },
    activatesInSeconds,
  );
  return { kid, private_jwk: privateJwk, public_jwk: publicJwk };
}

/** The key tokens are signed with now; the first call creates it (replicas serialise on a lock). */
export async function activeKey(dataSource: DataSource, secret: KeySecret): Promise<KeyRow> {
  const row = await store.activeKeyRow(dataSource.manager);
  if (row) return row;
  return dataSource.transaction(async (manager) => {
    await store.lockKeys(manager);
    return (await store.activeKeyRow(manager)) ?? createKey(manager, secret);
  });
}

/**
 * Publishes the next key now and makes it the signing key after `leadSeconds`, when every
 * verifier's cached JWKS has it; the current key then retires but stays published until its tokens
 * expire.
 */
export async function rotateKey(
  dataSource: DataSource,
  secret: KeySecret,
  leadSeconds = keyPublicationLeadSeconds,
): Promise<string> {
  return dataSource.transaction(async (manager) => {
    await store.lockKeys(manager);
    const next = await createKey(manager, secret, leadSeconds);
    await store.retireOthers(manager, next.kid, leadSeconds, accessTokenTtlSeconds);
    return next.kid;
  });
}

/** The JWKS: the signing key, the next one, and retired ones whose tokens may still be alive. */
export async function publishedKeys(
  dataSource: DataSource,
  secret: KeySecret,
): Promise<{ keys: JWK[] }> {
  await activeKey(dataSource, secret);
  return { keys: await store.publishedPublicKeys(dataSource.manager) };
}

/** Signs an access token (RFC 9068 `at+jwt`) with the active key. */
export async function signAccessToken(
  dataSource: DataSource,
  secret: KeySecret,
  claims: Record<string, unknown> & { sub: string },
  issuer: string,
  audience: string,
): Promise<string> {
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

/**
 * How old the key that signs tokens is, in seconds (0 before the first): rotation is due every 90
 * days.
 */
export async function activeKeyAgeSeconds(dataSource: DataSource): Promise<number> {
  return store.activeKeyAge(dataSource.manager);
}
