import type { EntityManager } from 'typeorm';
import { requireTenant, type Caller } from '@app/platform/auth';
import { AppError } from '@app/platform/errors';
import { agencyFor } from '../directory/agency-directory.js';
import type { pcpClient } from '../pcp/pcp-client.js';
import type { RupIdentity } from '../pdnd/tracking-evidence.js';
import { rupIdentityOf } from './rup-identity.js';

/** The PCP client, or a clear 503 when the platform has no PDND key configured. */
export function requirePcp(pcp: ReturnType<typeof pcpClient> | undefined): ReturnType<typeof pcpClient> {
  if (!pcp) throw new AppError({ code: 'PDND_NOT_CONFIGURED', status: 503, title: 'Collegamento con ANAC non configurato', detail: 'Manca la chiave del client PDND (PDND_PRIVATE_KEY_FILE): nessuna richiesta può essere inviata ad ANAC.' });
  return pcp;
}

/** The caller as ANAC must know them (a RUP with a strong login), with their agency's AUSA code. */
export async function rupFor(manager: EntityManager, caller: Caller): Promise<RupIdentity> {
  return rupIdentityOf(caller, (await agencyFor(manager, requireTenant(caller))) ?? { fiscalCode: '', ausaCode: null });
}
