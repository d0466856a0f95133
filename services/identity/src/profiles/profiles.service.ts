import type { EntityManager } from 'typeorm';
import { identityEvents } from '@app/events';
import type { EventContract } from '@app/platform/events';
import { roleLabels, type Role } from '@app/roles';
import { AppError, conflict, notFound } from '@app/platform/errors';
import { updateReturning } from '@app/platform/db';
import { appendEvent } from '@app/platform/outbox';

/** A profile as clients see it: where the person acts, with which roles. */
export interface ProfileView {
  id: string;
  personId: string;
  fiscalCode: string;
  displayName: string;
  email: string | null;
  agency: { id: string; name: string; kind: string; ocpCode: string | null; ausaCode: string | null; ipaCode: string | null };
  office: { id: string; name: string } | null;
  roles: Role[];
  roleLabels: string[];
  status: 'attivo' | 'disabilitato';
}

const profileSelect = `SELECT p.id, p.person_id AS "personId", pe.fiscal_code AS "fiscalCode",
    pe.given_name || ' ' || pe.family_name AS "displayName", pe.email, p.roles, p.status,
    json_build_object('id', a.id, 'name', a.name, 'kind', a.kind, 'ocpCode', a.ocp_code, 'ausaCode', a.ausa_code, 'ipaCode', a.ipa_code) AS agency,
    CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('id', o.id, 'name', o.name) END AS office
  FROM profiles p JOIN persons pe ON pe.id = p.person_id JOIN agencies a ON a.id = p.agency_id LEFT JOIN offices o ON o.id = p.office_id`;

function withLabels(row: Omit<ProfileView, 'roleLabels'>): ProfileView {
  return { ...row, roleLabels: row.roles.map((role) => roleLabels[role] ?? role) };
}

export async function activeProfilesOf(manager: EntityManager, personId: string): Promise<ProfileView[]> {
  const rows = await manager.query(`${profileSelect} WHERE p.person_id = $1 AND p.status = 'attivo' ORDER BY a.name, o.name NULLS FIRST`, [personId]);
  return rows.map(withLabels);
}

export async function profileById(manager: EntityManager, id: string): Promise<ProfileView | undefined> {
  const [row] = await manager.query(`${profileSelect} WHERE p.id = $1`, [id]);
  return row ? withLabels(row) : undefined;
}

export async function profilesOfAgency(manager: EntityManager, agencyId: string): Promise<ProfileView[]> {
  const rows = await manager.query(`${profileSelect} WHERE p.agency_id = $1 ORDER BY pe.family_name, pe.given_name`, [agencyId]);
  return rows.map(withLabels);
}

export interface NewProfile {
  personId: string;
  agencyId: string;
  officeId: string | null;
  roles: Role[];
}

/** Gives a person a profile in an agency's office; one per person and office. */
export async function createProfile(manager: EntityManager, input: NewProfile): Promise<ProfileView> {
  if (input.officeId) {
    const [office] = await manager.query('SELECT 1 FROM offices WHERE id = $1 AND agency_id = $2', [input.officeId, input.agencyId]);
    if (!office) throw new AppError({ code: 'OFFICE_NOT_IN_AGENCY', status: 400, title: 'Dati non validi', detail: "L'ufficio indicato non appartiene all'ente." });
  }
  const [created] = await manager.query(
    `INSERT INTO profiles (person_id, agency_id, office_id, roles) VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING RETURNING id`,
    [input.personId, input.agencyId, input.officeId, [...new Set(input.roles)]]);
  if (!created) throw conflict("La persona ha già un profilo in questo ufficio dell'ente: modifica i suoi ruoli.", 'PROFILE_EXISTS');
  return announce(manager, created.id, identityEvents.profileCreated);
}

export async function changeRoles(manager: EntityManager, profileId: string, roles: Role[]): Promise<ProfileView> {
  const [updated] = await updateReturning(manager,
    "UPDATE profiles SET roles = $2, updated_at = now() WHERE id = $1 AND status = 'attivo' RETURNING id", [profileId, [...new Set(roles)]]);
  if (!updated) throw notFound('Profilo attivo');
  return announce(manager, profileId, identityEvents.profileUpdated);
}

/** Disables a profile; the sessions acting with it end, so its tokens stop working. */
export async function disableProfile(manager: EntityManager, profileId: string): Promise<ProfileView> {
  const [updated] = await updateReturning(manager,
    "UPDATE profiles SET status = 'disabilitato', updated_at = now() WHERE id = $1 AND status = 'attivo' RETURNING id", [profileId]);
  if (!updated) throw notFound('Profilo attivo');
  return announce(manager, profileId, identityEvents.profileDisabled);
}

async function announce(manager: EntityManager, profileId: string, event: EventContract): Promise<ProfileView> {
  const profile = (await profileById(manager, profileId))!;
  await appendEvent(manager, {
    type: event.type, source: 'identity', subject: profile.id, tenant: profile.agency.id,
    data: { profileId: profile.id, personId: profile.personId, fiscalCode: profile.fiscalCode, agencyId: profile.agency.id, officeId: profile.office?.id ?? null, roles: profile.roles },
  });
  return profile;
}

/** Grants roles at a place: a new profile, or the roles added to the one the person already has there. */
export async function grantRoles(manager: EntityManager, input: NewProfile): Promise<ProfileView> {
  const [existing] = await manager.query(
    'SELECT id, roles FROM profiles WHERE person_id = $1 AND agency_id = $2 AND office_id IS NOT DISTINCT FROM $3', [input.personId, input.agencyId, input.officeId]);
  if (!existing) return createProfile(manager, input);
  return changeRoles(manager, existing.id, [...new Set([...existing.roles, ...input.roles])] as Role[]);
}
