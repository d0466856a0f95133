import type { DataSource } from 'typeorm';
import { ceilingEvents, orderingEvents } from '@app/events';
import { audit, transaction } from '@app/platform/commands';
import type { EventHandler } from '@app/platform/messaging';
import { appendEvent } from '@app/platform/outbox';
import { checkSignaturesVerified } from '@app/signed-documents';
import * as directory from '../directory/directory.store.js';
import * as rules from './order.rules.js';
import { dispatchToSupplier } from './order-supplier-dispatch.service.js';
import * as store from './order.store.js';
import {
  orderView,
  orderWithParties,
  partyOf,
  record,
  scopedOrder,
  takeOrderStep,
  type Act,
  type OrderDeps,
} from './order.service.js';
import { defined } from '@app/platform/errors';

const now = () => new Date().toISOString();

/**
 * Passo 3, "Invia": the buyer and the banditore's cost centre are told. An order without adhesion
 * asks catalog to reserve its amount; its approval waits for that reservation.
 */
export async function submitOrder(deps: OrderDeps, act: Act, id: string) {
  await transaction(deps.dataSource, act, async (manager) => {
    const scoped = await scopedOrder(manager, id, act.caller.tenant, true);
    rules.checkSide(scoped.side, 'ordinante');
    const documents = await store.documentsOf(manager, id);
    const uploaded = new Set(documents.map((document) => document.requirementId));
    const missing = scoped.contract.orderRequirements
      .filter((requirement, index) => requirement.mandatory && !uploaded.has(String(index + 1)))
      .map((requirement) => requirement.name);
    rules.checkSendable(scoped.order, missing);
    const sheet = await store.signatureStatusOf(
      manager,
      defined(scoped.order.signedSheetDocumentId),
    );
    checkSignaturesVerified(
      rules.signedDocuments(scoped.contract.orderRequirements, documents, sheet),
    );
    const ownReservation = scoped.order.adhesionId === null;
    const submittedAt = now();
    const ceilingReservation = ownReservation
      ? { reference: id, amountCents: scoped.order.totalCents }
      : null;
    await takeOrderStep(manager, 'submitted', scoped, partyOf(act.caller), {
      set: { submittedAt, ceiling: ownReservation ? 'in-prenotazione' : 'nessuna' },
      data: { submittedAt, ceilingReservation },
      act,
    });
    return { id };
  });
  return orderView(deps, act.caller.tenant, id);
}

/**
 * The banditore's RUP approves: the amount is consumed on the contract's ceiling (from the
 * adhesion's reservation, or the order's own) while the RUP waits; an amount that no longer fits
 * refuses the approval with the remaining amount. The supplier is told; where the contract allows
 * it, it may dispute until the deadline.
 */
export async function approveOrder(deps: OrderDeps, act: Act, id: string) {
  await transaction(deps.dataSource, act, async (manager) => {
    const scoped = await scopedOrder(manager, id, act.caller.tenant, true);
    const { order, contract } = scoped;
    rules.checkSide(scoped.side, 'banditore');
    rules.checkPending(order);
    rules.checkCeilingReady(order);
    // Catalog records the consumption under the order's id: a retried approval consumes once.
    await deps.ceiling.consume(
      contract.contractId,
      order.adhesionId ?? order.id,
      order.id,
      order.totalCents,
      act.bearer(),
    );
    const approvedAt = new Date().toISOString();
    const supplierDeadline = rules
      .supplierDeadline(new Date(approvedAt), contract.supplierResponseDays)
      .toISOString();
    await takeOrderStep(manager, 'approved', scoped, partyOf(act.caller), {
      set: {
        approvedAt,
        ceiling: 'consumato',
        supplierResponse: 'in-attesa',
        supplierDeadline,
        supplierMayDispute: contract.supplierMayDispute,
      },
      data: { approvedAt, supplierDeadline, supplierMayDispute: contract.supplierMayDispute },
      act,
    });
    await dispatchToSupplier(deps, manager, scoped, partyOf(act.caller), {
      approvedAt,
      supplierDeadline,
      supplierMayDispute: contract.supplierMayDispute,
    });
    return { id };
  });
  return orderView(deps, act.caller.tenant, id);
}

/** The banditore's RUP rejects with a reason; an order's own reservation is released. */
export async function rejectOrder(deps: OrderDeps, act: Act, id: string, reason: string) {
  await transaction(deps.dataSource, act, async (manager) => {
    const scoped = await scopedOrder(manager, id, act.caller.tenant, true);
    rules.checkSide(scoped.side, 'banditore');
    await takeOrderStep(manager, 'rejected', scoped, partyOf(act.caller), {
      set: { decisionReason: reason },
      reason,
      data: { reason, rejectedAt: now() },
      act,
      auditDetails: { reason },
    });
    return { id };
  });
  return orderView(deps, act.caller.tenant, id);
}

