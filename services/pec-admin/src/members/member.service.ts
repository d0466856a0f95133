import { limitOffset, type PageQuery } from '@app/platform/http';
import type { DataSource } from 'typeorm';
import type { TenantCaller } from '@app/platform/auth';
import { audit, transaction, type Command } from '@app/platform/commands';
import { notFound, refuse } from '@app/platform/errors';
import { ask } from '../requests/request.service.js';
import {
  fixedFieldsChanged,
  fixedFieldsMessage,
  holderChanges,
  memberRefusals as why,
} from './member.rules.js';
import * as store from './member.store.js';

type Act = Command<TenantCaller>;

/** Registers a member of the caller's Order (seed 004: the Order manages its own members only). */
export function addMember(dataSource: DataSource, act: Act, member: store.NewMember) {
  return transaction(dataSource, act, async (manager) => {
    const saved = await store.insert(manager, act.caller.tenant, member);
    if (!saved)
      throw refuse(
        why.MEMBER_EXISTS,
        "L'Ordine ha già un iscritto con questo codice fiscale o questo numero d'iscrizione.",
      );
    await audit(manager, act, 'pec_member', 'pec.member.added', String(saved.id), {
      registrationNumber: member.registrationNumber,
    });
    return saved;
  });
}

export const members = (
  dataSource: DataSource,
  caller: TenantCaller,
  query: { q?: string } & PageQuery,
) =>
  store
    .list(dataSource.manager, caller.tenant, query.q, limitOffset(query))
    .then((items) => ({ items, page: query.page, pageSize: query.pageSize }));

export async function member(dataSource: DataSource, caller: TenantCaller, id: string) {
  return (
    (await store.find(dataSource.manager, caller.tenant, id)) ??
    Promise.reject(notFound('Iscritto'))
  );
}

/**
 * Changes a holder's contacts and residence; name and codice fiscale are refused (422), never
 * ignored.
 */
export function changeMember(
  dataSource: DataSource,
  act: Act,
  id: string,
  change: Record<string, unknown>,
) {
  return transaction(dataSource, act, async (manager) => {
    const current = await store.find(manager, act.caller.tenant, id, true);
    if (!current) throw notFound('Iscritto');
    const fixed = fixedFieldsChanged(current, change);
    if (fixed.length) throw refuse(why.HOLDER_IDENTITY_FIXED, fixedFieldsMessage(fixed));
    const updated = await store.update(manager, act.caller.tenant, id, change);
    await audit(manager, act, 'pec_member', 'pec.member.updated', id, {
      fields: Object.keys(change),
    });
    // The provider holds the same contacts: *modifica dati del titolare* goes to it as a request.
    const box = await store.liveMailboxOf(manager, id);
    const forProvider = holderChanges(change);
    const request =
      box && Object.keys(forProvider).length
        ? await ask(manager, act, {
            kind: 'modifica-titolare',
            memberId: id,
            mailboxId: box.id,
            payload: { indirizzo: box.address, modifiche: forProvider },
          })
        : undefined;
    return { ...updated, providerRequestId: request?.id ?? null };
  });
}
