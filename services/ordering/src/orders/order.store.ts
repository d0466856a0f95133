import type { EntityManager } from 'typeorm';
import { asService, updateReturning } from '@app/platform/db';
import type { SignatureStatus } from '@app/signed-documents';
import type { Order, OrderLine, Party } from './order.rules.js';

const columns = `o.id, o.code, o.contract_id AS "contractId", o.agency_id AS "agencyId",
  o.adhesion_id AS "adhesionId",
  o.cig_request_id AS "cigRequestId", o.subject, o.status, o.lines, o.total_cents::float8 AS
    "totalCents",
  o.cig_request_total_cents::float8 AS "cigRequestTotalCents", o.derived_cig AS "derivedCig",
    o.anac_errors AS "anacErrors",
  o.rup_fiscal_code AS "rupFiscalCode", o.sheet_document_id AS "sheetDocumentId", o.sheet_sha256
    AS "sheetSha256", o.signed_sheet_document_id AS "signedSheetDocumentId", o.ceiling,
  o.supplier_response AS "supplierResponse", o.supplier_deadline AS "supplierDeadline",
    o.supplier_may_dispute AS "supplierMayDispute",
    o.decision_reason AS "decisionReason",
  o.dispute_reason AS "disputeReason", o.outcome, o.submitted_at AS "submittedAt", o.approved_at
    AS "approvedAt",
  o.outcome_published_at AS "outcomePublishedAt", o.annulled_at AS "annulledAt", o.created_at AS
    "createdAt",
  o.updated_at AS "updatedAt", o.version, o.nso_id AS "nsoId"`;

/**
 * Who sees an order, in one place: the agency that orders; the contract's banditore once it is
 * sent; the contract's supplier once it is approved (or annulled after approval).
 */
const visibleTo = `(o.agency_id = $2
  OR (k.banditore_agency_id = $2 AND o.status IN ('inviato', 'approvato', 'rifiutato', 'annullato'))
  OR (o.status IN ('approvato', 'annullato') AND o.approved_at IS NOT NULL AND EXISTS (
    SELECT 1 FROM agency_directory s WHERE s.agency_id = $2 AND s.fiscal_code =
      k.supplier->>'fiscalCode')))`;

export async function findVisible(
  manager: EntityManager,
  id: string,
  tenant: string,
  lock = false,
): Promise<Order | undefined> {
  const [row] = await manager.query(
    `SELECT ${columns} FROM orders o JOIN known_contracts k ON k.contract_id = o.contract_id
     WHERE o.id = $1 AND ${visibleTo}${lock ? ' FOR UPDATE OF o' : ''}`,
    [id, tenant],
  );
  return row;
}

export async function getOrder(
  manager: EntityManager,
  id: string,
  lock = false,
): Promise<Order | undefined> {
  const [row] = await manager.query(
    `SELECT ${columns} FROM orders o WHERE o.id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return row;
}

export async function orderOfCigRequest(
  manager: EntityManager,
  cigRequestId: string,
): Promise<Order | undefined> {
  const [row] = await manager.query(
    `SELECT ${columns} FROM orders o WHERE o.cig_request_id = $1 FOR UPDATE`,
    [cigRequestId],
  );
  return row;
}

/**
 * "Elenco ordinativi" of a contract, as the agency may see them: a page, newest first. Its WHERE is
 * the orders' row policy (`visibleTo`), so it runs as the service: under the policy PostgreSQL checks
 * each row twice, the second time by a lookup of its contract (a page deep in a national convention
 * read 5,600 buffers instead of 260).
 */
export function listForContract(
  manager: EntityManager,
  contractId: string,
  tenant: string,
  page: { limit: number; offset: number },
) {
  return asService(() =>
    manager.query(
      `SELECT o.id, o.code, o.agency_id AS "agencyId", o.subject, o.status, o.total_cents::float8 AS
      "totalCents",
       o.derived_cig AS "derivedCig", o.supplier_response AS "supplierResponse", o.created_at AS
         "createdAt",
       o.submitted_at AS "submittedAt", o.approved_at AS "approvedAt"
     FROM orders o JOIN known_contracts k ON k.contract_id = o.contract_id
     WHERE o.contract_id = $1 AND ${visibleTo} ORDER BY o.created_at DESC, o.id LIMIT $3 OFFSET $4`,
      [contractId, tenant, page.limit, page.offset],
    ),
  );
}

export async function nextCodeNumber(manager: EntityManager, year: number): Promise<number> {
  const [{ last_number: number }] = await manager.query(
    `INSERT INTO order_code_counters (year, last_number) VALUES ($1, 1)
     ON CONFLICT (year) DO UPDATE SET last_number = order_code_counters.last_number + 1 RETURNING
       last_number`,
    [year],
  );
  return number;
}

export interface NewOrder {
  id: string;
  code: string;
  contractId: string;
  agencyId: string;
  adhesionId: string | null;
  cigRequestId: string;
  subject: string;
  lines: OrderLine[];
  totalCents: number;
  cigRequestTotalCents: number;
  createdBy: string;
}

export async function insertOrder(manager: EntityManager, order: NewOrder): Promise<void> {
  await manager.query(
    `INSERT INTO orders (id, code, contract_id, agency_id, adhesion_id, cig_request_id, subject,
      lines, total_cents,
       cig_request_total_cents, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      order.id,
      order.code,
      order.contractId,
      order.agencyId,
      order.adhesionId,
      order.cigRequestId,
      order.subject,
      JSON.stringify(order.lines),
      order.totalCents,
      order.cigRequestTotalCents,
      order.createdBy,
    ],
  );
}

