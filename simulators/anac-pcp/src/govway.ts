import type { RequestHandler } from 'express';
import { decodeProtectedHeader, jwtVerify, type JWTPayload } from 'jose';
import { govwayRefusal } from './problems.js';
import type { createPdnd } from './pdnd.js';

/** The claims of ANAC's tracking JWS (docs/specifiche-jws/jws.yaml) that must be there. */
const requiredClaims = ['iat', 'nbf', 'exp', 'jti', 'aud', 'userCodiceFiscale', 'userRole', 'userLoa', 'userIdpType', 'SAcodiceAUSA', 'regCodicePiattaforma', 'regCodiceComponente', 'businessFlowID', 'traceID', 'spanID'];

export interface TrackingClaims extends JWTPayload { userCodiceFiscale: string; userRole: string; userLoa: string; userIdpType: string; SAcodiceAUSA: string; businessFlowID: string }

/**
 * GovWay in front of the PCP: a valid PDND voucher for the e-service's purpose, and an
 * Agid-JWT-TrackingEvidence signed by the same client, addressed to the e-service, at most 10 s old,
 * with a jti never seen before. Anything else: 400 InteroperabilityInvalidRequest, as ANAC answers.
 */
export function govway(options: { baseUrl: string; purposes: Record<string, string>; pdnd: ReturnType<typeof createPdnd>; maxAgeSeconds: number; now?: () => number }): RequestHandler {
  const seen = new Map<string, number>();
  return async (req, res, next) => {
    const match = req.path.match(/^\/modi\/rest\/([A-Za-z]+)\/(v\d+)\//);
    if (!match) return next();
    const [, eservice, version] = match;
    const purpose = options.purposes[eservice!];
    if (!purpose) return govwayRefusal(res, `e-service ${eservice} sconosciuto`, 404);
    const voucher = req.get('authorization')?.match(/^Bearer (.+)$/)?.[1];
    if (!voucher) return govwayRefusal(res, 'Voucher PDND assente (Authorization: Bearer)', 403);
    let voucherClaims;
    try {
      voucherClaims = await options.pdnd.verifyVoucher(voucher);
    } catch (error) {
      return govwayRefusal(res, `Voucher PDND non valido: ${(error as Error).message}`, 403);
    }
    if (voucherClaims.purposeId !== purpose) return govwayRefusal(res, `Il voucher è per la finalità ${voucherClaims.purposeId}, non per ${eservice}`, 403);
    const tracking = req.get('agid-jwt-trackingevidence');
    if (!tracking) return govwayRefusal(res, 'Header Agid-JWT-TrackingEvidence assente');
    const found = await options.pdnd.clientKey(voucherClaims.client_id);
    if (!found) return govwayRefusal(res, 'Client del voucher sconosciuto', 403);
    try {
      const header = decodeProtectedHeader(tracking);
      if (header.kid !== found.client.kid || header.alg !== 'RS256') return govwayRefusal(res, 'Il JWS di tracciamento non è firmato con la chiave del client del voucher');
      const audience = `${options.baseUrl}/modi/rest/${eservice}/${version}`;
      const { payload } = await jwtVerify(tracking, found.key, { audience, algorithms: ['RS256'] });
      const missing = requiredClaims.filter((claim) => payload[claim] === undefined || payload[claim] === null || payload[claim] === '');
      if (missing.length) return govwayRefusal(res, `Claim mancanti nel JWS di tracciamento: ${missing.join(', ')}`);
      const now = (options.now?.() ?? Date.now()) / 1000;
      if (now - payload.iat! > options.maxAgeSeconds) return govwayRefusal(res, `GOVWAY-661 Token creato da troppo tempo (iat di ${Math.round(now - payload.iat!)} s fa)`);
      if (seen.has(payload.jti!)) return govwayRefusal(res, `jti ${payload.jti} già utilizzato`);
      if (!['RP', 'DRP', 'DRP1', 'DRP2', 'DRP3'].includes(String(payload.userRole)) || !['3', '4'].includes(String(payload.userLoa)) || !['SPID', 'CIE', 'CNS', 'EIDAS', 'CUSTOM'].includes(String(payload.userIdpType))) {
        return govwayRefusal(res, 'userRole, userLoa o userIdpType non ammessi');
      }
      seen.set(payload.jti!, payload.exp!);
      for (const [jti, exp] of seen) if (exp < now - 60) seen.delete(jti);
      res.locals.tracking = payload as TrackingClaims;
      res.locals.clientId = voucherClaims.client_id;
      next();
    } catch (error) {
      govwayRefusal(res, `JWS di tracciamento non valido: ${(error as Error).message}`);
    }
  };
}
