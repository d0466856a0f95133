import type { EntityManager } from 'typeorm';
import { anacEvents, orderingEvents } from '@app/events';
import { plainFiscalCode } from '@app/italian-codes';
import { transaction } from '@app/platform/commands';
import type { EventHandler } from '@app/platform/messaging';
import { appendEvent } from '@app/platform/outbox';
import * as rules from './order.rules.js';
import * as store from './order.store.js';
import {
  orderView,
  orderWithParties,
  partyOf,
  scopedOrder,
  takeOrderStep,
  type Act,
  type OrderDeps,
} from './order.service.js';

/**
 * The RUP as ANAC must know them travels with the command; the gateway checks it as a route would.
 */
const commandData = (act: Act, order: rules.Order) => ({
  orderId: order.id,
  cigRequestId: order.cigRequestId,
  agencyId: order.agencyId,
  requestedBy: {
    subject: act.caller.subject,
    fiscalCode: act.caller.fiscalNumber ?? '',
    roles: act.caller.roles,
    authMethod: act.caller.authMethod ?? 'password',
    acr: act.caller.acr ?? null,
  },
});

/**
 * "Conferma appalto" (RUP with SPID, CIE or CNS): the lines must add up to the CIG request's lot,
 * read again from the ANAC gateway; then the gateway is asked to confirm the appalto, and the order
 * waits "in corso" for ANAC's outcome.
 */
export async function confirmAppalto(deps: OrderDeps, act: Act, id: string) {
  rules.checkStrongRup(act.caller);
  const before = await scopedOrder(deps.dataSource.manager, id, act.caller.tenant);
  rules.checkSide(before.side, 'ordinante');
  const request = await deps.anac.cigRequest(before.order.cigRequestId, act.bearer());
  await transaction(deps.dataSource, act, async (manager) => {
    const scoped = await scopedOrder(manager, id, act.caller.tenant, true);
    rules.checkConfirmable(scoped.order, request.totalCents);
    await appendEvent(manager, {
      type: orderingEvents.appaltoConfirmationRequested.type,
      source: 'ordering',
      subject: id,
      tenant: scoped.order.agencyId,
      data: commandData(act, scoped.order),
    });
    await takeOrderStep(manager, 'appalto-confirmation-requested', scoped, partyOf(act.caller), {
      set: {
        anacErrors: null,
        cigRequestTotalCents: request.totalCents,
        rupFiscalCode: act.caller.fiscalNumber ? plainFiscalCode(act.caller.fiscalNumber) : null,
      },
      act,
    });
    return { id };
  });
  return orderView(deps, act.caller.tenant, id);
}

/**
 * "Acquisisci CIG" (RUP with SPID, CIE or CNS), once ANAC confirmed the appalto; asynchronous too.
 */
export async function acquireCig(deps: OrderDeps, act: Act, id: string) {
  rules.checkStrongRup(act.caller);
  await transaction(deps.dataSource, act, async (manager) => {
    const scoped = await scopedOrder(manager, id, act.caller.tenant, true);
    rules.checkSide(scoped.side, 'ordinante');
    rules.orderLifecycle.check('cig-acquisition-requested', scoped.order);
    await appendEvent(manager, {
      type: orderingEvents.cigAcquisitionRequested.type,
      source: 'ordering',
      subject: id,
      tenant: scoped.order.agencyId,
      data: commandData(act, scoped.order),
    });
    await takeOrderStep(manager, 'cig-acquisition-requested', scoped, partyOf(act.caller), {
      set: { anacErrors: null },
      act,
    });
    return { id };
  });
  return orderView(deps, act.caller.tenant, id);
}

const gateway = { subject: 'anac-gateway', profileId: null, agencyId: null };

/** The order of a CIG request, with its contract, for the gateway's answers. */
async function orderOfRequest(manager: EntityManager, cigRequestId: string) {
  const order = await store.orderOfCigRequest(manager, cigRequestId);
  if (!order) return undefined;
  return orderWithParties(manager, order);
}

/**
 * ANAC confirmed the appalto: the lines lock, Acquisisci CIG appears. A repeated answer changes
 * nothing.
 */
export const appaltoConfirmed: EventHandler = async (event, manager) => {
  const { cigRequestId } = anacEvents.appaltoConfirmed.data.parse(event.data);
  const scoped = await orderOfRequest(manager, cigRequestId);
  if (!scoped || !rules.orderLifecycle.can('appalto-confirmed', scoped.order.status)) return;
  await takeOrderStep(manager, 'appalto-confirmed', scoped, gateway, { set: { anacErrors: null } });
};

/**
 * ANAC refused: a refused confirmation leaves Conferma appalto available with ANAC's reasons; a
 * refused acquisition leaves Acquisisci CIG available.
 */
export const appaltoRejected: EventHandler = async (event, manager) => {
  const { cigRequestId, errors } = anacEvents.appaltoRejected.data.parse(event.data);
  const scoped = await orderOfRequest(manager, cigRequestId);
  const step =
    scoped?.order.status === 'appalto-in-corso'
      ? 'appalto-refused'
      : scoped?.order.status === 'cig-in-corso'
        ? 'cig-refused'
        : undefined;
  if (!scoped || !step) return;
  await takeOrderStep(manager, step, scoped, gateway, {
    set: { anacErrors: errors },
    reason: errors.map((error) => error.spiegazione).join(' '),
  });
};

/** The CIG ANAC assigned lands in "CIG derivato", checked; passo 2 lights up. */
export const cigAcquired: EventHandler = async (event, manager) => {
  const { cigRequestId, cigs } = anacEvents.cigAcquired.data.parse(event.data);
  const scoped = await orderOfRequest(manager, cigRequestId);
  if (!scoped || !rules.orderLifecycle.can('cig-acquired', scoped.order.status)) return;
  const checked = rules.checkedDerivedCig(cigs);
  if ('problem' in checked) {
    // Acquisisci CIG stays available, with the reason.
    await takeOrderStep(manager, 'cig-refused', scoped, gateway, {
      set: { anacErrors: [checked.problem] },
      reason: checked.problem.spiegazione,
    });
    return;
  }
  await takeOrderStep(manager, 'cig-acquired', scoped, gateway, {
    set: { derivedCig: checked.cig, anacErrors: null },
    reason: checked.cig,
  });
};

/**
 * An ANN scheda confirmed by ANAC annuls the order (seed 001: from "approvato" to "Annullato"): the
 * award shows as annulled and what the order consumed goes back to the ceiling.
 */
export const schedaConfirmed: EventHandler = async (event, manager) => {
  const scheda = anacEvents.schedaConfirmed.data.parse(event.data);
  if (scheda.code !== 'ANN') return;
  const scoped = await orderOfRequest(manager, scheda.cigRequestId);
  if (!scoped || !rules.annullable(scoped.order.status)) return;
  const annulledAt = new Date().toISOString();
  const reason = 'Annullamento procedura (scheda ANN confermata da ANAC): errata comunicazione';
  await takeOrderStep(manager, 'annulled', scoped, gateway, {
    set: { annulledAt, supplierResponse: null },
    reason,
    data: {
      orderId: scoped.order.id,
      contractId: scoped.order.contractId,
      agencyId: scoped.order.agencyId,
      banditoreAgencyId: scoped.contract.banditoreAgencyId,
      cig: scoped.order.derivedCig ?? '',
      reason,
      annulledAt,
    },
  });
};
