import { limitOffset, type PageQuery } from '@app/platform/http';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import type { Caller, TenantCaller } from '@app/platform/auth';
import { auditTrailOf } from '@app/platform/audit';
import { audit, transaction, type Command } from '@app/platform/commands';
import { notFound, defined } from '@app/platform/errors';
import { takeStep } from '@app/platform/lifecycle';
import { appendEvent } from '@app/platform/outbox';
import type { DocumentStore, TrustList } from '@app/signed-documents';
import type { AnacGatewayClient, CatalogCeilingClient } from '../clients/other-services.client.js';
import * as directory from '../directory/directory.store.js';
import type { KnownContract } from '../directory/directory.store.js';
import { isRegistered } from '../directory/registered-people.store.js';
import * as rules from './order.rules.js';
import type { Order, OrderLine, Party, Side } from './order.rules.js';
import * as store from './order.store.js';

export interface OrderDeps {
  dataSource: DataSource;
  store: DocumentStore;
  trust: TrustList;
  anac: AnacGatewayClient;
  ceiling: CatalogCeilingClient;
  maxUploadBytes: number;
  livePollMs: number;
  logger: Logger;
}

export type Act = Command<TenantCaller>;
export interface Scoped {
  order: Order;
  contract: KnownContract;
  side: Side;
  supplierAgencyId: string | null;
}

export const partyOf = (caller: Caller): Party => ({
  subject: caller.subject,
  profileId: caller.profileId ?? null,
  agencyId: caller.tenant ?? null,
});

const today = () => new Date().toISOString().slice(0, 10);

async function contractOrFail(manager: EntityManager, contractId: string): Promise<KnownContract> {
  const contract = await directory.findContract(manager, contractId);
  if (!contract) throw notFound('Contratto');
  return contract;
}

/**
 * The order as the agency may see it (see the store's visibility), with the contract and the
 * agency's side.
 */
export async function scopedOrder(
  manager: EntityManager,
  id: string,
  tenant: string,
  lock = false,
): Promise<Scoped> {
  const order = await store.findVisible(manager, id, tenant, lock);
  if (!order) throw notFound('Ordinativo');
  const contract = await contractOrFail(manager, order.contractId);
  const supplierAgencyId = await directory.agencyWithFiscalCode(
    manager,
    contract.supplier.fiscalCode,
  );
  const side = rules.sideOf(order, tenant, contract.banditoreAgencyId, supplierAgencyId);
  if (!side) throw notFound('Ordinativo');
  return { order, contract, side, supplierAgencyId };
}

/**
 * The order with its contract and its supplier's agency, for the platform's own steps (answers of
 * other systems, sweeps): no caller's side to check.
 */
export async function orderWithParties(manager: EntityManager, order: Order) {
  const contract = defined(await directory.findContract(manager, order.contractId));
  const supplierAgencyId = await directory.agencyWithFiscalCode(
    manager,
    contract.supplier.fiscalCode,
  );
  return { order, contract, supplierAgencyId };
}

/** What every ordering event says of the order, for notify to address the parties. */
export async function orderFacts(
  manager: EntityManager,
  scoped: Pick<Scoped, 'order' | 'contract' | 'supplierAgencyId'>,
  actor: Party,
) {
  const { order, contract } = scoped;
  const agency = await directory.findAgency(manager, order.agencyId);
  return {
    orderId: order.id,
    code: order.code,
    contractId: contract.contractId,
    contractTitle: contract.title,
    contractCig: contract.cig,
    agencyId: order.agencyId,
    agencyName: agency?.name ?? '',
    banditoreAgencyId: contract.banditoreAgencyId,
    supplier: { ...contract.supplier, agencyId: scoped.supplierAgencyId },
    adhesionId: order.adhesionId,
    cig: order.derivedCig,
    totalCents: order.totalCents,
    sender: await store.senderOf(manager, order.id),
    actor,
    nsoId: order.nsoId,
  };
}

export interface Transition {
  scoped: Pick<Scoped, 'order' | 'contract' | 'supplierAgencyId'>;
  action: string;
  to: rules.OrderStatus | null;
  actor: Party;
  reason?: string;
  event?: { type: string; data: Record<string, unknown> };
}

/**
 * One step of the order: its history row, and its event when it has one. Same transaction as the
 * change.
 */
