import type { EntityManager } from 'typeorm';
import { todayInItaly } from '@app/platform/db';
import type { ContractFields } from './contract.schema.js';
import type { Contract, ContractStatus } from './contract.rules.js';

const columns = `c.id, c.kind, c.title, c.description, c.cig, c.cup, c.cpv, c.lots, c.rup,
  c.ceiling_cents::float8 AS "ceilingCents", to_char(c.start_date, 'YYYY-MM-DD') AS "startDate",
  to_char(c.expiry_date, 'YYYY-MM-DD') AS "expiryDate", c.eligible_agencies AS "eligibleAgencies",
    c.supplier, c.documents,
  c.rounds, c.order_requirements AS "orderRequirements", c.enabled_users AS "enabledUsers",
    c.contacts,
  c.supplier_response_days AS "supplierResponseDays", c.supplier_may_dispute AS "supplierMayDispute",
  CASE WHEN c.status = 'pubblicato' AND c.expiry_date < ${todayInItaly} THEN 'scaduto' ELSE c.status
    END AS status,
  c.version, c.published_at AS "publishedAt", c.created_at AS "createdAt", c.updated_at AS
    "updatedAt",
  json_build_object('agencyId', c.banditore_agency_id, 'name', d.name) AS banditore`;
const contractSelect =
  `SELECT ${columns} FROM contracts c LEFT JOIN agency_directory d ON ` +
  `d.agency_id = c.banditore_agency_id`;

const toColumn: Record<keyof ContractFields, string> = {
  kind: 'kind',
  title: 'title',
  description: 'description',
  cig: 'cig',
  cup: 'cup',
  cpv: 'cpv',
  lots: 'lots',
  rup: 'rup',
  ceilingCents: 'ceiling_cents',
  startDate: 'start_date',
  expiryDate: 'expiry_date',
  eligibleAgencies: 'eligible_agencies',
  supplier: 'supplier',
  documents: 'documents',
  rounds: 'rounds',
  orderRequirements: 'order_requirements',
  enabledUsers: 'enabled_users',
  contacts: 'contacts',
  supplierResponseDays: 'supplier_response_days',
  supplierMayDispute: 'supplier_may_dispute',
};
const jsonColumns = new Set([
  'lots',
  'rup',
  'supplier',
  'documents',
  'rounds',
  'order_requirements',
]);
const valueFor = (column: string, value: unknown) =>
  jsonColumns.has(column) ? JSON.stringify(value) : (value ?? null);

export async function findContract(
  manager: EntityManager,
  id: string,
  lock = false,
): Promise<Contract | undefined> {
  const [row] = await manager.query(
    `${contractSelect} WHERE c.id = $1${lock ? ' FOR UPDATE OF c' : ''}`,
    [id],
  );
  return row;
}

export async function insertContract(
  manager: EntityManager,
  banditore: string,
  fields: ContractFields,
): Promise<string> {
  const entries = Object.entries(toColumn).filter(
    ([field]) => (fields as Record<string, unknown>)[field] !== undefined,
  );
  const [{ id }] = await manager.query(
    `INSERT INTO contracts (banditore_agency_id, ${entries.map(([, column]) => column).join(', ')})
     VALUES ($1, ${entries.map((_, i) => `$${i + 2}`).join(', ')}) RETURNING id`,
    [
      banditore,
      ...entries.map(([field, column]) =>
        valueFor(column, (fields as Record<string, unknown>)[field]),
      ),
    ],
  );
  return id;
}

export async function updateFields(
  manager: EntityManager,
  id: string,
  change: Partial<ContractFields>,
  fields: (keyof ContractFields)[],
): Promise<void> {
  const assignments = fields.map((field, i) => `${toColumn[field]} = $${i + 2}`);
  await manager.query(
    `UPDATE contracts SET ${assignments.join(', ')}, version = version + 1, ` +
      `updated_at = now() WHERE id = $1`,
    [id, ...fields.map((field) => valueFor(toColumn[field], change[field]))],
  );
}

/** A new state; the first publication is dated (now, or the date history gives). */
export async function setStatus(
  manager: EntityManager,
  id: string,
  status: ContractStatus,
  publishedAt?: string,
): Promise<void> {
  await manager.query(
    `UPDATE contracts SET status = $2, version = version + 1, updated_at = now(),
       published_at = CASE WHEN $2 = 'pubblicato' THEN coalesce(published_at, $3::timestamptz,
         now()) ELSE published_at END
     WHERE id = $1`,
    [id, status, publishedAt ?? null],
  );
}

export async function addVersion(
  manager: EntityManager,
  contract: Contract,
  changed: string[],
  author: string,
): Promise<void> {
  await manager.query(
    'INSERT INTO contract_versions (contract_id, version, snapshot, ' +
      'changed_fields, changed_by) VALUES ($1, $2, $3, $4, $5)',
    [contract.id, contract.version, JSON.stringify(contract), changed, author],
  );
}

export function versionsOf(
  manager: EntityManager,
  id: string,
): Promise<{ version: number; changedFields: string[]; changedBy: string; changedAt: string }[]> {
  return manager.query(
    `SELECT version, changed_fields AS "changedFields", changed_by AS "changedBy", changed_at AS
      "changedAt"
     FROM contract_versions WHERE contract_id = $1 ORDER BY version`,
    [id],
  );
}

/** Every contract past its draft, oldest first. */
export async function announcedIds(manager: EntityManager): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    "SELECT id FROM contracts WHERE status <> 'bozza' ORDER BY created_at",
  );
  return rows.map((row) => row.id);
}

export interface Expired {
  id: string;
  banditore: string;
  title: string;
  cig: string;
  expiry: string;
}

/**
 * Published contracts past their expiry not yet announced; SKIP LOCKED lets replicas sweep
 * together.
 */
export function claimExpired(manager: EntityManager, batch: number): Promise<Expired[]> {
  return manager.query(
    `SELECT id, banditore_agency_id AS banditore, title, cig, to_char(expiry_date, 'YYYY-MM-DD')
      AS expiry FROM contracts
     WHERE status = 'pubblicato' AND expiry_date < ${todayInItaly} AND expiry_announced_at IS NULL
     ORDER BY expiry_date LIMIT $1 FOR UPDATE SKIP LOCKED`,
    [batch],
  );
}

export async function markExpiryAnnounced(manager: EntityManager, id: string): Promise<void> {
  await manager.query('UPDATE contracts SET expiry_announced_at = now() WHERE id = $1', [id]);
}

/** The agency a banditore's name stands for (the demo world names agencies). */
export async function agencyNamed(
  manager: EntityManager,
  name: string,
): Promise<string | undefined> {
  const [agency] = await manager.query('SELECT agency_id FROM agency_directory WHERE name = $1', [
    name,
  ]);
  return agency?.agency_id;
}

export async function contractWithCig(
  manager: EntityManager,
  cig: string,
): Promise<string | undefined> {
  const [exists] = await manager.query('SELECT id FROM contracts WHERE cig = $1', [cig]);
  return exists?.id;
}

/**
 * The agencies with a contract in draft: only they may see one, so their searches are not shared.
 */
export async function agenciesWithDraftContracts(manager: EntityManager): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    "SELECT DISTINCT banditore_agency_id AS id FROM contracts WHERE status = 'bozza'",
  );
  return rows.map((row) => row.id);
}
