import type { EntityManager } from 'typeorm';
import { updateReturning } from '@app/platform/db';
import type { LoginFacts, LoginSession } from './session.rules.js';

const columns = `id, person_id AS "personId", method, acr, amr, auth_time AS "authTime", idp,
  saml_name_id AS "samlNameId",
  saml_name_qualifier AS "samlNameQualifier", saml_session_index AS "samlSessionIndex",
    selected_profile_id AS "selectedProfileId"`;
const live = 'ended_at IS NULL AND expires_at > now()';

export async function insertSession(
  manager: EntityManager,
  facts: LoginFacts,
  secretHash: string,
  lifetimeSeconds: number,
): Promise<LoginSession> {
  const [session] = await manager.query(
    `INSERT INTO login_sessions (person_id, method, acr, amr, auth_time, idp, saml_name_id,
      saml_name_qualifier,
       saml_session_index, refresh_hash, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now() + make_interval(secs => $11))
       RETURNING ${columns}`,
    [
      facts.personId,
      facts.method,
      facts.acr,
      facts.amr,
      facts.authTime,
      facts.idp ?? null,
      facts.saml?.nameId ?? null,
      facts.saml?.nameQualifier ?? null,
      facts.saml?.sessionIndex ?? null,
      secretHash,
      lifetimeSeconds,
    ],
  );
  return session;
}

export async function liveById(
  manager: EntityManager,
  id: string,
): Promise<LoginSession | undefined> {
  const [session] = await manager.query(
    `SELECT ${columns} FROM login_sessions WHERE id = $1 AND ${live}`,
    [id],
  );
  return session;
}

export async function liveBySecretHash(
  manager: EntityManager,
  secretHash: string,
): Promise<LoginSession | undefined> {
  const [session] = await manager.query(
    `SELECT ${columns} FROM login_sessions WHERE refresh_hash = $1 AND ${live}`,
    [secretHash],
  );
  return session;
}

export function liveOfProfile(manager: EntityManager, profileId: string): Promise<LoginSession[]> {
  return manager.query(
    `SELECT ${columns} FROM login_sessions WHERE selected_profile_id = $1 AND ${live}`,
    [profileId],
  );
}

export function liveOfPerson(manager: EntityManager, personId: string): Promise<LoginSession[]> {
  return manager.query(`SELECT ${columns} FROM login_sessions WHERE person_id = $1 AND ${live}`, [
    personId,
  ]);
}

export async function setSelectedProfile(
  manager: EntityManager,
  sessionId: string,
  profileId: string,
): Promise<void> {
  await manager.query('UPDATE login_sessions SET selected_profile_id = $2 WHERE id = $1', [
    sessionId,
    profileId,
  ]);
}

/** Ends the session unless it already was; answers whether this call ended it. */
export async function markEnded(
  manager: EntityManager,
  id: string,
  reason: string,
): Promise<boolean> {
  const ended = await updateReturning(
    manager,
    'UPDATE login_sessions SET ended_at = now(), end_reason = $2 WHERE id = ' +
      '$1 AND ended_at IS NULL RETURNING id',
    [id, reason],
  );
  return ended.length > 0;
}

/**
 * Sessions ended, and partner clients disabled (their tokens name the client as session), within
 * `seconds`.
 */
export async function endedWithin(manager: EntityManager, seconds: number): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM login_sessions WHERE ended_at > now() - make_interval(secs => $1)
     UNION ALL SELECT id FROM api_clients WHERE disabled_at > now() - make_interval(secs => $1)`,
    [seconds],
  );
  return rows.map((row) => row.id);
}

/**
 * The open SPID sessions an IdP's single logout names (one SessionIndex, or every one of the
 * NameID).
 */
export function liveOfSpidSubject(
  manager: EntityManager,
  subject: { idp: string; nameId: string; sessionIndex?: string },
): Promise<LoginSession[]> {
  return manager.query(
    `SELECT ${columns} FROM login_sessions WHERE method = 'spid' AND idp = $1 AND saml_name_id = $2
       AND ($3::text IS NULL OR saml_session_index = $3) AND ${live}`,
    [subject.idp, subject.nameId, subject.sessionIndex ?? null],
  );
}
