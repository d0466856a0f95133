import type { EntityManager } from 'typeorm';
import { identityEvents } from '@app/contracts';
import type { EventHandler } from '@app/platform/messaging';

export interface Member { profileId: string; agencyId: string; fiscalCode: string; active: boolean }

export async function rememberMember(manager: EntityManager, member: Member): Promise<void> {
  await manager.query(
    `INSERT INTO agency_members (profile_id, agency_id, fiscal_code, active) VALUES ($1, $2, $3, $4)
     ON CONFLICT (profile_id) DO UPDATE SET active = EXCLUDED.active`,
    [member.profileId, member.agencyId, member.fiscalCode, member.active]);
}

/** The people of each agency (by codice fiscale), as identity's profile events tell. */
export const profileChanged: EventHandler = async (event, manager) => {
  const data = identityEvents.profileCreated.data.parse(event.data);
  await rememberMember(manager, { ...data, active: event.type !== identityEvents.profileDisabled.type });
};

export type SignerRelation = 'caricatore' | 'ente' | 'esterno';

export const signerRelationLabels: Record<SignerRelation, string> = {
  caricatore: 'Firmato da chi ha caricato il documento',
  ente: "Firmato da un'altra persona dell'ente aderente",
  esterno: "Firmato da una persona che non opera per l'ente aderente",
};

/** Whose signature a document carries, seen from the adhering agency. */
export async function signerRelation(manager: EntityManager, agencyId: string, uploaderFiscalCode: string | undefined, signerFiscalCode: string | null): Promise<SignerRelation | null> {
  if (!signerFiscalCode) return null;
  if (signerFiscalCode === uploaderFiscalCode) return 'caricatore';
  const [member] = await manager.query('SELECT 1 FROM agency_members WHERE agency_id = $1 AND fiscal_code = $2 AND active', [agencyId, signerFiscalCode]);
  return member ? 'ente' : 'esterno';
}
