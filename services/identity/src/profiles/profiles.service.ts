import type { EntityManager } from 'typeorm';
import { identityEvents } from '@app/events';
import type { EventContract } from '@app/platform/events';
import type { Role } from '@app/roles';
import { notFound, defined } from '@app/platform/errors';
import { appendEvent } from '@app/platform/outbox';
import { isOfficeOf } from '../agencies/agencies.service.js';
import { officeNotInAgency } from '../agencies/agencies.rules.js';
import { profileExists, type NewProfile, type ProfileView } from './profiles.rules.js';
import * as store from './profiles.store.js';

export type { NewProfile, ProfileView } from './profiles.rules.js';
export { activeProfilesOf, profileById, profilesOfAgency } from './profiles.store.js';

/** Gives a person a profile in an agency's office; one per person and office. */
export async function createProfile(
  manager: EntityManager,
  input: NewProfile,
): Promise<ProfileView> {
  if (input.officeId && !(await isOfficeOf(manager, input.officeId, input.agencyId)))
    throw officeNotInAgency();
  const created = await store.insertProfile(manager, input);
  if (!created) throw profileExists();
  return announce(manager, created, identityEvents.profileCreated);
}

export async function changeRoles(
  manager: EntityManager,
  profileId: string,
  roles: Role[],
): Promise<ProfileView> {
  if (!(await store.setRoles(manager, profileId, roles))) throw notFound('Profilo attivo');
  return announce(manager, profileId, identityEvents.profileUpdated);
}

/** Disables a profile; the sessions acting with it end, so its tokens stop working. */
export async function disableProfile(
  manager: EntityManager,
  profileId: string,
): Promise<ProfileView> {
  if (!(await store.disable(manager, profileId))) throw notFound('Profilo attivo');
  return announce(manager, profileId, identityEvents.profileDisabled);
}

async function announce(
  manager: EntityManager,
  profileId: string,
  event: EventContract,
): Promise<ProfileView> {
  const profile = defined(await store.profileById(manager, profileId));
  await appendEvent(manager, {
    type: event.type,
    source: 'identity',
    subject: profile.id,
    tenant: profile.agency.id,
    data: {
      profileId: profile.id,
      personId: profile.personId,
      fiscalCode: profile.fiscalCode,
      agencyId: profile.agency.id,
      officeId: profile.office?.id ?? null,
      roles: profile.roles,
    },
  });
  return profile;
}

/**
 * Grants roles at a place: a new profile, or the roles added to the one the person already has
 * there.
 */
export async function grantRoles(manager: EntityManager, input: NewProfile): Promise<ProfileView> {
  const existing = await store.profileAt(manager, input);
  if (!existing) return createProfile(manager, input);
  return changeRoles(manager, existing.id, [
    ...new Set([...existing.roles, ...input.roles]),
  ] as Role[]);
}
