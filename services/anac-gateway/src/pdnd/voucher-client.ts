import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { AppError } from '@app/platform/errors';
import type { PdndCredentials } from './pdnd-credentials.js';

const unavailable = (detail: string, cause?: unknown) => new AppError({ code: 'PDND_UNAVAILABLE', status: 502, title: 'PDND non disponibile', detail, cause });

/**
 * PDND vouchers, one per purpose, kept until shortly before they expire. Each request carries a fresh
 * client assertion (RS256, kid, iss = sub = clientId, aud, purposeId, jti, two-minute expiry, no nbf).
 */
export function voucherClient(options: { tokenUrl: string; assertionAudience: string; credentials: PdndCredentials; timeoutMs: number }) {
  const cache = new Map<string, { token: string; renewAt: number }>();
  const pending = new Map<string, Promise<string>>();

  async function request(purposeId: string): Promise<string> {
    const { credentials } = options;
    const assertion = await new SignJWT({ purposeId })
      .setProtectedHeader({ alg: 'RS256', kid: credentials.kid, typ: 'JWT' })
      .setIssuer(credentials.clientId).setSubject(credentials.clientId).setAudience(options.assertionAudience)
      .setJti(randomUUID()).setIssuedAt().setExpirationTime('2m')
      .sign(credentials.privateKey);
    let answer: Response;
    try {
      answer = await fetch(options.tokenUrl, {
        method: 'POST', signal: AbortSignal.timeout(options.timeoutMs),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ client_id: credentials.clientId, client_assertion: assertion, client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', grant_type: 'client_credentials' }),
      });
    } catch (error) {
      throw unavailable('Il servizio di PDND per i voucher non risponde.', error);
    }
    const body = await answer.json().catch(() => ({})) as { access_token?: string; expires_in?: number; error_description?: string };
    if (!answer.ok || !body.access_token) throw unavailable(`PDND ha rifiutato la richiesta di voucher: ${body.error_description ?? answer.status}.`);
    // Renewed a little early, so no call leaves with a voucher about to expire.
    cache.set(purposeId, { token: body.access_token, renewAt: Date.now() + Math.max(0, (body.expires_in ?? 60) - 30) * 1000 });
    return body.access_token;
  }

  return {
    async voucher(purposeId: string): Promise<string> {
      const cached = cache.get(purposeId);
      if (cached && cached.renewAt > Date.now()) return cached.token;
      if (!pending.has(purposeId)) pending.set(purposeId, request(purposeId).finally(() => pending.delete(purposeId)));
      return pending.get(purposeId)!;
    },
    /** Forgets a voucher the gateway refused (e.g. revoked before its expiry). */
    forget: (purposeId: string) => cache.delete(purposeId),
  };
}
