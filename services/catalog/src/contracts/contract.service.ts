import { auditTrailOf } from '@app/platform/audit';
import type { DataSource, EntityManager } from 'typeorm';
import { catalogEvents } from '@app/events';
import type { Caller, TenantCaller } from '@app/platform/auth';
import { audit, transaction, type Command } from '@app/platform/commands';
import { notFound, defined } from '@app/platform/errors';
import { validationError } from '@app/platform/http';
import { takeStep } from '@app/platform/lifecycle';
import { appendEvent } from '@app/platform/outbox';
import type { ContractFields } from './contract.schema.js';
import * as rules from './contract.rules.js';
import { keepingFiles } from './contract-documents.rules.js';
import type { Contract, Transition } from './contract.rules.js';
import * as store from './contract.store.js';
import { searchContracts as searchStore } from './contract-search.store.js';
import type { SearchQuery } from './contract-search.schema.js';
import type { SearchCache } from './search-cache.js';

/** The contract as this transaction reads or left it. */
/** The contract as this transaction sees it, read back after a change. */
const contractNow = async (manager: EntityManager, id: string): Promise<Contract> =>
  defined(await store.findContract(manager, id), `contract ${id}`);

export interface ContractDeps {
  dataSource: DataSource;
  searches: SearchCache;
}
type Act = Command<TenantCaller>;

/** A contract the caller may see: published ones for everyone, drafts only for their banditore. */
export async function visibleContract(
  manager: EntityManager,
  id: string,
  tenant: string | undefined,
): Promise<Contract> {
  const contract = await store.findContract(manager, id);
  if (!contract || !rules.isVisible(contract, tenant)) throw notFound('Contratto');
  return contract;
}

/**
 * A contract its banditore is about to change (locked); another agency's contract is 403. Read
 * first, then locked: the row lock is the banditore's alone (the database refuses it to anyone
 * else), while another agency that may read the contract must hear why it cannot change it.
 */
export async function ownContract(
  manager: EntityManager,
  id: string,
  tenant: string,
): Promise<Contract> {
  rules.checkBanditore(await visibleContract(manager, id, tenant), tenant);
  const contract = await store.findContract(manager, id, true);
  if (!contract) throw notFound('Contratto');
  return contract;
}

/**
 * Registro delle operazioni of a contract (its changes, prices, publication), for the banditore's
 * administrator.
 */
export async function contractAuditTrail(deps: ContractDeps, caller: TenantCaller, id: string) {
  const manager = deps.dataSource.manager;
  rules.checkBanditore(await visibleContract(manager, id, caller.tenant), caller.tenant);
  return auditTrailOf(manager, { type: 'contract', id }, caller.tenant, rules.auditLabels);
}

async function announce(
  manager: EntityManager,
  contract: Contract,
  changedFields: string[],
): Promise<void> {
  await appendEvent(manager, {
    type: catalogEvents.contractUpdated.type,
    source: 'catalog',
    subject: contract.id,
    tenant: contract.banditore.agencyId,
    data: { ...rules.facts(contract), changedFields },
  });
}

export async function create(
  manager: EntityManager,
  tenant: string,
  fields: ContractFields,
  author: string,
): Promise<Contract> {
  const id = await store.insertContract(manager, tenant, fields);
  const contract = await contractNow(manager, id);
  await store.addVersion(manager, contract, Object.keys(fields), author);
  return contract;
}

/** Applies a change: every change is a version, and a published contract's change is announced. */
export async function change(
  manager: EntityManager,
  id: string,
  tenant: string,
  fields: Partial<ContractFields>,
  author: string,
): Promise<Contract> {
  const before = await ownContract(manager, id, tenant);
  if (fields.documents) {
    fields = { ...fields, documents: keepingFiles(before.documents, fields.documents) };
  }
  const changed = rules.changedFields(before, fields);
  if (changed.length === 0) return before;
  await store.updateFields(manager, id, fields, changed);
  const after = await contractNow(manager, id);
  await store.addVersion(manager, after, changed, author);
  if (after.status !== 'bozza') await announce(manager, after, changed);
  return after;
}

