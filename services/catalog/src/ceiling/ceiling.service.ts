import type { DataSource, EntityManager } from 'typeorm';
import { ceilingEvents, orderingEvents } from '@app/events';
import type { Caller, TenantCaller } from '@app/platform/auth';
import type { Command } from '@app/platform/commands';
import { notFound } from '@app/platform/errors';
import type { EventContract } from '@app/platform/events';
import type { EventHandler } from '@app/platform/messaging';
import { appendEvent } from '@app/platform/outbox';
import { visibleContract } from '../contracts/contract.service.js';
import * as rules from './ceiling.rules.js';
import * as store from './ceiling.store.js';

type Act = Command<TenantCaller>;

/** Reservations are asked by the contract's banditore (approving an adhesion or an order). */
async function banditoreContract(manager: EntityManager, contractId: string, tenant: string) {
  const contract = await visibleContract(manager, contractId, tenant);
  rules.checkBanditore(contract.banditore.agencyId, tenant);
  return contract;
}

async function record(
  manager: EntityManager,
  movement: store.Movement,
  event: EventContract,
): Promise<void> {
  await store.addMovement(manager, movement);
  const { contractId, reference, amountCents, remainingCents } = movement;
  await appendEvent(manager, {
    type: event.type,
    source: 'catalog',
    subject: contractId,
    data: { contractId, reference, amountCents, remainingCents },
  });
}

/** Announces each threshold this reservation crossed; the row lock of the update orders them. */
async function announceThresholds(
  manager: EntityManager,
  contractId: string,
  after: rules.Counters,
  addedCents: number,
): Promise<void> {
  for (const threshold of rules.crossedThresholds(after, addedCents)) {
    await appendEvent(manager, {
      type: ceilingEvents.thresholdReached.type,
      source: 'catalog',
      subject: contractId,
      data: {
        contractId,
        thresholdPercent: threshold,
        usedCents: after.reserved + after.consumed,
        ceilingCents: after.ceiling,
      },
    });
  }
}

type Reservation =
  | { outcome: 'reserved'; amountCents: number; remainingCents: number }
  | { outcome: 'refused'; error: Error };

async function reserveIn(
  manager: EntityManager,
  act: Act,
  contractId: string,
  reference: string,
  amountCents: number,
): Promise<Reservation> {
  const contract = await banditoreContract(manager, contractId, act.caller.tenant);
  await store.lockReference(manager, contractId, reference);
  const previous = await store.previousReservation(manager, contractId, reference);
  if (previous)
    return {
      outcome: 'reserved',
      amountCents: previous.amount,
      remainingCents: previous.remaining,
    };
  rules.checkOpen(contract.status);
  const movement = { contractId, reference, amountCents, actor: act.caller.subject };
  const after = await store.reserveIfFits(manager, contractId, amountCents);
  if (!after) {
    const remainingCents = rules.remainingOf(await store.countersOf(manager, contractId));
    await record(manager, { ...movement, kind: 'refused', remainingCents }, ceilingEvents.refused);
    return { outcome: 'refused', error: rules.exceeded(amountCents, remainingCents) };
  }
  const remainingCents = rules.remainingOf(after);
  await record(manager, { ...movement, kind: 'reserved', remainingCents }, ceilingEvents.reserved);
  await announceThresholds(manager, contractId, after, amountCents);
  return { outcome: 'reserved', amountCents, remainingCents };
}

/**
 * Reserves an amount if it fits. The same reference reserves once (a retried call gets the first
 * answer). A refusal is committed (movement and event) before the caller hears of it, with the
 * remaining amount.
 */
export async function reserve(
  dataSource: DataSource,
  act: Act,
  contractId: string,
  reference: string,
  amountCents: number,
) {
  const result = await dataSource.transaction((manager) =>
    reserveIn(manager, act, contractId, reference, amountCents),
  );
  if (result.outcome === 'refused') throw result.error;
  return result;
}

/**
 * An order consumes part of its adhesion's reservation (or its own): the amount moves from reserved
 * to consumed. Named by its order, a consumption happens once: a retried approval gets the first
 * answer.
 */
export function consume(
  dataSource: DataSource,
  act: Act,
  contractId: string,
  reference: string,
  amountCents: number,
  orderId?: string,
) {
  return dataSource.transaction(async (manager) => {
    await banditoreContract(manager, contractId, act.caller.tenant);
    await store.countersOf(manager, contractId, true);
    const previous = orderId ? await store.consumptionOf(manager, orderId) : undefined;
    if (previous)
      return {
        outcome: 'consumed' as const,
        amountCents: previous.amount,
        remainingCents: previous.remaining,
      };
    const available = await store.outstanding(manager, contractId, reference);
    if (available === undefined) throw notFound('Prenotazione');
    rules.checkWithinReservation(amountCents, available);
    const remainingCents = rules.remainingOf(
      await store.moveToConsumed(manager, contractId, amountCents),
    );
    const movement = {
      contractId,
      reference,
      amountCents,
      remainingCents,
      actor: act.caller.subject,
      orderId,
    };
    await record(manager, { ...movement, kind: 'consumed' }, ceilingEvents.consumed);
    return { outcome: 'consumed' as const, amountCents, remainingCents };
  });
}