export async function record(manager: EntityManager, step: Transition): Promise<void> {
  const { order } = step.scoped;
  await store.addHistory(manager, {
    orderId: order.id,
    action: step.action,
    from: order.status,
    to: step.to,
    actor: step.actor,
    reason: step.reason,
  });
  if (!step.event) return;
  const data = { ...(await orderFacts(manager, step.scoped, step.actor)), ...step.event.data };
  await appendEvent(manager, {
    type: step.event.type,
    source: 'ordering',
    subject: order.id,
    tenant: order.agencyId,
    data,
  });
}

/** What a step of the order sets besides its state, and what its history and event say. */
export interface StepDetails {
  set?: Omit<store.OrderChange, 'status'>;
  reason?: string;
  data?: Record<string, unknown>;
  /** The command, for the audit entry (an answer of ANAC's has none). */
  act?: Act;
  auditDetails?: Record<string, unknown>;
}

/**
 * Takes one declared step of the order (`rules.orderLifecycle`): its guard, the new state with what
 * the step sets, the history row with its event, and the audit entry, in the caller's transaction.
 */
export function takeOrderStep(
  manager: EntityManager,
  step: rules.OrderStep,
  scoped: Transition['scoped'],
  actor: Party,
  details: StepDetails = {},
) {
  const { act } = details;
  return takeStep(rules.orderLifecycle, step, scoped.order, {
    save: (to) => store.updateOrder(manager, scoped.order.id, { ...details.set, status: to }),
    record: (taken) =>
      record(manager, {
        scoped,
        action: taken.action,
        to: taken.to,
        actor,
        reason: details.reason,
        event: taken.emits ? { type: taken.emits, data: details.data ?? {} } : undefined,
      }),
    audit: act
      ? (action) => audit(manager, act, 'order', action, scoped.order.id, details.auditDetails)
      : undefined,
  });
}

/**
 * The order with what each side reads: labels, the derived CIG's helper, its documents and history.
 */
export async function orderView(deps: OrderDeps, tenant: string, id: string) {
  const { order, contract, side } = await scopedOrder(deps.dataSource.manager, id, tenant);
  const documents = await store.documentsOf(deps.dataSource.manager, id);
  const returned = await store.supplierDocumentsOf(deps.dataSource.manager, id);
  return {
    ...order,
    side,
    supplierDocuments: returned.map((row) => ({
      ...row,
      kindLabel: rules.supplierDocumentKinds[row.kind as rules.SupplierDocumentKind],
    })),
    statusLabel: rules.statusLabels[order.status],
    supplierResponseLabel: order.supplierResponse
      ? rules.supplierResponseLabels[order.supplierResponse]
      : null,
    derivedCigHelper: order.derivedCig ? null : rules.banners.derivedCigHelper,
    banner:
      order.status === 'appalto-in-corso'
        ? rules.banners.confirmation
        : order.status === 'cig-in-corso'
          ? rules.banners.acquisition
          : null,
    contract: {
      id: contract.contractId,
      title: contract.title,
      cig: contract.cig,
      cup: contract.cup,
      supplier: contract.supplier,
      supplierMayDispute: contract.supplierMayDispute,
    },
    requirements: contract.orderRequirements.map((requirement, index) => ({
      id: String(index + 1),
      ...requirement,
      documentId:
        documents.find((document) => document.requirementId === String(index + 1))?.documentId ??
        null,
    })),
  };
}

/**
 * What the order's page shows live, once per change: the latest history entry's id names the state,
 * so a browser that reconnects with it gets nothing until the order moves again.
 */
export async function orderStateAfter(
  deps: OrderDeps,
  caller: TenantCaller,
  id: string,
  afterId: string | undefined,
) {
  const latest = await store.latestHistoryId(deps.dataSource.manager, id);
  if (afterId !== undefined && String(latest) === afterId) {
    await scopedOrder(deps.dataSource.manager, id, caller.tenant);
    return [];
  }
  const view = await orderView(deps, caller.tenant, id);
  const data = {
    status: view.status,
    statusLabel: view.statusLabel,
    banner: view.banner,
    derivedCig: view.derivedCig,
    derivedCigHelper: view.derivedCigHelper,
    supplierResponseLabel: view.supplierResponseLabel,
    anacErrors: view.anacErrors,
  };
  return [{ id: String(latest), event: 'state', data }];
}

export async function listOrders(
  deps: OrderDeps,
  caller: TenantCaller,
  contractId: string,
  page: PageQuery,
) {
  await contractOrFail(deps.dataSource.manager, contractId);
  const orders = await store.listForContract(
    deps.dataSource.manager,
    contractId,
    caller.tenant,
    limitOffset(page),
  );
  return orders.map((order: { status: rules.OrderStatus }) => ({
    ...order,
    statusLabel: rules.statusLabels[order.status],
  }));
}

