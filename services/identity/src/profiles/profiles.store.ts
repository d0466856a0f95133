import type { EntityManager } from 'typeorm';
import { updateReturning } from '@app/platform/db';
import type { Role } from '@app/roles';
import { withLabels, type NewProfile, type ProfileView } from './profiles.rules.js';

const profileSelect = `SELECT p.id, p.person_id AS "personId", pe.fiscal_code AS "fiscalCode",
    pe.given_name || ' ' || pe.family_name AS "displayName", pe.email, p.roles, p.status,
    json_build_object('id', a.id, 'name', a.name, 'kind', a.kind, 'ocpCode', a.ocp_code,
      'ausaCode', a.ausa_code, 'ipaCode', a.ipa_code) AS agency,
    CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('id', o.id, 'name', o.name) END AS
      office
  FROM profiles p JOIN persons pe ON pe.id = p.person_id JOIN agencies a ON a.id = p.agency_id
    LEFT JOIN offices o ON o.id = p.office_id`;

export async function activeProfilesOf(
  manager: EntityManager,
  personId: string,
): Promise<ProfileView[]> {
  const rows = await manager.query(
    `${profileSelect} WHERE p.person_id = $1 AND p.status = 'attivo' ORDER BY ` +
      `a.name, o.name NULLS FIRST`,
    [personId],
  );
  return rows.map(withLabels);
}

export async function profileById(
  manager: EntityManager,
  id: string,
): Promise<ProfileView | undefined> {
  const [row] = await manager.query(`${profileSelect} WHERE p.id = $1`, [id]);
  return row ? withLabels(row) : undefined;
}

export async function profilesOfAgency(
  manager: EntityManager,
  agencyId: string,
): Promise<ProfileView[]> {
  const rows = await manager.query(
    `${profileSelect} WHERE p.agency_id = $1 ORDER BY pe.family_name, pe.given_name`,
    [agencyId],
  );
  return rows.map(withLabels);
}

/** The new profile's id, or undefined when the person already has one in that office. */
export async function insertProfile(
  manager: EntityManager,
  input: NewProfile,
): Promise<string | undefined> {
  const [created] = await manager.query(
    `INSERT INTO profiles (person_id, agency_id, office_id, roles) VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING RETURNING id`,
    [input.personId, input.agencyId, input.officeId, [...new Set(input.roles)]],
  );
  return created?.id;
}

/** Whether an active profile took the roles. */
export async function setRoles(
  manager: EntityManager,
  profileId: string,
  roles: Role[],
): Promise<boolean> {
  const updated = await updateReturning(
    manager,
    'UPDATE profiles SET roles = $2, updated_at = now() WHERE id = $1 AND ' +
      "status = 'attivo' RETURNING id",
    [profileId, [...new Set(roles)]],
  );
  return updated.length > 0;
}

/** Whether an active profile was disabled by this call. */
export async function disable(manager: EntityManager, profileId: string): Promise<boolean> {
  const updated = await updateReturning(
    manager,
    "UPDATE profiles SET status = 'disabilitato', updated_at = now() WHERE id " +
      "= $1 AND status = 'attivo' RETURNING id",
    [profileId],
  );
  return updated.length > 0;
}

/** The person's profile at an agency's office (or at the agency without office), if any. */
export async function profileAt(
  manager: EntityManager,
  input: NewProfile,
): Promise<{ id: string; roles: Role[] } | undefined> {
  const [existing] = await manager.query(
    'SELECT id, roles FROM profiles WHERE person_id = $1 AND agency_id = $2 ' +
      'AND office_id IS NOT DISTINCT FROM $3',
    [input.personId, input.agencyId, input.officeId],
  );
  return existing;
}

/** The active profiles holding a role, in every agency (the demo world's Punti Ordinanti). */
export async function activeProfilesWithRole(
  manager: EntityManager,
  role: string,
): Promise<ProfileView[]> {
  const rows = await manager.query(
    `${profileSelect} WHERE $1 = ANY(p.roles) AND p.status = 'attivo' ORDER BY a.name, pe.family_name`,
    [role],
  );
  return rows.map(withLabels);
}
