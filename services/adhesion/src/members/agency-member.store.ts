import type { EntityManager } from 'typeorm';

export interface Member {
  profileId: string;
  agencyId: string;
  fiscalCode: string;
  active: boolean;
}

export async function saveMember(manager: EntityManager, member: Member): Promise<void> {
  await manager.query(
    `INSERT INTO agency_members (profile_id, agency_id, fiscal_code, active) VALUES ($1, $2, $3, $4)
     ON CONFLICT (profile_id) DO UPDATE SET active = EXCLUDED.active`,
    [member.profileId, member.agencyId, member.fiscalCode, member.active],
  );
}

export async function isActiveMember(
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
