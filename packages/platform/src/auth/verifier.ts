import { LRUCache } from 'lru-cache';
import { createRemoteJWKSet, jwtVerify, errors as joseErrors, type JWTVerifyGetKey } from 'jose';
import { AppError, unauthorized, defined } from '../errors/index.js';
import { accessTokenClaims, callerFromClaims, type Caller } from './claims.js';
import { createSessionRevocations } from './session-revocations.js';

export interface VerifierOptions {
  jwksUrl: string;
  issuer: string;
  audience: string;
  /** Allow-list: one family only, so a token can never choose a weaker or symmetric algorithm. */
  algorithms?: string[];
  clockToleranceSeconds?: number;
  /** The identity service's list of ended sessions; their tokens are refused before they expire. */
  revokedSessionsUrl?: string;
  /** How many verified tokens to remember (0: verify the signature every time). */
  rememberedTokens?: number;
}

/**
 * Verifies access tokens against the identity service's JWKS (cached, refetched on unknown kid).
 */
export function createTokenVerifier(options: VerifierOptions): (token: string) => Promise<Caller> {
  const keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(options.jwksUrl), {
    cooldownDuration: 30_000,
  });
  const isRevoked = options.revokedSessionsUrl
    ? createSessionRevocations(options.revokedSessionsUrl)
    : async () => false;
  // A signature check costs more than the rest of a cached search: a token verified once is
  // remembered until it expires. Revocation is still asked on every request.
  const remembered =
    (options.rememberedTokens ?? 10_000) > 0
      ? new LRUCache<string, Caller>({ max: options.rememberedTokens ?? 10_000 })
      : undefined;
  const refuseRevoked = async (caller: Caller) => {
    if (caller.sessionId && (await isRevoked(caller.sessionId)))
      throw unauthorized('La sessione è terminata: accedi di nuovo.');
    return caller;
  };
  return async (token) => {
    const known = remembered?.get(token);
    if (known) return refuseRevoked(known);
    try {
      const { payload } = await jwtVerify(token, keys, {
        algorithms: options.algorithms ?? ['ES256'],
        issuer: options.issuer,
        audience: options.audience,
        typ: 'at+jwt',
        clockTolerance: options.clockToleranceSeconds ?? 5,
        requiredClaims: ['exp', 'iat', 'sub'],
      });
      const claims = accessTokenClaims.safeParse(payload);
      if (!claims.success) throw unauthorized('Il token non contiene i dati attesi.');
      const caller = callerFromClaims(claims.data);
      const untilExpiry = defined(payload.exp) * 1000 - Date.now();
      if (untilExpiry > 0) remembered?.set(token, caller, { ttl: untilExpiry });
      return await refuseRevoked(caller);
    } catch (error) {
      if (error instanceof AppError) throw error;
      // The keys could not be fetched: the token may be good, so the caller should try again, not
      // log in again.
      if (keysUnavailable(error))
        throw new AppError({
          code: 'SERVICE_UNAVAILABLE',
          status: 503,
          title: 'Verifica non disponibile',
          detail:
            'Non è possibile verificare il token in questo momento: riprova tra qualche istante.',
        });
      throw unauthorized(explain(error));
    }
  };
}

/** The identity service's keys did not arrive (no answer, a cut connection, half a document). */
function keysUnavailable(error: unknown): boolean {
  return (
    error instanceof joseErrors.JWKSTimeout ||
    error instanceof joseErrors.JWKSInvalid ||
    (error instanceof Error &&
      /ECONNREFUSED|ECONNRESET|socket hang up|fetch failed/.test(
        `${error.message} ${String((error as { cause?: unknown }).cause)}`,
      ))
  );
}

function explain(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'Il token di accesso è scaduto.';
  if (error instanceof joseErrors.JWKSNoMatchingKey)
    return 'Il token è firmato con una chiave sconosciuta.';
  if (error instanceof joseErrors.JWTClaimValidationFailed)
    return `Il token non è valido (${error.claim}).`;
  return 'Il token di accesso non è valido.';
}

/** The verifier a service or the gateway builds from its configuration. */
export function tokenVerifierFor(config: {
  JWKS_URL: string;
  JWT_ISSUER: string;
  JWT_AUDIENCE: string;
  REVOKED_SESSIONS_URL: string;
}): (token: string) => Promise<Caller> {
  return createTokenVerifier({
    jwksUrl: config.JWKS_URL,
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    revokedSessionsUrl: config.REVOKED_SESSIONS_URL,
  });
}
