import type { DataSource, EntityManager } from 'typeorm';
import { catalogEvents } from '@app/events';
import type { TenantCaller } from '@app/platform/auth';
import { audit, transaction, type Command } from '@app/platform/commands';
import { ownContract, visibleContract } from '../contracts/contract.service.js';
import {
  contractClosed,
  pricesAt,
  revisionBeforeStart,
  unknownItems,
  type PriceItem,
} from './price-list.rules.js';
import * as store from './price-list.store.js';
import { appendEvent } from '@app/platform/outbox';

export type { PriceItem } from './price-list.rules.js';

/** Adds or replaces items of the base list; the banditore only, and not on a closed contract. */
export async function putItems(
  manager: EntityManager,
  contractId: string,
  tenant: string,
  items: PriceItem[],
): Promise<void> {
  const contract = await ownContract(manager, contractId, tenant);
  if (contract.status === 'chiuso') throw contractClosed();
  for (const item of items) await store.putItem(manager, contractId, item);
}

export async function addRevision(
  manager: EntityManager,
  contractId: string,
  tenant: string,
  revision: {
    effectiveFrom: string;
    percentBasisPoints?: number;
    prices?: Record<string, number>;
    note?: string;
  },
  author: string,
) {
  const contract = await ownContract(manager, contractId, tenant);
  if (revision.effectiveFrom < contract.startDate) throw revisionBeforeStart(contract.startDate);
  const items = new Set((await store.baseItems(manager, contractId)).map((item) => item.code));
  const unknown = Object.keys(revision.prices ?? {}).filter((code) => !items.has(code));
  if (unknown.length) throw unknownItems(unknown);
  const id = await store.insertRevision(manager, contractId, revision, author);
  // A draft's prices are the banditore's own business; once published, every adhering agency and
  // every partner is told.
  if (contract.status !== 'bozza')
    await appendEvent(manager, {
      type: catalogEvents.priceListRevised.type,
      source: 'catalog',
      subject: contractId,
      tenant,
      data: {
        contractId,
        banditoreAgencyId: contract.banditore.agencyId,
        title: contract.title,
        cig: contract.cig,
        revisionId: id,
        effectiveFrom: revision.effectiveFrom,
        percentBasisPoints: revision.percentBasisPoints ?? null,
        repricedItems: Object.keys(revision.prices ?? {}).length,
        note: revision.note ?? null,
      },
    });
  return { id, ...revision };
}

/** The price list in force at a date, with the revisions that made it. */
export async function priceListAt(
  manager: EntityManager,
  contractId: string,
  tenant: string | undefined,
  at: string,
) {
  await visibleContract(manager, contractId, tenant);
  const items = await store.baseItems(manager, contractId);
  const all = await store.revisionsOf(manager, contractId);
  const prices = pricesAt(
    Object.fromEntries(items.map((item) => [item.code, item.unitPriceCents])),
    all,
    at,
  );
  return {
    at,
    items: items.map((item) => ({
      ...item,
      unitPriceCents: prices[item.code] ?? item.unitPriceCents,
      basePriceCents: item.unitPriceCents,
    })),
    revisionsApplied: all.filter((revision) => revision.effectiveFrom <= at),
  };
}

/**
 * Re-prices a needs plan drafted at one date with the prices in force at another (seed 001: the 4.9
 * % rise).
 */
export async function reprice(
  manager: EntityManager,
  contractId: string,
  tenant: string | undefined,
  plan: { draftedAt: string; at: string; lines: { code: string; quantity: number }[] },
) {
  const before = await priceListAt(manager, contractId, tenant, plan.draftedAt);
  const after = await priceListAt(manager, contractId, tenant, plan.at);
  const priceOf = (list: typeof before, code: string) =>
    list.items.find((item) => item.code === code)?.unitPriceCents;
  const unknown = plan.lines
    .filter((line) => priceOf(after, line.code) === undefined)
    .map((line) => line.code);
  if (unknown.length) throw unknownItems(unknown);
  const lines = plan.lines.map((line) => {
    // Every code is in the list in force (checked above); one not yet listed when drafted cost what
    // it costs now.
    const currentUnit = priceOf(after, line.code) ?? 0;
    const draftedUnit = priceOf(before, line.code) ?? currentUnit;
    return {
      ...line,
      draftedUnitCents: draftedUnit,
      currentUnitCents: currentUnit,
      draftedTotalCents: draftedUnit * line.quantity,
      currentTotalCents: currentUnit * line.quantity,
    };
  });
  const draftedTotalCents = lines.reduce((sum, line) => sum + line.draftedTotalCents, 0);
  const currentTotalCents = lines.reduce((sum, line) => sum + line.currentTotalCents, 0);
  return {
    draftedAt: plan.draftedAt,
    at: plan.at,
    lines,
    draftedTotalCents,
    currentTotalCents,
    differenceCents: currentTotalCents - draftedTotalCents,
  };
}

type Act = Command<TenantCaller>;

/** "Listino": items added or replaced by the banditore; answers the list in force today. */
export function changeItems(
  dataSource: DataSource,
  act: Act,
  contractId: string,
  items: PriceItem[],
  today: string,
) {
  return transaction(dataSource, act, async (manager) => {
    await putItems(manager, contractId, act.caller.tenant, items);
    await audit(manager, act, 'contract', 'price-list.items-changed', contractId, {
      items: items.length,
    });
    return priceListAt(manager, contractId, act.caller.tenant, today);
  });
}

/** "Revisione prezzi" from a date. */
export function revise(
  dataSource: DataSource,
  act: Act,
  contractId: string,
  revision: Parameters<typeof addRevision>[3],
) {
  return transaction(dataSource, act, async (manager) => {
    const added = await addRevision(
      manager,
      contractId,
      act.caller.tenant,
      revision,
      act.caller.subject,
    );
    await audit(manager, act, 'contract', 'price-list.revised', contractId, {
      effectiveFrom: revision.effectiveFrom,
    });
    return added;
  });
}
