import type { EntityManager } from 'typeorm';

/**
 * Who may sign for an agency: its people by codice fiscale, as identity's profile events tell each
 * service that checks signed documents (its `agency_members` table). A signature counts for the
 * agency only when its signer is an active one of them.
 */
export interface AgencySigner {
  profileId: string;
  agencyId: string;
  fiscalCode: string;
  active: boolean;
}

/** Keeps a profile's person as a signer of its agency (or no longer, once the profile is disabled). */
export async function rememberSigner(manager: EntityManager, signer: AgencySigner): Promise<void> {
  await manager.query(
    `INSERT INTO agency_members (profile_id, agency_id, fiscal_code, active) VALUES ($1, $2, $3, $4)
     ON CONFLICT (profile_id) DO UPDATE SET active = EXCLUDED.active`,
    [signer.profileId, signer.agencyId, signer.fiscalCode, signer.active],
  );
}

/** Whether the person with this codice fiscale signs for the agency now. */
export async function signsFor(
  manager: EntityManager,
  agencyId: string,
  fiscalCode: string,
): Promise<boolean> {
  const rows = await manager.query(
    'SELECT 1 FROM agency_members WHERE agency_id = $1 AND fiscal_code = $2 AND active',
    [agencyId, fiscalCode],
  );
  return rows.length > 0;
}
