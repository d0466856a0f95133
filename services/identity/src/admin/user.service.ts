import type { EntityManager } from 'typeorm';
import type { Caller } from '@app/platform/auth';
import { audit, transaction, type Command } from '@app/platform/commands';
import { notFound } from '@app/platform/errors';
import { validationError } from '@app/platform/http';
import type { Role } from '@app/roles';
import { requireAgency } from '../agencies/agencies.service.js';
import { credentialDeliveryOf } from '../credentials/credential-delivery.js';
import { issueCredentials, maskedEmail } from '../credentials/credentials.service.js';
import type { IdentityDeps } from '../identity-deps.js';
import { findOrRegisterPerson, type PersonFacts } from '../persons/persons.service.js';
import {
  changeRoles,
  createProfile,
  disableProfile,
  profileById,
  profilesOfAgency,
  type ProfileView,
} from '../profiles/profiles.service.js';
import { endSessionsOfProfile } from '../sessions/session.service.js';
import * as rules from './administration.rules.js';

type Act = Command<Caller>;

export interface NewUser extends PersonFacts {
  agencyId?: string;
  officeId: string | null;
  roles: Role[];
}

export interface AddedUser extends ProfileView {
  /**
   * Where first-access credentials were sent, or null: the person already existed, or has no
   * e-mail.
   */
  firstAccess: { deliveredTo: string; expiresAt: string } | null;
}

/**
 * The profile, if it belongs to an agency the caller administers; another agency's profile is 403.
 */
async function administeredProfile(manager: EntityManager, caller: Caller, profileId: string) {
  const profile = await profileById(manager, profileId);
  if (!profile) throw notFound('Utente');
  rules.checkAdministers(caller, profile.agency.id);
  return profile;
}

export async function listUsers(deps: IdentityDeps, caller: Caller, named: string | undefined) {
  const agencyId = rules.agencyMeant(caller, named);
  rules.checkAdministers(caller, agencyId);
  return profilesOfAgency(deps.dataSource.manager, agencyId);
}

/**
 * "Gestione utenti": a profile in the administrator's agency. A person already known keeps their
 * credentials untouched (whatever agency they belong to); only a person new to the platform gets
 * first-access credentials, made by the platform and sent to their own e-mail.
 */
export async function addUser(
  deps: IdentityDeps,
  act: Act,
  user: NewUser,
  sentBody: unknown,
): Promise<AddedUser> {
  const chosen = rules.chosenCredentialFields(sentBody);
  if (chosen.length) {
    throw validationError(
      chosen.map((path) => ({
        location: 'body' as const,
        path,
        message: rules.chosenCredentialsMessage,
      })),
    );
  }
  const agencyId = rules.agencyMeant(act.caller, user.agencyId);
  rules.checkAdministers(act.caller, agencyId);
  rules.checkGrantable(act.caller, user.roles);
  const added = await transaction(deps.dataSource, act, async (manager) => {
    const created = await addToAgency(deps, manager, act.caller, { ...user, agencyId });
    await audit(manager, act, 'profile', 'user.created', created.id, {
      roles: user.roles,
      firstAccess: Boolean(created.firstAccess),
    });
    return created;
  });
  if (added.firstAccess) credentialDeliveryOf(deps.dataSource, deps.config, deps.logger).wake();
  return added;
}

async function addToAgency(
  deps: IdentityDeps,
  manager: EntityManager,
  caller: Caller,
  user: NewUser & { agencyId: string },
): Promise<AddedUser> {
  await requireAgency(manager, user.agencyId);
  const { person, known } = await findOrRegisterPerson(manager, user);
  const profile = await createProfile(manager, {
    personId: person.id,
    agencyId: user.agencyId,
    officeId: user.officeId,
    roles: user.roles,
  });
  if (known || !person.email) return { ...profile, firstAccess: null };
  const settings = { days: deps.config.FIRST_ACCESS_DAYS, sealKey: deps.config.SIGNING_KEY_SECRET };
  const issued = await issueCredentials(manager, {
    person,
    reason: 'primo-accesso',
    issuedBy: caller.subject,
    ...settings,
  });
  return {
    ...profile,
    firstAccess: { deliveredTo: maskedEmail(issued.email), expiresAt: issued.expiresAt },
  };
}

/** The roles given replace the former ones; revoking any ends the sessions using the profile. */
export function setUserRoles(deps: IdentityDeps, act: Act, profileId: string, roles: Role[]) {
  return transaction(deps.dataSource, act, async (manager) => {
    const before = await administeredProfile(manager, act.caller, profileId);
    rules.checkGrantable(act.caller, roles);
    const profile = await changeRoles(manager, profileId, roles);
    if (rules.rolesRevoked(before.roles, roles))
      await endSessionsOfProfile(manager, profileId, 'roles-revoked');
    await audit(manager, act, 'profile', 'user.roles-changed', profile.id, {
      from: before.roles,
      to: profile.roles,
    });
    return profile;
  });
}

export function disableUser(deps: IdentityDeps, act: Act, profileId: string) {
  return transaction(deps.dataSource, act, async (manager) => {
    rules.checkNotOwnProfile(act.caller, await administeredProfile(manager, act.caller, profileId));
    const profile = await disableProfile(manager, profileId);
    await endSessionsOfProfile(manager, profileId, 'profile-disabled');
    await audit(manager, act, 'profile', 'user.disabled', profile.id);
    return profile;
  });
}
