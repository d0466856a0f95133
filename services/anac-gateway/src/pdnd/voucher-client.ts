import { createHash, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { AppError } from '@app/platform/errors';
import type { PdndCredentials } from './pdnd-credentials.js';

const unavailable = (detail: string, cause?: unknown) =>
  new AppError({
    code: 'PDND_UNAVAILABLE',
    status: 502,
    title: 'PDND non disponibile',
    detail,
    cause,
  });

/**
 * PDND vouchers for calls with tracking data: each request carries a fresh client assertion (RS256,
 * kid, iss = sub = clientId, aud, purposeId, jti, two-minute expiry, no nbf) and the `digest` of
 * the call's tracking JWS (PDND's audit pattern), so a voucher serves that one call only.
 */
export function voucherClient(options: {
  tokenUrl: string;
  assertionAudience: string;
  credentials: PdndCredentials;
  timeoutMs: number;
}) {
  return {
    async forAudit(purposeId: string, audit: string): Promise<string> {
      const { credentials } = options;
      const digest = { alg: 'SHA256', value: createHash('sha256').update(audit).digest('hex') };
      const assertion = await new SignJWT({ purposeId, digest })
        .setProtectedHeader({ alg: 'RS256', kid: credentials.kid, typ: 'JWT' })
        .setIssuer(credentials.clientId)
        .setSubject(credentials.clientId)
        .setAudience(options.assertionAudience)
        .setJti(randomUUID())
        .setIssuedAt()
        .setExpirationTime('2m')
        .sign(credentials.privateKey);
      let answer: Response;
      try {
        answer = await fetch(options.tokenUrl, {
          method: 'POST',
          signal: AbortSignal.timeout(options.timeoutMs),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            client_id: credentials.clientId,
            client_assertion: assertion,
            client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
            grant_type: 'client_credentials',
          }),
        });
      } catch (error) {
        throw unavailable('Il servizio di PDND per i voucher non risponde.', error);
      }
      const body = (await answer.json().catch(() => ({}))) as {
        access_token?: string;
        error_description?: string;
      };
      if (!answer.ok || !body.access_token)
        throw unavailable(
          `PDND ha rifiutato la richiesta di voucher: ${body.error_description ?? answer.status}.`,
        );
      return body.access_token;
    },
  };
}
