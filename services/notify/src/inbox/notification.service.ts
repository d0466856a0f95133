import { recordAudit } from '@app/platform/audit';
import type { DataSource } from 'typeorm';
import type { Caller } from '@app/platform/auth';
import { notFound, refuse } from '@app/platform/errors';
import { inboxRefusals } from './notification.rules.js';
import * as store from './notification.store.js';

/**
 * The inbox of the caller's current profile: a person sees what was sent to the profile they act
 * with.
 */
export async function inbox(
  dataSource: DataSource,
  caller: Caller,
  query: { unread?: boolean; contractId?: string; limit: number },
) {
  return store.inboxOf(dataSource.manager, profileOf(caller), {
    unreadOnly: query.unread ?? false,
    contractId: query.contractId,
    limit: query.limit,
  });
}

export async function markRead(dataSource: DataSource, caller: Caller, id: string) {
  const profile = profileOf(caller);
  return dataSource.transaction(async (manager) => {
    const read = await store.markRead(manager, profile, id);
    if (!read) throw notFound('Notifica');
    await recordAudit(
      manager,
      { caller },
      { action: 'notification.read', entityType: 'notification', entityId: id },
    );
    return read;
  });
}

function profileOf(caller: Caller): string {
  if (!caller.profileId)
    throw refuse(
      inboxRefusals.PROFILE_REQUIRED,
      'Scegli il profilo con cui accedere per leggere le notifiche.',
    );
  return caller.profileId;
}

/** The inbox's state as one event, sent when it differs from what the browser last had (its id). */
export async function inboxChangesAfter(
  dataSource: DataSource,
  caller: Caller,
  afterId: string | undefined,
) {
  const state = await store.inboxState(dataSource.manager, profileOf(caller));
  const id = `${state.unread}.${state.latest?.id ?? 'nessuna'}`;
  return id === afterId ? [] : [{ id, event: 'inbox', data: state }];
}
