import { identityEvents } from '@app/events';
import type { EventHandler } from '@app/platform/messaging';
import * as store from './recipients.store.js';

/** Identity's people and profiles, kept here: no call to identity for each message. */
export const personRegistered: EventHandler = async (event, manager) => {
  const person = identityEvents.personRegistered.data.parse(event.data);
  await store.savePerson(manager, person);
};

const profileWith = (active: boolean): EventHandler => async (event, manager) => {
  const profile = identityEvents.profileCreated.data.parse(event.data);
  await store.saveMember(manager, { profileId: profile.profileId, personId: profile.personId, agencyId: profile.agencyId, roles: profile.roles, active });
};

export const profileChanged = profileWith(true);
export const profileDisabled = profileWith(false);