/** The columns a command may change, by the names the rules use. */
const changeable = {
  status: 'status',
  adhesionId: 'adhesion_id',
  lines: 'lines',
  totalCents: 'total_cents',
  cigRequestTotalCents: 'cig_request_total_cents',
  derivedCig: 'derived_cig',
  anacErrors: 'anac_errors',
  rupFiscalCode: 'rup_fiscal_code',
  sheetDocumentId: 'sheet_document_id',
  sheetSha256: 'sheet_sha256',
  signedSheetDocumentId: 'signed_sheet_document_id',
  ceiling: 'ceiling',
  supplierResponse: 'supplier_response',
  supplierDeadline: 'supplier_deadline',
  supplierMayDispute: 'supplier_may_dispute',
  decisionReason: 'decision_reason',
  disputeReason: 'dispute_reason',
  outcome: 'outcome',
  submittedAt: 'submitted_at',
  approvedAt: 'approved_at',
  outcomePublishedAt: 'outcome_published_at',
  annulledAt: 'annulled_at',
} as const;
const jsonColumns = new Set(['lines', 'anac_errors', 'outcome']);

export type OrderChange = Partial<Record<keyof typeof changeable, unknown>>;

export async function updateOrder(
  manager: EntityManager,
  id: string,
  change: OrderChange,
): Promise<void> {
  const entries = Object.entries(change) as [keyof typeof changeable, unknown][];
  const assignments = entries.map(([field], i) => `${changeable[field]} = $${i + 2}`);
  const values = entries.map(([field, value]) =>
    jsonColumns.has(changeable[field]) && value !== null ? JSON.stringify(value) : value,
  );
  await manager.query(
    `UPDATE orders SET ${assignments.join(', ')}, version = version + 1, ` +
      `updated_at = now() WHERE id = $1`,
    [id, ...values],
  );
}

export interface HistoryEntry {
  orderId: string;
  action: string;
  from: string | null;
  to: string | null;
  actor: Party;
  reason?: string;
}