/**
 * What still stays reserved under a reference goes back to the ceiling, in the caller's
 * transaction.
 */
async function releaseIn(
  manager: EntityManager,
  contractId: string,
  reference: string,
  actor: string,
) {
  await store.countersOf(manager, contractId, true);
  const amountCents = await store.outstanding(manager, contractId, reference);
  if (amountCents === undefined) return undefined;
  const remainingCents = rules.remainingOf(await store.unreserve(manager, contractId, amountCents));
  if (amountCents > 0)
    await record(
      manager,
      { contractId, reference, amountCents, remainingCents, actor, kind: 'released' },
      ceilingEvents.released,
    );
  return { outcome: 'released' as const, amountCents, remainingCents };
}

/** Orders without an adhesion reserve their own amount when sent (ordering.order.submitted). */
export async function reserveForOrder(
  manager: EntityManager,
  order: { contractId: string; orderId: string; amountCents: number },
): Promise<void> {
  const { contractId, orderId: reference, amountCents } = order;
  await store.lockReference(manager, contractId, reference);
  if (await store.previousReservation(manager, contractId, reference)) return;
  const movement = { contractId, reference, amountCents, actor: 'ordering', orderId: reference };
  const after = await store.reserveIfFits(manager, contractId, amountCents);
  if (!after) {
    const remainingCents = rules.remainingOf(await store.countersOf(manager, contractId));
    return record(manager, { ...movement, kind: 'refused', remainingCents }, ceilingEvents.refused);
  }
  await record(
    manager,
    { ...movement, kind: 'reserved', remainingCents: rules.remainingOf(after) },
    ceilingEvents.reserved,
  );
  await announceThresholds(manager, contractId, after, amountCents);
}

/** A rejected order's own reservation, if it had one, goes back to the ceiling. */
export async function releaseForOrder(
  manager: EntityManager,
  order: { contractId: string; orderId: string },
): Promise<void> {
  await releaseIn(manager, order.contractId, order.orderId, 'ordering');
}

/**
 * An annulled order gives back what it consumed: to its adhesion's reservation, or (an order
 * without adhesion) to the ceiling. Restored once, however often the annulment is delivered.
 */
export async function restoreForOrder(
  manager: EntityManager,
  order: { contractId: string; orderId: string },
): Promise<void> {
  const { contractId, orderId } = order;
  await store.countersOf(manager, contractId, true);
  const consumed = await store.consumptionOf(manager, orderId);
  if (consumed && !consumed.restored) {
    const amountCents = consumed.amount;
    const remainingCents = rules.remainingOf(
      await store.moveBackToReserved(manager, contractId, amountCents),
    );
    const movement = {
      contractId,
      reference: consumed.reference,
      amountCents,
      remainingCents,
      actor: 'ordering',
      orderId,
    };
    await store.addMovement(manager, { ...movement, kind: 'restored' });
  }
  await releaseIn(manager, contractId, orderId, 'ordering');
}

/** Releases what is still reserved under a reference (the adhesion was deleted or annulled). */
export function release(dataSource: DataSource, act: Act, contractId: string, reference: string) {
  return dataSource.transaction(async (manager) => {
    await banditoreContract(manager, contractId, act.caller.tenant);
    const released = await releaseIn(manager, contractId, reference, act.caller.subject);
    if (!released) throw notFound('Prenotazione');
    return released;
  });
}

/**
 * The ceiling as totals for everyone who may see the contract; its movements, which name each
 * adhesion and order, only for the banditore (other agencies see the others' use in aggregate).
 */
export async function ceilingState(
  dataSource: DataSource,
  caller: Caller | undefined,
  contractId: string,
) {
  const { manager } = dataSource;
  const contract = await visibleContract(manager, contractId, caller?.tenant);
  const now = await store.countersOf(manager, contractId);
  const movements =
    contract.banditore.agencyId === caller?.tenant
      ? await store.movementsOf(manager, contractId)
      : [];
  return {
    totalCents: now.ceiling,
    reservedCents: now.reserved,
    consumedCents: now.consumed,
    remainingCents: rules.remainingOf(now),
    usedPercent: rules.usedPercent(now),
    movements,
  };
}

/** ordering.order.submitted: an order without adhesion reserves its own amount. */
export const orderSubmitted: EventHandler = async (event, manager) => {
  const order = orderingEvents.orderSubmitted.data.parse(event.data);
  if (!order.ceilingReservation) return;
  await reserveForOrder(manager, {
    contractId: order.contractId,
    orderId: order.orderId,
    amountCents: order.ceilingReservation.amountCents,
  });
};

/** ordering.order.rejected: the order's own reservation, if any, is released. */
export const orderRejected: EventHandler = async (event, manager) => {
  const order = orderingEvents.orderRejected.data.parse(event.data);
  await releaseForOrder(manager, order);
};

/** ordering.order.annulled: what the order consumed is given back. */
export const orderAnnulledOnCeiling: EventHandler = async (event, manager) => {
  const order = orderingEvents.orderAnnulled.data.parse(event.data);
  await restoreForOrder(manager, order);
};
