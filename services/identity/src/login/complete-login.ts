import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { recordAudit, type AuditActor } from '@app/platform/audit';
import { noProfile } from './login.rules.js';
import { personByFiscalCode, type Person } from '../persons/persons.service.js';
import { activeProfilesOf, type ProfileView } from '../profiles/profiles.service.js';
import { accessTokenFor, type TokenSettings } from '../sessions/access-token.js';
import { openSession, selectProfileOf } from '../sessions/session.service.js';
import { sessionAsCaller, type LoginFacts, type LoginSession } from '../sessions/session.rules.js';

export interface LoginOutcome {
  person: Person;
  session: LoginSession;
  /** The browser's session cookie. */
  secret: string;
  profiles: ProfileView[];
  selectedProfile?: ProfileView;
  accessToken: string;
  expiresIn: number;
}

/**
 * Ends every successful authentication the same way: a session recording how the person logged in,
 * their active profiles (the only one selected at once), an access token, and an audit entry.
 */
export async function completeLogin(
  dataSource: DataSource,
  settings: TokenSettings,
  logger: Logger,
  identity: { fiscalCode: string } & Omit<LoginFacts, 'personId'>,
  actor: AuditActor,
): Promise<LoginOutcome> {
  const { fiscalCode, ...facts } = identity;
  const outcome = await dataSource.transaction(async (manager) => {
    const person = await personByFiscalCode(manager, fiscalCode);
    const profiles = person ? await activeProfilesOf(manager, person.id) : [];
    if (!person || profiles.length === 0) {
      logger.info({ method: facts.method }, 'login refused: no active profile');
      throw noProfile(fiscalCode);
    }
    const { session, secret } = await openSession(manager, { ...facts, personId: person.id });
    const selectedProfile = profiles.length === 1 ? profiles[0] : undefined;
    if (selectedProfile) {
      await selectProfileOf(manager, session.id, selectedProfile.id);
      session.selectedProfileId = selectedProfile.id;
    }
    await recordAudit(
      manager,
      { ...actor, caller: sessionAsCaller(session, selectedProfile) },
      {
        action: 'login',
        entityType: 'login_session',
        entityId: session.id,
        details: {
          method: facts.method,
          acr: facts.acr,
          idp: facts.idp ?? null,
          profiles: profiles.length,
        },
      },
    );
    return { person, session, secret, profiles, selectedProfile };
  });
  return {
    ...outcome,
    ...(await accessTokenFor(
      dataSource,
      settings,
      outcome.session,
      outcome.person,
      outcome.selectedProfile,
    )),
  };
}