/** The supplier's presa visione of an approved order. */
export async function acknowledgeOrder(deps: OrderDeps, act: Act, id: string) {
  await transaction(deps.dataSource, act, async (manager) => {
    const scoped = await scopedOrder(manager, id, act.caller.tenant, true);
    rules.checkSide(scoped.side, 'fornitore');
    rules.checkSupplierAnswer(scoped.order, false, new Date());
    await store.updateOrder(manager, id, { supplierResponse: 'presa-visione' });
    await record(manager, {
      scoped,
      action: 'acknowledged',
      to: scoped.order.status,
      actor: partyOf(act.caller),
      event: {
        type: orderingEvents.orderAcknowledged.type,
        data: { automatic: false, acknowledgedAt: now() },
      },
    });
    await audit(manager, act, 'order', 'order.acknowledged', id);
    return { id };
  });
  return orderView(deps, act.caller.tenant, id);
}

/** The supplier disputes an approved order within its deadline, with a reason. */
export async function disputeOrder(deps: OrderDeps, act: Act, id: string, reason: string) {
  await transaction(deps.dataSource, act, async (manager) => {
    const scoped = await scopedOrder(manager, id, act.caller.tenant, true);
    rules.checkSide(scoped.side, 'fornitore');
    rules.checkDisputeAllowed(scoped.order);
    rules.checkSupplierAnswer(scoped.order, true, new Date());
    await store.updateOrder(manager, id, { supplierResponse: 'contestato', disputeReason: reason });
    await record(manager, {
      scoped,
      action: 'disputed',
      to: scoped.order.status,
      actor: partyOf(act.caller),
      reason,
      event: { type: orderingEvents.orderDisputed.type, data: { reason, disputedAt: now() } },
    });
    await audit(manager, act, 'order', 'order.disputed', id, { reason });
    return { id };
  });
  return orderView(deps, act.caller.tenant, id);
}

export interface OutcomeInput {
  awardDate: string;
  subject?: string;
  notes?: string;
}

/**
 * "Esito", "salva e pubblica": after approval the agency completes the missing data and the award
 * joins "Aggiudicazioni e affidamenti"; until then only the agency sees it.
 */
export async function publishOutcome(deps: OrderDeps, act: Act, id: string, input: OutcomeInput) {
  await transaction(deps.dataSource, act, async (manager) => {
    const scoped = await scopedOrder(manager, id, act.caller.tenant, true);
    const { order, contract } = scoped;
    rules.checkSide(scoped.side, 'ordinante');
    rules.checkOutcomePublishable(order);
    const publishedAt = now();
    const agency = await directory.findAgency(manager, order.agencyId);
    const subject = input.subject ?? order.subject;
    await store.updateOrder(manager, id, {
      outcome: { ...input, subject },
      outcomePublishedAt: publishedAt,
    });
    await record(manager, {
      scoped,
      action: 'outcome-published',
      to: order.status,
      actor: partyOf(act.caller),
    });
    await appendEvent(manager, {
      type: orderingEvents.outcomePublished.type,
      source: 'ordering',
      subject: id,
      tenant: order.agencyId,
      data: {
        orderId: id,
        contractId: contract.contractId,
        cig: order.derivedCig ?? '',
        buyerAgencyId: order.agencyId,
        buyerName: agency?.name ?? '',
        subject,
        supplier: { name: contract.supplier.name, fiscalCode: contract.supplier.fiscalCode },
        amountCents: order.totalCents,
        publishedAt,
      },
    });
    await audit(manager, act, 'order', 'order.outcome-published', id);
    return { id };
  });
  return orderView(deps, act.caller.tenant, id);
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const platform = { subject: 'ordering', profileId: null, agencyId: null };

/**
 * Past the deadline with no answer, an approved order counts as acknowledged (MePA's rule),
 * recorded as such.
 */
export function acknowledgeLateOrders(dataSource: DataSource) {
  return () =>
    dataSource.transaction(async (manager) => {
      const claimed = await store.claimPastDeadline(manager, 100);
      for (const { id } of claimed) {
        const scoped = await orderWithParties(manager, defined(await store.getOrder(manager, id)));
        const { order } = scoped;
        await record(manager, {
          scoped,
          action: 'acknowledged-automatically',
          to: order.status,
          actor: platform,
          event: {
            type: orderingEvents.orderAcknowledged.type,
            data: { automatic: true, acknowledgedAt: now() },
          },
        });
      }
      return claimed.length;
    });
}

/**
 * Catalog's answer to an order's own reservation: reserved (the order may be approved), or refused
 * — then the order is refused, with the remaining amount in its reason, and its buyer is told.
 */
export const ceilingAnswered: EventHandler = async (event, manager) => {
  const movement = ceilingEvents.reserved.data.parse(event.data);
  if (!uuid.test(movement.reference)) return;
  const order = await store.getOrder(manager, movement.reference, true);
  if (order?.ceiling !== 'in-prenotazione' || order.status !== 'inviato') return;
  if (event.type === ceilingEvents.reserved.type)
    return store.updateOrder(manager, order.id, { ceiling: 'prenotato' });
  const reason = defined(rules.exceeded(order.totalCents, movement.remainingCents).detail);
  const scoped = await orderWithParties(manager, order);
  await takeOrderStep(manager, 'ceiling-refused', scoped, platform, {
    set: { ceiling: 'rifiutato', decisionReason: reason },
    reason,
    data: { reason, rejectedAt: now() },
  });
};
