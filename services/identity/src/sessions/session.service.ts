import { createHash, randomBytes } from 'node:crypto';
import type { Request } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import { identityEvents } from '@app/events';
import type { Caller } from '@app/platform/auth';
import { audit, transaction, type Command } from '@app/platform/commands';
import { unauthorized, defined } from '@app/platform/errors';
import { appendEvent } from '@app/platform/outbox';
import type { IdentityDeps } from '../identity-deps.js';
import { accessTokenTtlSeconds } from '../keys/keys.service.js';
import { personById } from '../persons/persons.service.js';
import { activeProfilesOf, profileById } from '../profiles/profiles.service.js';
import { accessTokenFor } from './access-token.js';
import { sessionSecretOf } from './session-cookies.js';
import * as rules from './session.rules.js';
import type { LoginFacts, LoginSession } from './session.rules.js';
import * as store from './session.store.js';

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');
const ended = () => unauthorized('La sessione è terminata o scaduta: accedi di nuovo.');

/** Opens a session; the returned secret is the browser's session cookie, stored only as a hash. */
export async function openSession(
  manager: EntityManager,
  facts: LoginFacts,
): Promise<{ session: LoginSession; secret: string }> {
  const secret = randomBytes(32).toString('base64url');
  const session = await store.insertSession(
    manager,
    facts,
    hashOf(secret),
    rules.sessionLifetimeSeconds,
  );
  return { session, secret };
}

/** The session a token names, if it is still open; else 401. */
export async function liveSession(
  manager: EntityManager,
  sessionId: string | undefined,
): Promise<LoginSession> {
  const session = sessionId ? await store.liveById(manager, sessionId) : undefined;
  if (!session) throw ended();
  return session;
}

/** The session a browser's cookie names, if it is still open; else 401. */
export async function sessionBySecret(
  manager: EntityManager,
  secret: string | undefined,
): Promise<LoginSession> {
  const session = secret ? await store.liveBySecretHash(manager, hashOf(secret)) : undefined;
  if (!session) throw ended();
  return session;
}

/** The caller's session: named by its token, or by the browser's session cookie. */
export function sessionOf(
  manager: EntityManager,
  caller: Caller | undefined,
  req: Request,
): Promise<LoginSession> {
  return caller?.sessionId
    ? liveSession(manager, caller.sessionId)
    : sessionBySecret(manager, sessionSecretOf(req));
}

export const selectProfileOf = store.setSelectedProfile;

/** Ends a session and announces it; its tokens are refused from now on (see revokedSessionIds). */
export async function endSession(
  manager: EntityManager,
  session: LoginSession,
  reason: string,
): Promise<void> {
  if (!(await store.markEnded(manager, session.id, reason))) return;
  await appendEvent(manager, {
    type: identityEvents.sessionLoggedOut.type,
    source: 'identity',
    subject: session.id,
    data: { sessionId: session.id, personId: session.personId, method: session.method, reason },
  });
}

/**
 * Ends the sessions an IdP's single logout names (one SessionIndex, or every one of the NameID).
 */
export async function endSpidSessions(
  dataSource: DataSource,
  subject: { idp: string; nameId: string; sessionIndex?: string },
  reason: string,
): Promise<void> {
  await dataSource.transaction(async (manager) => {
    for (const session of await store.liveOfSpidSubject(manager, subject))
      await endSession(manager, session, reason);
  });
}

/** Ends every open session acting with a profile (the profile was disabled or lost its roles). */
export async function endSessionsOfProfile(
  manager: EntityManager,
  profileId: string,
  reason: string,
): Promise<void> {
  for (const session of await store.liveOfProfile(manager, profileId))
    await endSession(manager, session, reason);
}

/** Ends every open session of a person (their credentials were reset). */
export async function endSessionsOfPerson(
  manager: EntityManager,
  personId: string,
  reason: string,
): Promise<void> {
  for (const session of await store.liveOfPerson(manager, personId))
    await endSession(manager, session, reason);
}

/** Sessions ended early whose tokens could still be alive: what every verifier must refuse. */
export const revokedSessionIds = (manager: EntityManager) =>
  store.endedWithin(manager, accessTokenTtlSeconds + 60);

/**
 * "Cambio profilo": the session acts with another of the person's active profiles. Method, level
 * and time of authentication stay those of the login; a new token says so.
 */
export async function chooseProfile(
  deps: IdentityDeps,
  act: Command<Caller | undefined>,
  req: Request,
  profileId: string,
) {
  const { dataSource, config } = deps;
  const session = await sessionOf(dataSource.manager, act.caller, req);
  const chosen = await transaction(dataSource, act, async (manager) => {
    const profile = await profileById(manager, profileId);
    rules.checkProfileAvailable(session, profile);
    await store.setSelectedProfile(manager, session.id, profile.id);
    const switched = session.selectedProfileId !== null && session.selectedProfileId !== profile.id;
    const asSession = {
      ...act,
      actor: { ...act.actor, caller: rules.sessionAsCaller(session, profile) },
    };
    const details = { from: session.selectedProfileId, to: profile.id };
    await audit(
      manager,
      asSession,
      'login_session',
      switched ? 'profile.switched' : 'profile.selected',
      session.id,
      details,
    );
    return { profile, person: await personOf(manager, session) };
  });
  const tokens = await accessTokenFor(
    dataSource,
    config,
    { ...session, selectedProfileId: chosen.profile.id },
    chosen.person,
    chosen.profile,
  );
  return { profile: chosen.profile, tokens };
}

/** The person a session is of: a session outliving its person is a broken database. */
const personOf = async (manager: EntityManager, session: LoginSession) =>
  defined(await personById(manager, session.personId), `the person of session ${session.id}`);

/** The person, the selected profile and every active profile of theirs. */
export async function me(deps: IdentityDeps, caller: Caller, req: Request) {
  const { manager } = deps.dataSource;
  const session = await sessionOf(manager, caller, req);
  const person = await personOf(manager, session);
  const profiles = await activeProfilesOf(manager, person.id);
  const selectedProfile =
    profiles.find((profile) => profile.id === session.selectedProfileId) ?? null;
  return { person, selectedProfile, profiles, session: rules.sessionView(session) };
}

/** A new access token for the browser's session, for its selected profile while that is active. */
export async function refresh(deps: IdentityDeps, req: Request) {
  const { manager } = deps.dataSource;
  const session = await sessionBySecret(manager, sessionSecretOf(req));
  const person = await personOf(manager, session);
  const profile = session.selectedProfileId
    ? await profileById(manager, session.selectedProfileId)
    : undefined;
  return accessTokenFor(
    deps.dataSource,
    deps.config,
    session,
    person,
    profile?.status === 'attivo' ? profile : undefined,
  );
}

/** Logout: the session and all its tokens end. */
export async function logout(
  deps: IdentityDeps,
  act: Command<Caller | undefined>,
  req: Request,
): Promise<LoginSession> {
  const session = await sessionOf(deps.dataSource.manager, act.caller, req);
  await transaction(deps.dataSource, act, async (manager) => {
    await endSession(manager, session, 'logout');
    const asSession = {
      ...act,
      actor: { ...act.actor, caller: act.caller ?? rules.sessionAsCaller(session) },
    };
    await audit(manager, asSession, 'login_session', 'logout', session.id, {
      method: session.method,
    });
  });
  return session;
}
