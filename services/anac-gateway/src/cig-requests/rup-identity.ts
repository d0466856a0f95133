import type { Caller } from '@app/platform/auth';
import { forbidden } from '@app/platform/errors';
import type { RupIdentity } from '../pdnd/tracking-evidence.js';

const levels: Record<string, '3' | '4'> = { 'https://www.spid.gov.it/SpidL2': '3', 'https://www.spid.gov.it/SpidL3': '4' };

/**
 * Who ANAC is told acts: a RUP logged in with SPID (level 2 or 3), CIE or CNS, by codice fiscale.
 * Anyone else is refused here, before anything reaches ANAC.
 */
export function rupIdentityOf(caller: Caller, agency: { fiscalCode: string; ausaCode: string | null }): RupIdentity {
  if (!caller.roles.includes('rup')) throw forbidden('Solo il RUP può inviare richieste ad ANAC.', 'RUP_REQUIRED');
  const method = caller.authMethod;
  if (method !== 'spid' && method !== 'cie' && method !== 'cns') {
    throw forbidden("Per operare su ANAC il RUP deve accedere con SPID, CIE o CNS: l'accesso con username e password non basta.", 'STRONG_AUTH_REQUIRED');
  }
  const loa = method === 'spid' ? levels[caller.acr ?? ''] : method === 'cie' ? (caller.acr === 'https://www.spid.gov.it/SpidL3' ? '4' : '3') : '4';
  if (!loa) throw forbidden('Per operare su ANAC serve SPID di livello 2 o 3.', 'STRONG_AUTH_REQUIRED');
  if (!caller.fiscalNumber) throw forbidden('Il profilo non porta il codice fiscale del RUP.', 'FISCAL_CODE_REQUIRED');
  if (!agency.ausaCode) throw forbidden("L'ente non ha un codice AUSA registrato: ANAC non accetta richieste senza.", 'AUSA_REQUIRED');
  return { fiscalCode: caller.fiscalNumber.replace(/^TINIT-/, ''), idpType: method.toUpperCase() as RupIdentity['idpType'], loa, ausaCode: agency.ausaCode, agencyFiscalCode: agency.fiscalCode };
}
