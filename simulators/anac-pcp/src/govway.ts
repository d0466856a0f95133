import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import { npaBaseUrl } from './npa/npa-documents.js';
import { checkAgainst } from './npa/npa-schemas.js';
import { decodeProtectedHeader, jwtVerify, type JWTPayload } from 'jose';
import { govwayRefusal } from './problems.js';
import type { createPdnd } from './pdnd.js';

/**
 * ANAC's description of the tracking JWS body (docs/specifiche-jws/jws.yaml), checked claim by
 * claim.
 */
const jwsBody = `${npaBaseUrl}specifiche-jws/jws.yaml#/components/schemas/body`;

export interface TrackingClaims extends JWTPayload {
  userCodiceFiscale: string;
  userRole: string;
  userLoa: string;
  userIdpType: string;
  SAcodiceAUSA: string;
  businessFlowID: string;
}

/** PDND's audit pattern: the voucher was issued for this very tracking JWS. */
function bindingRefusal(digest: { value: string } | undefined, tracking: string) {
  if (!digest) return 'Il voucher non è legato al JWS di tracciamento (digest assente)';
  if (digest.value !== createHash('sha256').update(tracking).digest('hex'))
    return 'Il digest del voucher non corrisponde al JWS di tracciamento';
  return undefined;
}

/** A tracking JWS too old, or seen before, is refused; the ones seen are kept until they expire. */
function freshnessRefusal(
  payload: JWTPayload,
  now: number,
  maxAgeSeconds: number,
  seen: Map<string, number>,
) {
  const age = now - (payload.iat ?? 0);
  if (age > maxAgeSeconds)
    return `GOVWAY-661 Token creato da troppo tempo (iat di ${Math.round(age)} s fa)`;
  const jti = String(payload.jti);
  if (seen.has(jti)) return `jti ${jti} già utilizzato`;
  seen.set(jti, payload.exp ?? now + maxAgeSeconds);
  for (const [id, exp] of seen) if (exp < now - 60) seen.delete(id);
  return undefined;
}

/**
 * GovWay in front of the PCP: a valid PDND voucher for the e-service's purpose, and an
 * Agid-JWT-TrackingEvidence signed by the same client, addressed to the e-service, at most 10 s
 * old, with a jti never seen before. Anything else: 400 InteroperabilityInvalidRequest, as ANAC
 * answers.
 */
export function govway(options: {
  baseUrl: string;
  purposes: Record<string, string>;
  pdnd: ReturnType<typeof createPdnd>;
  maxAgeSeconds: number;
  now?: () => number;
}): RequestHandler {
  const seen = new Map<string, number>();
  return async (req, res, next) => {
    const match = req.path.match(/^\/modi\/rest\/([A-Za-z]+)\/(v\d+)\//);
    if (!match) return next();
    const [, eservice, version] = match;
    const purpose = options.purposes[eservice ?? ''];
    if (!purpose) return govwayRefusal(res, `e-service ${eservice} sconosciuto`, 404);
    const voucher = req.get('authorization')?.match(/^Bearer (.+)$/)?.[1];
    if (!voucher) return govwayRefusal(res, 'Voucher PDND assente (Authorization: Bearer)', 403);
    let voucherClaims;
    try {
      voucherClaims = await options.pdnd.verifyVoucher(voucher);
    } catch (error) {
      return govwayRefusal(res, `Voucher PDND non valido: ${(error as Error).message}`, 403);
    }
    if (voucherClaims.purposeId !== purpose)
      return govwayRefusal(
        res,
        `Il voucher è per la finalità ${voucherClaims.purposeId}, non per ${eservice}`,
        403,
      );
    const tracking = req.get('agid-jwt-trackingevidence');
    if (!tracking) return govwayRefusal(res, 'Header Agid-JWT-TrackingEvidence assente');
    const found = await options.pdnd.clientKey(voucherClaims.client_id);
    if (!found) return govwayRefusal(res, 'Client del voucher sconosciuto', 403);
    try {
      const header = decodeProtectedHeader(tracking);
      if (header.kid !== found.client.kid || header.alg !== 'RS256')
        return govwayRefusal(
          res,
          'Il JWS di tracciamento non è firmato con la chiave del client del voucher',
        );
      const audience = `${options.baseUrl}/modi/rest/${eservice}/${version}`;
      const { payload } = await jwtVerify(tracking, found.key, { audience, algorithms: ['RS256'] });
      const claims = checkAgainst(jwsBody, payload);
      if (!claims.valid)
        return govwayRefusal(
          res,
          `JWS di tracciamento non conforme a jws.yaml: ${claims.errors.join('; ')}`,
        );
      const unbound = bindingRefusal(voucherClaims.digest, tracking);
      if (unbound) return govwayRefusal(res, unbound, 403);
      const now = (options.now?.() ?? Date.now()) / 1000;
      const stale = freshnessRefusal(payload, now, options.maxAgeSeconds, seen);
      if (stale) return govwayRefusal(res, stale);
      res.locals.tracking = payload as TrackingClaims;
      res.locals.clientId = voucherClaims.client_id;
      next();
    } catch (error) {
      govwayRefusal(res, `JWS di tracciamento non valido: ${(error as Error).message}`);
    }
  };
}
