import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { identityEvents } from '@app/events';
import { authMethods, type Caller } from '@app/platform/auth';
import { unauthorized } from '@app/platform/errors';
import { updateReturning } from '@app/platform/db';
import { appendEvent } from '@app/platform/outbox';
import { accessTokenTtlSeconds } from '../keys/keys.service.js';

/** A login session lasts a working day at most; access tokens are renewed within it. */
export const sessionLifetimeSeconds = 8 * 3600;

export type AuthMethod = (typeof authMethods)[number];

/** How the person proved who they are; copied unchanged into every token of the session. */
export interface LoginFacts {
  personId: string;
  method: AuthMethod;
  acr: string;
  amr: string[];
  authTime: Date;
  idp?: string;
  saml?: { nameId: string; nameQualifier?: string; sessionIndex?: string };
}

export interface LoginSession {
  id: string;
  personId: string;
  method: AuthMethod;
  acr: string;
  amr: string[];
  authTime: Date;
  idp: string | null;
  samlNameId: string | null;
  samlNameQualifier: string | null;
  samlSessionIndex: string | null;
  selectedProfileId: string | null;
}

const sessionColumns = `id, person_id AS "personId", method, acr, amr, auth_time AS "authTime", idp, saml_name_id AS "samlNameId",
  saml_name_qualifier AS "samlNameQualifier", saml_session_index AS "samlSessionIndex", selected_profile_id AS "selectedProfileId"`;

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** Opens a session; the returned secret is the browser's session cookie, stored only as a hash. */
export async function openSession(manager: EntityManager, facts: LoginFacts): Promise<{ session: LoginSession; secret: string }> {
  const secret = randomBytes(32).toString('base64url');
  const [session] = await manager.query(
    `INSERT INTO login_sessions (person_id, method, acr, amr, auth_time, idp, saml_name_id, saml_name_qualifier, saml_session_index, refresh_hash, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now() + make_interval(secs => $11)) RETURNING ${sessionColumns}`,
    [facts.personId, facts.method, facts.acr, facts.amr, facts.authTime, facts.idp ?? null, facts.saml?.nameId ?? null,
      facts.saml?.nameQualifier ?? null, facts.saml?.sessionIndex ?? null, hashOf(secret), sessionLifetimeSeconds]);
  return { session, secret };
}

const live = 'ended_at IS NULL AND expires_at > now()';

/** The session a token names, if it is still open; else 401. */
export async function liveSession(manager: EntityManager, sessionId: string | undefined): Promise<LoginSession> {
  const [session] = sessionId ? await manager.query(`SELECT ${sessionColumns} FROM login_sessions WHERE id = $1 AND ${live}`, [sessionId]) : [];
  if (!session) throw unauthorized('La sessione è terminata o scaduta: accedi di nuovo.');
  return session;
}

/** The session a browser's cookie names, if it is still open; else 401. */
export async function sessionBySecret(manager: EntityManager, secret: string | undefined): Promise<LoginSession> {
  const [session] = secret ? await manager.query(`SELECT ${sessionColumns} FROM login_sessions WHERE refresh_hash = $1 AND ${live}`, [hashOf(secret)]) : [];
  if (!session) throw unauthorized('La sessione è terminata o scaduta: accedi di nuovo.');
  return session;
}

export async function selectProfileOf(manager: EntityManager, sessionId: string, profileId: string): Promise<void> {
  await manager.query('UPDATE login_sessions SET selected_profile_id = $2 WHERE id = $1', [sessionId, profileId]);
}

/** Ends a session and announces it; its tokens are refused from now on (see revokedSessionIds). */
export async function endSession(manager: EntityManager, session: LoginSession, reason: string): Promise<void> {
  const [ended] = await updateReturning(manager, `UPDATE login_sessions SET ended_at = now(), end_reason = $2 WHERE id = $1 AND ended_at IS NULL RETURNING id`, [session.id, reason]);
  if (!ended) return;
  await appendEvent(manager, {
    type: identityEvents.sessionLoggedOut.type, source: 'identity', subject: session.id,
    data: { sessionId: session.id, personId: session.personId, method: session.method, reason },
  });
}

/** Ends every open session acting with a profile (the profile was disabled or lost its roles). */
export async function endSessionsOfProfile(manager: EntityManager, profileId: string, reason: string): Promise<void> {
  const sessions: LoginSession[] = await manager.query(`SELECT ${sessionColumns} FROM login_sessions WHERE selected_profile_id = $1 AND ${live}`, [profileId]);
  for (const session of sessions) await endSession(manager, session, reason);
}

/** Ends every open session of a person (their credentials were reset). */
export async function endSessionsOfPerson(manager: EntityManager, personId: string, reason: string): Promise<void> {
  const sessions: LoginSession[] = await manager.query(`SELECT ${sessionColumns} FROM login_sessions WHERE person_id = $1 AND ${live}`, [personId]);
  for (const session of sessions) await endSession(manager, session, reason);
}

/** Sessions ended early whose tokens could still be alive: what every verifier must refuse. */
export async function revokedSessionIds(manager: EntityManager): Promise<string[]> {
  // A partner client's tokens carry its id as their session: a disabled client is a revoked session.
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM login_sessions WHERE ended_at > now() - make_interval(secs => $1)
     UNION ALL SELECT id FROM api_clients WHERE disabled_at > now() - make_interval(secs => $1)`, [accessTokenTtlSeconds + 60]);
  return rows.map((row) => row.id);
}

/** The session seen as the caller of its own audit entries (login, profile choice, logout). */
export function sessionAsCaller(session: LoginSession, profile?: { id: string; roles: string[]; agency: { id: string } }): Caller {
  return {
    subject: session.personId, roles: profile?.roles ?? [], scopes: [], authMethod: session.method, sessionId: session.id,
    tenant: profile?.agency.id, profileId: profile?.id,
  };
}
