import {
  createLocalJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  calculateJwkThumbprint,
  jwtVerify,
  SignJWT,
  type JSONWebKeySet,
  type JWK,
  type JWTPayload,
  type CryptoKey,
} from 'jose';

export const entityStatementType = 'entity-statement+jwt';
export const trustMarkType = 'trust-mark+jwt';
export const entityConfigurationPath = '/.well-known/openid-federation';
export const entityStatementMediaType = 'application/entity-statement+jwt';
/**
 * Signature algorithms the Italian profile admits; none, HS* and RSA1_5 never
 * (cryptographic_algos).
 */
export const signingAlgorithms = ['RS256', 'RS512', 'PS256', 'PS512', 'ES256', 'ES512'];

export interface EntityStatement extends JWTPayload {
  iss: string;
  sub: string;
  iat: number;
  exp: number;
  jwks?: JSONWebKeySet;
  authority_hints?: string[];
  metadata?: Record<string, Record<string, unknown>>;
  metadata_policy?: Record<string, Record<string, Record<string, unknown>>>;
  trust_marks?: { id?: string; trust_mark_type?: string; trust_mark: string }[];
  trust_mark_issuers?: Record<string, string[]>;
  constraints?: { max_path_length?: number };
}

export interface SigningKey {
  privateKey: CryptoKey;
  /** The public half as published: kid (its thumbprint), alg and use set. */
  publicJwk: JWK;
}

/** A fresh RSA key (2048 bits at least, as the profile asks) named by its RFC 7638 thumbprint. */
export async function newSigningKey(
  use: 'sig' | 'enc' = 'sig',
): Promise<SigningKey & { publicJwk: JWK & { kid: string }; privateJwk: JWK }> {
  const alg = use === 'sig' ? 'RS256' : 'RSA-OAEP-256';
  const { privateKey, publicKey } = await generateKeyPair(alg, {
    modulusLength: 2048,
    extractable: true,
  });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  return {
    privateKey,
    publicJwk: { ...publicJwk, kid, alg, use },
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg, use },
  };
}

/**
 * Signs a statement (entity configuration, subordinate statement or trust mark) with a federation
 * key.
 */
export function signStatement(
  payload: JWTPayload,
  key: SigningKey,
  type = entityStatementType,
): Promise<string> {
  const kid = key.publicJwk.kid;
  // Verifiers pick the key by kid: a statement signed without one could not be checked.
  if (!kid) throw new Error('a signing key must carry its kid');
  return new SignJWT(payload)
    .setProtectedHeader({ alg: key.publicJwk.alg ?? 'RS256', kid, typ: type })
    .sign(key.privateKey);
}

export class StatementRefused extends Error {}

/** Verifies a statement's signature against the given keys, its type, algorithm and time window. */
export async function verifyStatement<T extends JWTPayload = EntityStatement>(
  jwt: string,
  jwks: JSONWebKeySet,
  type = entityStatementType,
  now = new Date(),
): Promise<T> {
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(jwt);
  } catch {
    throw new StatementRefused('not a signed JWT');
  }
  if (header.typ !== type)
    throw new StatementRefused(`type «${String(header.typ)}» where «${type}» was expected`);
  if (!header.kid) throw new StatementRefused('no kid in the header');
  try {
    const { payload } = await jwtVerify(jwt, createLocalJWKSet(jwks), {
      algorithms: signingAlgorithms,
      typ: type,
      currentDate: now,
      requiredClaims: ['iss', 'sub', 'iat', 'exp'],
    });
    return payload as T;
  } catch (error) {
    throw new StatementRefused((error as Error).message);
  }
}

/** The claims before any check: only to learn where to look next (issuer, authority hints). */
export function peekStatement<T extends JWTPayload = EntityStatement>(jwt: string): T {
  try {
    return decodeJwt(jwt) as T;
  } catch {
    throw new StatementRefused('not a JWT');
  }
}