export async function addHistory(manager: EntityManager, entry: HistoryEntry): Promise<void> {
  await manager.query(
    `INSERT INTO order_history (order_id, action, from_status, to_status, actor_subject,
      actor_profile, actor_agency, reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      entry.orderId,
      entry.action,
      entry.from,
      entry.to,
      entry.actor.subject,
      entry.actor.profileId,
      entry.actor.agencyId,
      entry.reason ?? null,
    ],
  );
}

/** The id of the order's latest history entry: it changes with every step of the order. */
export async function latestHistoryId(manager: EntityManager, orderId: string): Promise<number> {
  const [row] = await manager.query(
    'SELECT coalesce(max(id), 0)::int AS id FROM order_history WHERE order_id = $1',
    [orderId],
  );
  return row.id;
}

/** Who sent the order (its last «Invia»), as the history recorded them; null before it was sent. */
export async function senderOf(
  manager: EntityManager,
  orderId: string,
): Promise<{ subject: string; profileId: string | null; agencyId: string | null } | null> {
  const [sender] = await manager.query(
    `SELECT actor_subject AS subject, actor_profile AS "profileId", actor_agency AS "agencyId"
     FROM order_history WHERE order_id = $1 AND action = 'submitted' ORDER BY id DESC LIMIT 1`,
    [orderId],
  );
  return sender ?? null;
}

export function historyOf(manager: EntityManager, orderId: string) {
  return manager.query(
    `SELECT action, from_status AS "fromStatus", to_status AS "toStatus", actor_subject AS actor,
      actor_profile AS "profileId",
       actor_agency AS "agencyId", reason, at
     FROM order_history WHERE order_id = $1 ORDER BY id`,
    [orderId],
  );
}

/**
 * Approved orders past their supplier's deadline with no answer: claimed in batches, replicas
 * apart.
 */
export function claimPastDeadline(
  manager: EntityManager,
  batch: number,
): Promise<{ id: string }[]> {
  return updateReturning(
    manager,
    `UPDATE orders SET supplier_response = 'presa-visione-automatica', updated_at = now(), version
      = version + 1
     WHERE id IN (SELECT id FROM orders WHERE supplier_response = 'in-attesa' AND
       supplier_deadline < now()
                  ORDER BY supplier_deadline LIMIT $1 FOR UPDATE SKIP LOCKED)
     RETURNING id`,
    [batch],
  );
}

export async function documentFor(
  manager: EntityManager,
  orderId: string,
  requirementId: string,
): Promise<string | undefined> {
  const [row] = await manager.query(
    'SELECT document_id FROM order_documents WHERE order_id = $1 AND requirement_id = $2',
    [orderId, requirementId],
  );
  return row?.document_id;
}

export async function linkDocument(
  manager: EntityManager,
  orderId: string,
  requirementId: string,
  documentId: string,
): Promise<void> {
  await manager.query(
    `INSERT INTO order_documents (order_id, requirement_id, document_id) VALUES ($1, $2, $3)
     ON CONFLICT (order_id, requirement_id) DO UPDATE SET document_id = EXCLUDED.document_id`,
    [orderId, requirementId, documentId],
  );
}

export async function unlinkDocument(
  manager: EntityManager,
  orderId: string,
  requirementId: string,
): Promise<string | undefined> {
  const [row] = await updateReturning<{ document_id: string }>(
    manager,
    'DELETE FROM order_documents WHERE order_id = $1 AND requirement_id = $2 RETURNING document_id',
    [orderId, requirementId],
  );
  return row?.document_id;
}

export async function documentsOf(
  manager: EntityManager,
  orderId: string,
): Promise<{ requirementId: string; documentId: string; signatureStatus: SignatureStatus }[]> {
  return manager.query(
    `SELECT o.requirement_id AS "requirementId", o.document_id AS "documentId", d.signature_status
      AS "signatureStatus"
       FROM order_documents o JOIN documents d ON d.id = o.document_id WHERE o.order_id = $1 ORDER
         BY o.requirement_id`,
    [orderId],
  );
}

/** Where a kept document's signature stands (the signed sheet's). */
export async function signatureStatusOf(
  manager: EntityManager,
  documentId: string,
): Promise<SignatureStatus | undefined> {
  const [row] = await manager.query('SELECT signature_status FROM documents WHERE id = $1', [
    documentId,
  ]);
  return row?.signature_status;
}

export async function isDocumentOf(
  manager: EntityManager,
  orderId: string,
  documentId: string,
): Promise<boolean> {
  const rows = await manager.query(
    `SELECT 1 FROM order_documents WHERE order_id = $1 AND document_id = $2
     UNION ALL SELECT 1 FROM order_supplier_documents WHERE order_id = $1 AND document_id = $2
     UNION ALL SELECT 1 FROM orders WHERE id = $1 AND $2 IN (signed_sheet_document_id,
       sheet_document_id)`,
    [orderId, documentId],
  );
  return rows.length > 0;
}

/** What the supplier returned for this kind and subject; the document it replaces, if any. */
export async function keepSupplierDocument(
  manager: EntityManager,
  row: { orderId: string; kind: string; subject: string; documentId: string },
): Promise<string | undefined> {
  const [previous] = await manager.query(
    `SELECT document_id FROM order_supplier_documents WHERE order_id = $1 AND kind = $2
       AND subject = $3`,
    [row.orderId, row.kind, row.subject],
  );
  await manager.query(
    `INSERT INTO order_supplier_documents (order_id, kind, subject, document_id)
     VALUES ($1, $2, $3, $4) ON CONFLICT (order_id, kind, subject)
     DO UPDATE SET document_id = EXCLUDED.document_id, uploaded_at = now()`,
    [row.orderId, row.kind, row.subject, row.documentId],
  );
  return previous?.document_id;
}

export function supplierDocumentsOf(
  manager: EntityManager,
  orderId: string,
): Promise<{ kind: string; subject: string; documentId: string }[]> {
  return manager.query(
    `SELECT kind, subject, document_id AS "documentId" FROM order_supplier_documents
      WHERE order_id = $1 ORDER BY kind, subject`,
    [orderId],
  );
}
