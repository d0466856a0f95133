import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '@app/platform/auth';
import { notFound, refuse } from '@app/platform/errors';
import type { EventHandler } from '@app/platform/messaging';
import { activeProfile, profilesWith } from '../recipients/recipients.store.js';
import { inboxRefusals, noticesOf, type Audience } from './notification.rules.js';
import * as store from './notification.store.js';

async function profilesOf(manager: EntityManager, audience: Audience): Promise<{ profileId: string; agencyId: string }[]> {
  if ('profileId' in audience) {
    const profile = await activeProfile(manager, audience.profileId);
    return profile ? [profile] : [];
  }
  return (await profilesWith(manager, audience.agencyId, audience.roles)).map((profileId) => ({ profileId, agencyId: audience.agencyId }));
}

/** Any event of seed 001's list becomes one inbox row per recipient profile, in the event's transaction. */
export const notifyParties: EventHandler = async (event, manager) => {
  for (const notice of noticesOf(event.type, event.data)) {
    for (const { profileId, agencyId } of await profilesOf(manager, notice.audience)) {
      await store.deliver(manager, { eventId: event.id, eventType: event.type, profileId, agencyId, title: notice.title, body: notice.body, link: notice.link });
    }
  }
};

/** The inbox of the caller's current profile: a person sees what was sent to the profile they act with. */
export async function inbox(dataSource: DataSource, caller: Caller, query: { unread?: boolean; limit: number }) {
  const profileId = profileOf(caller);
  return store.inboxOf(dataSource.manager, profileId, query.unread ?? false, query.limit);
}

export async function markRead(dataSource: DataSource, caller: Caller, id: string) {
  const read = await store.markRead(dataSource.manager, profileOf(caller), id);
  if (!read) throw notFound('Notifica');
  return read;
}

function profileOf(caller: Caller): string {
  if (!caller.profileId) throw refuse(inboxRefusals.PROFILE_REQUIRED, 'Scegli il profilo con cui accedere per leggere le notifiche.');
  return caller.profileId;
}
