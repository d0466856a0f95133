import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { pecEvents } from '@app/events';
import { audit, systemCommand } from '@app/platform/commands';
import { defined } from '@app/platform/errors';
import { takeStep } from '@app/platform/lifecycle';
import { appendEvent } from '@app/platform/outbox';
import * as iniPec from '../inipec/ini-pec.store.js';
import { iniPecStatus } from '../inipec/ini-pec.rules.js';
import * as orders from '../orders/order.store.js';
import type { PartnerClient } from '../requests/partner-client.js';
import type { Outcome, Outcomes } from '../requests/request.service.js';
import type { LedgerRow } from '../requests/request.store.js';
import { providerBox } from '../requests/request.rules.js';
import { eventData } from './mailbox.service.js';
import { mailboxLifecycle, type MailboxState, type MailboxStep } from './mailbox.rules.js';
import * as store from './mailbox.store.js';

const publish = (
  manager: EntityManager,
  type: string,
  box: store.MailboxRow,
  data: Record<string, unknown>,
) =>
  appendEvent(manager, {
    type,
    source: 'pec-admin',
    subject: box.id,
    tenant: box.orderAgencyId,
    data,
  });

/** One declared step of a box (`mailboxLifecycle`): its new state, then what it announces. */
const boxStep = (
  step: MailboxStep,
  box: store.MailboxRow,
  save: (to: MailboxState) => Promise<unknown>,
  record?: () => Promise<unknown>,
) =>
  takeStep(mailboxLifecycle, step, { status: box.state }, { save, ...(record ? { record } : {}) });

/** The provider refused to create or move the box in: it never was the Order's. */
const refusedBox: Outcome['refused'] = async (manager, request) => {
  const box = await boxOf(manager, request);
  if (box) await boxStep('refused', box, (to) => store.ended(manager, box.id, to));
};

async function boxOf(manager: EntityManager, request: LedgerRow) {
  return request.mailboxId ? store.byId(manager, request.mailboxId) : undefined;
}

/** The box a request about a box names: one that names none, or a box gone, is a broken ledger. */
const requiredBoxOf = async (manager: EntityManager, request: LedgerRow) =>
  defined(await boxOf(manager, request), `the mailbox of request ${request.id}`);

/** The box as just saved. */
const reloaded = async (manager: EntityManager, id: string) =>
  defined(await store.byId(manager, id), `mailbox ${id}`);

/** An active or leaving box has its address (only a requested one may still lack it). */
function addressOf(box: store.MailboxRow): string {
  if (!box.address) throw new Error(`mailbox ${box.id} has no address`);
  return box.address;
}

/** The box is active: INI-PEC gets its insert (2), the Order and the holder are told. */
async function becameActive(manager: EntityManager, box: store.MailboxRow, requestId: string) {
  await iniPec.append(manager, {
    orderId: box.orderAgencyId,
    requestId,
    memberId: box.memberId,
    address: addressOf(box),
    status: iniPecStatus.inserimento,
  });
  await publish(manager, pecEvents.mailboxActivated.type, box, eventData(box, requestId));
}

/** The box left the Order (deleted, or moved to another panel): INI-PEC gets its delete (3). */
async function left(
  manager: EntityManager,
  box: store.MailboxRow,
  requestId: string,
  step: 'deleted' | 'transferred',
  to?: string,
) {
  await boxStep(step, box, (state) => store.ended(manager, box.id, state, to));
  await iniPec.append(manager, {
    orderId: box.orderAgencyId,
    requestId,
    memberId: box.memberId,
    address: addressOf(box),
    status: iniPecStatus.cancellazione,
  });
}