/**
 * Registro delle operazioni: every audited change of an order its agency may see, for the agency's
 * administrator.
 */
export async function orderAuditTrail(deps: OrderDeps, caller: TenantCaller, id: string) {
  await scopedOrder(deps.dataSource.manager, id, caller.tenant);
  return auditTrailOf(
    deps.dataSource.manager,
    { type: 'order', id },
    caller.tenant,
    rules.auditLabels,
  );
}

export async function orderHistory(deps: OrderDeps, caller: TenantCaller, id: string) {
  await scopedOrder(deps.dataSource.manager, id, caller.tenant);
  const steps: { action: string; toStatus: rules.OrderStatus | null }[] = await store.historyOf(
    deps.dataSource.manager,
    id,
  );
  return steps.map((step) => ({
    ...step,
    actionLabel: rules.historyLabels[step.action] ?? step.action,
    toStatusLabel: step.toStatus ? rules.statusLabels[step.toStatus] : null,
  }));
}

export interface NewOrderInput {
  cigRequestId: string;
  adhesionId?: string;
  lines: OrderLine[];
}

/**
 * "Nuovo ordine", after "Richiedi CIG" and "Vai all'ordine": a draft order of the agency on a
 * contract it may order from, under its approved adhesion, for a CIG request of its own not yet
 * sent to ANAC.
 */
/** An open contract the caller's agency may order on, and the caller registered to a convention. */
async function checkMayOrder(manager: EntityManager, contractId: string, caller: TenantCaller) {
  const contract = await contractOrFail(manager, contractId);
  rules.checkOrderable(contract, caller.tenant, today());
  rules.checkRegistered(contract, await isRegistered(manager, contractId, caller));
  return contract;
}

export async function createOrder(
  deps: OrderDeps,
  act: Act,
  contractId: string,
  input: NewOrderInput,
) {
  const { caller } = act;
  // Who may order here is known before ANAC's gateway is asked for the CIG request.
  await checkMayOrder(deps.dataSource.manager, contractId, caller);
  const request = await deps.anac.cigRequest(input.cigRequestId, act.bearer());
  const created = await transaction(deps.dataSource, act, async (manager) => {
    const contract = await checkMayOrder(manager, contractId, caller);
    const approved = await directory.approvedAdhesionsOf(manager, contractId, caller.tenant);
    const adhesionId = rules.adhesionFor(contract.requiresAdhesion, approved, input.adhesionId);
    rules.checkCigRequest(request, contract.cig, adhesionId);
    rules.checkCigRequestUnused((await store.orderOfCigRequest(manager, request.id))?.code);
    const id = randomUUID();
    const year = new Date().getFullYear();
    const code = rules.orderCode(await store.nextCodeNumber(manager, year), year);
    await store.insertOrder(manager, {
      id,
      code,
      contractId,
      agencyId: caller.tenant,
      adhesionId,
      cigRequestId: request.id,
      subject: request.subject,
      lines: input.lines,
      totalCents: rules.totalOf(input.lines),
      cigRequestTotalCents: request.totalCents,
      createdBy: caller.subject,
    });
    const order = defined(await store.getOrder(manager, id));
    await record(manager, {
      scoped: { order, contract, supplierAgencyId: null },
      action: 'created',
      to: defined(rules.orderLifecycle.initial[0]),
      actor: partyOf(caller),
    });
    await audit(manager, act, 'order', 'order.created', id, { code, cigRequestId: request.id });
    return { id };
  });
  return orderView(deps, caller.tenant, created.id);
}

/** Passo 1: the lines (total recomputed) and the adhesion, until the appalto is confirmed. */
export async function updateOrder(
  deps: OrderDeps,
  act: Act,
  id: string,
  change: { lines?: OrderLine[]; adhesionId?: string },
) {
  await transaction(deps.dataSource, act, async (manager) => {
    const { order, contract, side } = await scopedOrder(manager, id, act.caller.tenant, true);
    rules.checkSide(side, 'ordinante');
    rules.checkLinesEditable(order);
    const adhesionId =
      change.adhesionId === undefined
        ? order.adhesionId
        : rules.adhesionFor(
            contract.requiresAdhesion,
            await directory.approvedAdhesionsOf(manager, contract.contractId, order.agencyId),
            change.adhesionId,
          );
    const lines = change.lines ?? order.lines;
    await store.updateOrder(manager, id, { lines, totalCents: rules.totalOf(lines), adhesionId });
    await audit(manager, act, 'order', 'order.changed', id, { lines: lines.length });
  });
  return orderView(deps, act.caller.tenant, id);
}