/**
 * bozza → pubblicato → sospeso ↔ pubblicato → chiuso; a published contract past its expiry reads
 * scaduto.
 */
export async function move(
  manager: EntityManager,
  id: string,
  tenant: string,
  transition: Transition,
  author: string,
  history?: { publishedAt: string },
): Promise<Contract> {
  const before = await ownContract(manager, id, tenant);
  rules.checkTransition(
    before,
    transition,
    new Date().toISOString().slice(0, 10),
    Boolean(history),
  );
  await takeStep(rules.contractLifecycle, transition, rules.storedState(before), {
    save: (to) => store.setStatus(manager, id, to, history?.publishedAt),
    record: async () => {
      const after = await contractNow(manager, id);
      await store.addVersion(manager, after, ['status'], author);
      if (transition !== 'publish') await announce(manager, after, ['status']);
      else
        await appendEvent(manager, {
          type: catalogEvents.contractPublished.type,
          source: 'catalog',
          subject: id,
          tenant,
          data: rules.facts(after),
        });
    },
  });
  return await contractNow(manager, id);
}

/** Every write to contracts clears the remembered searches once it has committed. */
async function write<T>(
  deps: ContractDeps,
  act: Act,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  try {
    return await transaction(deps.dataSource, act, work);
  } finally {
    deps.searches.invalidate();
  }
}

export function createContract(
  deps: ContractDeps,
  act: Act,
  fields: ContractFields,
): Promise<Contract> {
  return write(deps, act, async (manager) => {
    const contract = await create(manager, act.caller.tenant, fields, act.caller.subject);
    await audit(manager, act, 'contract', 'contract.created', contract.id);
    return contract;
  });
}

/**
 * Only what the client sent is a change (a default of the schema is not); sending nothing is
 * refused.
 */
export function updateContract(
  deps: ContractDeps,
  act: Act,
  id: string,
  sent: Partial<ContractFields>,
): Promise<Contract> {
  if (Object.keys(sent).length === 0) {
    throw validationError([
      {
        location: 'body',
        path: '',
        message: 'Nessuna modifica indicata: invia almeno un campo del contratto.',
      },
    ]);
  }
  return write(deps, act, async (manager) => {
    const contract = await change(manager, id, act.caller.tenant, sent, act.caller.subject);
    await audit(manager, act, 'contract', 'contract.changed', id, {
      version: contract.version,
      fields: Object.keys(sent),
    });
    return contract;
  });
}

export function transitionContract(
  deps: ContractDeps,
  act: Act,
  id: string,
  transition: Transition,
): Promise<Contract> {
  return write(deps, act, async (manager) => {
    const contract = await move(manager, id, act.caller.tenant, transition, act.caller.subject);
    await audit(manager, act, 'contract', `contract.${transition}`, id, {
      status: contract.status,
    });
    return contract;
  });
}

export function searchContracts(
  deps: ContractDeps,
  caller: Caller | undefined,
  query: SearchQuery,
) {
  const tenant = caller?.tenant;
  return deps.searches.lookup(query, tenant, () =>
    searchStore(deps.dataSource.manager, query, tenant),
  );
}

export function getContract(
  deps: ContractDeps,
  caller: Caller | undefined,
  id: string,
): Promise<Contract> {
  return visibleContract(deps.dataSource.manager, id, caller?.tenant);
}

export async function listVersions(deps: ContractDeps, caller: Caller | undefined, id: string) {
  await visibleContract(deps.dataSource.manager, id, caller?.tenant);
  return store.versionsOf(deps.dataSource.manager, id);
}

/**
 * The facts of every contract past its draft: for services that start after the events went by (the
 * demo loader).
 */
export async function announcedContracts(manager: EntityManager) {
  const found = await Promise.all(
    (await store.announcedIds(manager)).map((id) => store.findContract(manager, id)),
  );
  return found.filter((contract): contract is Contract => contract !== undefined).map(rules.facts);
}