/** What each request's outcome does to the Order's boxes, INI-PEC rows and events. */
export const mailboxOutcomes: Outcomes = {
  'nuova-casella': {
    async done(manager, request, answer) {
      const box = await requiredBoxOf(manager, request);
      const created = providerBox.parse(answer);
      const active = created.stato === 'attiva';
      const facts = {
        address: defined(created.indirizzo ?? box.address, 'the address of the box created'),
        active,
        createdAt: created.creataIl ?? null,
        activatedAt: created.attivataIl ?? null,
      };
      const save = (to: MailboxState) => store.created(manager, box.id, to, facts);
      if (!active) await boxStep('created', box, save);
      else
        await boxStep('created-active', box, save, async () =>
          becameActive(manager, await reloaded(manager, box.id), request.id),
        );
    },
    refused: refusedBox,
  },
  'trasferimento-ingresso': {
    async done(manager, request, answer) {
      const box = await requiredBoxOf(manager, request);
      const moved = providerBox.parse(answer.casella ?? {});
      const active = moved.stato !== 'non-attiva';
      const facts = {
        address: defined(moved.indirizzo ?? box.address, 'the address of the box moved in'),
        active,
        createdAt: moved.creataIl ?? null,
        activatedAt: moved.attivataIl ?? null,
      };
      // A box moved in is announced as transferred (below), not as activated.
      await boxStep(active ? 'created-active' : 'created', box, (to) =>
        store.created(manager, box.id, to, facts),
      );
      const saved = await reloaded(manager, box.id);
      const destination =
        (await orders.find(manager, saved.orderAgencyId))?.name ?? 'Ordine di destinazione';
      const sources = await store.liveElsewhere(manager, addressOf(saved), saved.orderAgencyId);
      for (const source of sources)
        await left(manager, source, request.id, 'transferred', destination);
      await iniPec.append(manager, {
        orderId: saved.orderAgencyId,
        requestId: request.id,
        memberId: saved.memberId,
        address: addressOf(saved),
        status: iniPecStatus.inserimento,
      });
      await publish(manager, pecEvents.mailboxTransferred.type, saved, {
        ...eventData(saved, request.id),
        fromOrderAgencyId: sources[0]?.orderAgencyId ?? null,
        toOrderAgencyId: saved.orderAgencyId,
        toOrderName: destination,
      });
    },
    refused: refusedBox,
  },
  'trasferimento-uscita': {
    async done(manager, request) {
      const box = await requiredBoxOf(manager, request);
      const destination = String(request.payload.ordineDestinazione);
      await left(manager, box, request.id, 'transferred', destination);
      await publish(manager, pecEvents.mailboxTransferred.type, box, {
        ...eventData(box, request.id),
        fromOrderAgencyId: box.orderAgencyId,
        toOrderAgencyId: null,
        toOrderName: destination,
      });
    },
  },
  cancellazione: {
    async done(manager, request) {
      const box = await requiredBoxOf(manager, request);
      await left(manager, box, request.id, 'deleted');
      await publish(manager, pecEvents.mailboxDeleted.type, box, eventData(box, request.id));
    },
  },
  'reset-password': {
    async done(manager, request) {
      const box = await requiredBoxOf(manager, request);
      await publish(manager, pecEvents.mailboxPasswordReset.type, box, eventData(box, request.id));
    },
  },
  'modifica-titolare': {
    async done(manager, request) {
      const box = await requiredBoxOf(manager, request);
      await publish(manager, pecEvents.mailboxUpdated.type, box, {
        ...eventData(box, request.id),
        fields: Object.keys(request.payload.modifiche ?? {}),
      });
    },
  },
};

/**
 * Boxes created *non attivo* wait for their holder's acceptance at the provider: the worker asks
 * about them and, once active, records the activation (INI-PEC insert, event) exactly once.
 */
export function acceptanceWatcher(deps: {
  dataSource: DataSource;
  client: PartnerClient;
  logger: Logger;
}) {
  const system = systemCommand(undefined);
  return async function run() {
    for (const box of await store.awaitingAcceptance(deps.dataSource.manager)) {
      const account = deps.client.accountOf(box.orderFiscalCode);
      if (!account || !box.address) continue;
      const answer = await deps.client.send(account, {
        method: 'GET',
        path: `/partner/v1/caselle/${encodeURIComponent(box.address)}`,
      });
      if (answer.kind !== 'done' || answer.body.stato !== 'attiva') continue;
      await deps.dataSource.transaction(async (manager) => {
        // Once, whoever else watches: the update applies only from the state the box was read in.
        let moved = false;
        await boxStep(
          'accepted',
          box,
          async (to) => {
            moved = await store.activated(manager, box.id, box.state, to);
          },
          async () =>
            moved &&
            becameActive(
              manager,
              await reloaded(manager, box.id),
              await store.creatingRequest(manager, box.id),
            ),
        );
        if (!moved) return;
        await audit(manager, system, 'pec_mailbox', 'pec.mailbox.accepted', box.id, {
          address: box.address,
        });
      });
    }
  };
}
