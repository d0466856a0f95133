import type { EntityManager } from 'typeorm';

export interface Person { personId: string; fiscalCode: string; givenName: string; familyName: string; email: string | null }
export interface Member { profileId: string; personId: string; agencyId: string; roles: string[]; active: boolean }

export async function savePerson(manager: EntityManager, person: Person): Promise<void> {
  await manager.query(
    `INSERT INTO people (person_id, fiscal_code, given_name, family_name, email) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (person_id) DO UPDATE SET fiscal_code = EXCLUDED.fiscal_code, given_name = EXCLUDED.given_name,
       family_name = EXCLUDED.family_name, email = EXCLUDED.email`,
    [person.personId, person.fiscalCode, person.givenName, person.familyName, person.email]);
}

export async function saveMember(manager: EntityManager, member: Member): Promise<void> {
  await manager.query(
    `INSERT INTO recipients (profile_id, person_id, agency_id, roles, active) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (profile_id) DO UPDATE SET person_id = EXCLUDED.person_id, agency_id = EXCLUDED.agency_id,
       roles = EXCLUDED.roles, active = EXCLUDED.active`,
    [member.profileId, member.personId, member.agencyId, member.roles, member.active]);
}

/** The active profiles of an agency holding any of the roles (all of them when no role is named). */
export async function profilesWith(manager: EntityManager, agencyId: string, roles: string[] | undefined): Promise<string[]> {
  const rows: { profileId: string }[] = await manager.query(
    `SELECT profile_id AS "profileId" FROM recipients
     WHERE agency_id = $1 AND active AND ($2::text[] IS NULL OR roles && $2::text[])`, [agencyId, roles ?? null]);
  return rows.map((row) => row.profileId);
}

/** A profile, if still active: who sent an adhesion is told only while they can act. */
export async function activeProfile(manager: EntityManager, profileId: string): Promise<{ profileId: string; agencyId: string } | undefined> {
  const [row] = await manager.query(
    'SELECT profile_id AS "profileId", agency_id AS "agencyId" FROM recipients WHERE profile_id = $1 AND active', [profileId]);
  return row;
}
