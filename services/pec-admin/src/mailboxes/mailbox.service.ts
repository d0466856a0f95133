import { limitOffset, type PageQuery } from '@app/platform/http';
import type { DataSource, EntityManager } from 'typeorm';
import type { TenantCaller } from '@app/platform/auth';
import { transaction, type Command } from '@app/platform/commands';
import { notFound, refuse, defined } from '@app/platform/errors';
import { appendEvent } from '@app/platform/outbox';
import { pecEvents } from '@app/events';
import type { Config } from '../config.js';
import * as members from '../members/member.store.js';
import { accountOfOrder } from '../requests/partner-client.js';
import { ask } from '../requests/request.service.js';
import * as requests from '../requests/request.store.js';
import { live, liveMessage, mailboxRefusals as why, withStateLabel } from './mailbox.rules.js';
import { labelled } from '../requests/request.rules.js';
import * as store from './mailbox.store.js';

type Act = Command<TenantCaller>;

/** The facts every mailbox event carries: the request, the Order, the box, the holder to tell. */
export const eventData = (box: store.MailboxRow, requestId: string) => ({
  requestId,
  orderAgencyId: box.orderAgencyId,
  mailboxId: box.id,
  address: box.address,
  holder: {
    memberId: box.memberId,
    name: `${box.givenName} ${box.familyName}`,
    referenceEmail: box.referenceEmail,
  },
});

/**
 * *Richiedi nuova casella* for a member (or, with `transferFromAddress`, the box of a member coming
 * from another Order): a box in request and the request in the ledger, in the caller's transaction.
 */
export async function requestMailboxIn(
  manager: EntityManager,
  act: Act,
  config: Config,
  memberId: string,
  transferFromAddress?: string,
) {
  const holder = await members.find(manager, act.caller.tenant, memberId, true);
  if (!holder) throw notFound('Iscritto');
  const box = await store.insert(manager, act.caller.tenant, memberId, transferFromAddress ?? null);
  if (!box)
    throw refuse(
      why.MAILBOX_EXISTS,
      "L'iscritto ha già una casella attiva o una richiesta in corso.",
    );
  if (transferFromAddress) {
    await ask(manager, act, {
      kind: 'trasferimento-ingresso',
      memberId,
      mailboxId: box.id,
      payload: { indirizzo: transferFromAddress, codiceFiscale: holder.fiscalCode },
    });
    return defined(await store.find(manager, act.caller.tenant, box.id));
  }
  const request = await ask(manager, act, {
    kind: 'nuova-casella',
    memberId,
    mailboxId: box.id,
    payload: {
      nome: holder.givenName,
      cognome: holder.familyName,
      codiceFiscale: holder.fiscalCode,
      emailRiferimento: holder.referenceEmail,
      telefono: holder.phone,
      fax: holder.fax,
      indirizzoResidenza: holder.address,
      attivazione:
        (await accountOfOrder(manager, config, act.caller.tenant))?.attivazione ?? 'immediata',
    },
  });
  const saved = defined(await store.find(manager, act.caller.tenant, box.id));
  await appendEvent(manager, {
    type: pecEvents.mailboxRequested.type,
    source: 'pec-admin',
    subject: box.id,
    tenant: act.caller.tenant,
    data: eventData(saved, request.id),
  });
  return saved;
}

export const requestMailbox = (
  dataSource: DataSource,
  act: Act,
  config: Config,
  body: { memberId: string; transferFromAddress?: string },
) =>
  transaction(dataSource, act, (manager) =>
    requestMailboxIn(manager, act, config, body.memberId, body.transferFromAddress),
  );

/**
 * One operation on a live box of the Order, refused while another that ends or moves it is under
 * way.
 */
function onLiveBox(
  dataSource: DataSource,
  act: Act,
  id: string,
  work: (manager: EntityManager, box: store.MailboxRow) => Promise<unknown>,
) {
  return transaction(dataSource, act, async (manager) => {
    const box = await store.find(manager, act.caller.tenant, id, true);
    if (!box) throw notFound('Casella');
    if (!live.includes(box.state)) throw refuse(why.MAILBOX_NOT_LIVE, liveMessage(box.state));
    if (await requests.pendingFor(manager, box.id, ['cancellazione', 'trasferimento-uscita'])) {
      throw refuse(
        why.REQUEST_PENDING,
        'Per questa casella è già in corso una cancellazione o un trasferimento.',
      );
    }
    return work(manager, box);
  });
}

export const resetPassword = (dataSource: DataSource, act: Act, id: string) =>
  onLiveBox(dataSource, act, id, (manager, box) =>
    ask(manager, act, {
      kind: 'reset-password',
      memberId: box.memberId,
      mailboxId: box.id,
      payload: { indirizzo: box.address },
    }),
  );

export const deleteMailbox = (dataSource: DataSource, act: Act, id: string) =>
  onLiveBox(dataSource, act, id, (manager, box) =>
    ask(manager, act, {
      kind: 'cancellazione',
      memberId: box.memberId,
      mailboxId: box.id,
      payload: { indirizzo: box.address },
    }),
  );

export const transferOut = (
  dataSource: DataSource,
  act: Act,
  id: string,
  destinationOrder: string,
) =>
  onLiveBox(dataSource, act, id, (manager, box) =>
    ask(manager, act, {
      kind: 'trasferimento-uscita',
      memberId: box.memberId,
      mailboxId: box.id,
      payload: { indirizzo: box.address, ordineDestinazione: destinationOrder },
    }),
  );

export const mailboxes = (
  dataSource: DataSource,
  caller: TenantCaller,
  query: { stato?: string; q?: string } & PageQuery,
) =>
  store
    .list(dataSource.manager, caller.tenant, query, limitOffset(query))
    .then((items: { state: string }[]) => ({
      items: items.map(withStateLabel),
      page: query.page,
      pageSize: query.pageSize,
    }));

export async function mailbox(dataSource: DataSource, caller: TenantCaller, id: string) {
  const box = await store.find(dataSource.manager, caller.tenant, id);
  if (!box) throw notFound('Casella');
  return {
    ...withStateLabel(box),
    requests: (await requests.list(dataSource.manager, caller.tenant, { mailboxId: id })).map(
      labelled,
    ),
  };
}
