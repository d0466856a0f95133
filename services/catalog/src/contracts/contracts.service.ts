import type { EntityManager } from 'typeorm';
import { catalogEvents } from '@app/events';
import { AppError, conflict, forbidden, notFound } from '@app/platform/errors';
import { appendEvent } from '@app/platform/outbox';
import { editableAfterPublication, type ContractFields } from './contract.schema.js';

export type ContractStatus = 'bozza' | 'pubblicato' | 'sospeso' | 'chiuso';

export interface Contract extends ContractFields {
  id: string;
  banditore: { agencyId: string; name: string | null };
  /** `scaduto` is a published contract past its expiry. */
  status: ContractStatus | 'scaduto';
  version: number;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

const columns = `c.id, c.kind, c.title, c.description, c.cig, c.cup, c.cpv, c.lots, c.rup, c.ceiling_cents::float8 AS "ceilingCents",
  to_char(c.start_date, 'YYYY-MM-DD') AS "startDate", to_char(c.expiry_date, 'YYYY-MM-DD') AS "expiryDate", c.eligible_agencies AS "eligibleAgencies",
  c.supplier, c.documents, c.rounds, c.order_requirements AS "orderRequirements", c.enabled_users AS "enabledUsers", c.contacts,
  CASE WHEN c.status = 'pubblicato' AND c.expiry_date < current_date THEN 'scaduto' ELSE c.status END AS status,
  c.version, c.published_at AS "publishedAt", c.created_at AS "createdAt", c.updated_at AS "updatedAt",
  json_build_object('agencyId', c.banditore_agency_id, 'name', d.name) AS banditore`;
export const contractSelect = `SELECT ${columns} FROM contracts c LEFT JOIN agency_directory d ON d.agency_id = c.banditore_agency_id`;

const toColumn: Record<keyof ContractFields, string> = {
  kind: 'kind', title: 'title', description: 'description', cig: 'cig', cup: 'cup', cpv: 'cpv', lots: 'lots', rup: 'rup',
  ceilingCents: 'ceiling_cents', startDate: 'start_date', expiryDate: 'expiry_date', eligibleAgencies: 'eligible_agencies',
  supplier: 'supplier', documents: 'documents', rounds: 'rounds', orderRequirements: 'order_requirements', enabledUsers: 'enabled_users', contacts: 'contacts',
};
const jsonColumns = new Set(['lots', 'rup', 'supplier', 'documents', 'rounds', 'order_requirements']);
const valueFor = (column: string, value: unknown) => (jsonColumns.has(column) ? JSON.stringify(value) : value ?? null);

export async function contractById(manager: EntityManager, id: string, lock = false): Promise<Contract | undefined> {
  const [row] = await manager.query(`${contractSelect} WHERE c.id = $1${lock ? ' FOR UPDATE OF c' : ''}`, [id]);
  return row;
}

/** A contract the caller may see: published ones for everyone, drafts only for their banditore. */
export async function visibleContract(manager: EntityManager, id: string, tenant: string | undefined): Promise<Contract> {
  const contract = await contractById(manager, id);
  if (!contract || (contract.status === 'bozza' && contract.banditore.agencyId !== tenant)) throw notFound('Contratto');
  return contract;
}

/** A contract its banditore is about to change; another agency's contract is 403. */
export async function ownContract(manager: EntityManager, id: string, tenant: string): Promise<Contract> {
  const contract = await contractById(manager, id, true);
  if (!contract || (contract.status === 'bozza' && contract.banditore.agencyId !== tenant)) throw notFound('Contratto');
  if (contract.banditore.agencyId !== tenant) throw forbidden('Solo il soggetto banditore può modificare il contratto.', 'NOT_BANDITORE');
  return contract;
}

export async function createContract(manager: EntityManager, tenant: string, fields: ContractFields, author: string): Promise<Contract> {
  const entries = Object.entries(toColumn).filter(([field]) => (fields as Record<string, unknown>)[field] !== undefined);
  const [{ id }] = await manager.query(
    `INSERT INTO contracts (banditore_agency_id, ${entries.map(([, column]) => column).join(', ')})
     VALUES ($1, ${entries.map((_, i) => `$${i + 2}`).join(', ')}) RETURNING id`,
    [tenant, ...entries.map(([field, column]) => valueFor(column, (fields as Record<string, unknown>)[field]))]);
  const contract = (await contractById(manager, id))!;
  await recordVersion(manager, contract, Object.keys(fields), author);
  return contract;
}

/** Applies a change: any field of a draft; after publication only the editable ones. Every change is a version. */
export async function changeContract(manager: EntityManager, id: string, tenant: string, change: Partial<ContractFields>, author: string): Promise<Contract> {
  const before = await ownContract(manager, id, tenant);
  if (before.status === 'chiuso') throw conflict('Il contratto è chiuso: non può essere modificato.', 'CONTRACT_CLOSED');
  const changed = (Object.keys(change) as (keyof ContractFields)[]).filter((field) => JSON.stringify(change[field]) !== JSON.stringify(before[field]));
  if (before.status !== 'bozza') {
    const locked = changed.filter((field) => !(editableAfterPublication as readonly string[]).includes(field));
    if (locked.length) {
      throw conflict(`Dopo la pubblicazione si possono modificare solo descrizione, documentazione, scadenza e contatti (non: ${locked.join(', ')}).`, 'FIELD_LOCKED');
    }
  }
  if (changed.length === 0) return before;
  const merged = { ...before, ...change };
  if (merged.expiryDate <= merged.startDate) throw new AppError({ code: 'VALIDATION_FAILED', status: 400, title: 'Dati non validi', detail: 'La scadenza deve essere successiva alla data di inizio.' });
  const assignments = changed.map((field, i) => `${toColumn[field]} = $${i + 2}`);
  await manager.query(`UPDATE contracts SET ${assignments.join(', ')}, version = version + 1, updated_at = now() WHERE id = $1`,
    [id, ...changed.map((field) => valueFor(toColumn[field], change[field]))]);
  const after = (await contractById(manager, id))!;
  await recordVersion(manager, after, changed, author);
  if (after.status !== 'bozza') await announce(manager, after, changed);
  return after;
}

const transitions: Record<string, { from: ContractStatus[]; to: ContractStatus; label: string }> = {
  publish: { from: ['bozza'], to: 'pubblicato', label: 'pubblicare' },
  suspend: { from: ['pubblicato'], to: 'sospeso', label: 'sospendere' },
  resume: { from: ['sospeso'], to: 'pubblicato', label: 'riattivare' },
  close: { from: ['pubblicato', 'sospeso'], to: 'chiuso', label: 'chiudere' },
};

export type Transition = keyof typeof transitions;

/** bozza → pubblicato → sospeso ↔ pubblicato → chiuso; a published contract past its expiry reads scaduto. */
export async function moveContract(manager: EntityManager, id: string, tenant: string, transition: Transition, author: string, history?: { publishedAt: string }): Promise<Contract> {
  const rule = transitions[transition]!;
  const before = await ownContract(manager, id, tenant);
  const stored = before.status === 'scaduto' ? 'pubblicato' : before.status;
  if (!rule.from.includes(stored)) throw conflict(`Non è possibile ${rule.label} un contratto nello stato «${before.status}».`, 'INVALID_TRANSITION');
  // A publication recorded from history (the demo world) may concern a contract expired since.
  if (transition === 'publish' && !history && before.expiryDate < new Date().toISOString().slice(0, 10)) throw conflict('La scadenza è già passata: aggiornala prima di pubblicare.', 'EXPIRED');
  await manager.query(
    `UPDATE contracts SET status = $2, version = version + 1, updated_at = now(), published_at = CASE WHEN $2 = 'pubblicato' THEN coalesce(published_at, $3::timestamptz, now()) ELSE published_at END WHERE id = $1`,
    [id, rule.to, history?.publishedAt ?? null]);
  const after = (await contractById(manager, id))!;
  await recordVersion(manager, after, ['status'], author);
  if (transition === 'publish') {
    await appendEvent(manager, { type: catalogEvents.contractPublished.type, source: 'catalog', subject: id, tenant, data: facts(after) });
  } else {
    await announce(manager, after, ['status']);
  }
  return after;
}

export async function contractVersions(manager: EntityManager, id: string): Promise<{ version: number; changedFields: string[]; changedBy: string; changedAt: string }[]> {
  return manager.query(
    'SELECT version, changed_fields AS "changedFields", changed_by AS "changedBy", changed_at AS "changedAt" FROM contract_versions WHERE contract_id = $1 ORDER BY version', [id]);
}

async function recordVersion(manager: EntityManager, contract: Contract, changed: string[], author: string): Promise<void> {
  await manager.query('INSERT INTO contract_versions (contract_id, version, snapshot, changed_fields, changed_by) VALUES ($1, $2, $3, $4, $5)',
    [contract.id, contract.version, JSON.stringify(contract), changed, author]);
}

/** What other services are told of a contract (catalog.contract.* events). */
export function facts(contract: Contract) {
  return {
    contractId: contract.id, kind: contract.kind, banditoreAgencyId: contract.banditore.agencyId, title: contract.title, cig: contract.cig,
    ceilingCents: contract.ceilingCents, startDate: contract.startDate, expiryDate: contract.expiryDate, eligibleAgencies: contract.eligibleAgencies,
    supplier: contract.supplier, rounds: contract.rounds, orderRequirements: contract.orderRequirements, status: contract.status, version: contract.version,
  };
}

async function announce(manager: EntityManager, contract: Contract, changedFields: string[]): Promise<void> {
  await appendEvent(manager, {
    type: catalogEvents.contractUpdated.type, source: 'catalog', subject: contract.id, tenant: contract.banditore.agencyId,
    data: { ...facts(contract), changedFields },
  });
}

/** The facts of every contract past its draft: for services that start after the events went by (the demo loader). */
export async function announcedContracts(manager: EntityManager) {
  const ids: { id: string }[] = await manager.query("SELECT id FROM contracts WHERE status <> 'bozza' ORDER BY created_at");
  const found = await Promise.all(ids.map(({ id }) => contractById(manager, id)));
  return found.filter((contract): contract is Contract => contract !== undefined).map(facts);
}
