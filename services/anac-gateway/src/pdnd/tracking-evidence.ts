import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { PdndCredentials } from './pdnd-credentials.js';

/**
 * The person acting for the contracting authority, as ANAC must know them: a RUP with a strong
 * login.
 */
export interface RupIdentity {
  fiscalCode: string;
  /** CUSTOM: the platform's own system user (code lists), as ANAC's jws.yaml allows. */
  idpType: 'SPID' | 'CIE' | 'CNS' | 'CUSTOM';
  loa: '3' | '4';
  ausaCode: string;
  agencyFiscalCode: string;
}

/**
 * The Agid-JWT-TrackingEvidence of one call (ANAC's jws.yaml), signed with the PDND client key.
 * Made just before the call: ANAC refuses tokens older than 10 seconds and any jti it has seen.
 */
export function trackingEvidence(
  credentials: PdndCredentials,
  claims: {
    audience: string;
    rup: RupIdentity;
    platform: { codicePiattaforma: string; codiceComponente: string };
    businessFlowID: string;
    traceID: string;
    purposeId: string;
  },
): Promise<string> {
  return new SignJWT({
    userCodiceFiscale: claims.rup.fiscalCode,
    userRole: 'RP',
    userLoa: claims.rup.loa,
    userIdpType: claims.rup.idpType,
    SACodiceFiscale: claims.rup.agencyFiscalCode,
    SAcodiceAUSA: claims.rup.ausaCode,
    regCodicePiattaforma: claims.platform.codicePiattaforma,
    regCodiceComponente: claims.platform.codiceComponente,
    businessFlowID: claims.businessFlowID,
    traceID: claims.traceID,
    spanID: randomUUID(),
    purposeId: claims.purposeId,
  })
    .setProtectedHeader({ alg: 'RS256', kid: credentials.kid, typ: 'JWT' })
    .setAudience(claims.audience)
    .setJti(randomUUID())
    .setIssuedAt()
    .setNotBefore('0s')
    .setExpirationTime('1m')
    .sign(credentials.privateKey);
}

/** The businessFlowID of the first crea-appalto, before ANAC has named the appalto. */
export const noAppaltoYet = '00000000-0000-0000-0000-000000000000';
