import { createRemoteJWKSet, jwtVerify, errors as joseErrors, type JWTVerifyGetKey } from 'jose';
import { AppError, unauthorized } from '../errors/index.js';
import { accessTokenClaims, callerFromClaims, type Caller } from './claims.js';

export interface VerifierOptions {
  jwksUrl: string;
  issuer: string;
  audience: string;
  /** Allow-list: one family only, so a token can never choose a weaker or symmetric algorithm. */
  algorithms?: string[];
  clockToleranceSeconds?: number;
}

/** Verifies access tokens against the identity service's JWKS (cached, refetched on unknown kid). */
export function createTokenVerifier(options: VerifierOptions): (token: string) => Promise<Caller> {
  const keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(options.jwksUrl), { cooldownDuration: 30_000 });
  return async (token) => {
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
      return callerFromClaims(claims.data);
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw unauthorized(explain(error));
    }
  };
}

function explain(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'Il token di accesso è scaduto.';
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'Il token è firmato con una chiave sconosciuta.';
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `Il token non è valido (${error.claim}).`;
  return 'Il token di accesso non è valido.';
}
