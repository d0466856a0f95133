import type { EntityManager } from 'typeorm';
import type {
  NsoDocument,
  NsoDocumentStatus,
  NsoError,
  NsoVariant,
  OrderResponseCode,
} from './nso.rules.js';

export interface NsoSettings {
  agencyId: string;
  officeCode: string;
  enabled: boolean;
  enabledAt: string | null;
  updatedAt: string;
}

const settingsColumns = `agency_id AS "agencyId", office_code AS "officeCode", enabled,
  enabled_at AS "enabledAt", updated_at AS "updatedAt"`;

export async function settingsOf(
  manager: EntityManager,
  agencyId: string,
): Promise<NsoSettings | undefined> {
  const [row] = await manager.query(
    `SELECT ${settingsColumns} FROM nso_settings WHERE agency_id = $1`,
    [agencyId],
  );
  return row;
}

export async function saveSettings(
  manager: EntityManager,
  agencyId: string,
  officeCode: string,
  enabled: boolean,
): Promise<NsoSettings> {
  const [row] = await manager.query(
    `INSERT INTO nso_settings (agency_id, office_code, enabled, enabled_at)
     VALUES ($1, $2, $3, CASE WHEN $3 THEN now() END)
     ON CONFLICT (agency_id) DO UPDATE SET office_code = EXCLUDED.office_code,
       enabled = EXCLUDED.enabled, updated_at = now(),
       enabled_at = CASE WHEN NOT EXCLUDED.enabled THEN NULL
         ELSE coalesce(nso_settings.enabled_at, now()) END
     RETURNING ${settingsColumns}`,
    [agencyId, officeCode, enabled],
  );
  return row;
}

const documentColumns = `id, order_id AS "orderId", (SELECT agency_id FROM orders o WHERE o.id = d.order_id)
  AS "agencyId", kind, variant, nso_id AS "nsoId", status, attempts, errors, sha256,
  nso_message_id AS "nsoMessageId", response_code AS "responseCode", reason, last_failure AS
  "lastFailure", created_at AS "createdAt", updated_at AS "updatedAt"`;

export type StoredDocument = NsoDocument & {
  sha256: string;
  nsoMessageId: string | null;
  responseCode: OrderResponseCode | null;
  reason: string | null;
  lastFailure: string | null;
  updatedAt: string;
};

export function documentsOfOrder(
  manager: EntityManager,
  orderId: string,
): Promise<StoredDocument[]> {
  return manager.query(
    `SELECT ${documentColumns} FROM nso_documents d WHERE order_id = $1 ORDER BY created_at, id`,
    [orderId],
  );
}

export async function documentOfOrder(
  manager: EntityManager,
  orderId: string,
  documentId: string,
): Promise<(StoredDocument & { xml: string }) | undefined> {
  const [row] = await manager.query(
    `SELECT ${documentColumns}, xml FROM nso_documents d WHERE order_id = $1 AND id = $2`,
    [orderId, documentId],
  );
  return row;
}

export interface NewDocument {
  id: string;
  orderId: string;
  kind: NsoDocument['kind'];
  variant: NsoVariant | null;
  nsoId: string;
  xml: string;
  sha256: string;
  status: NsoDocumentStatus;
  nsoMessageId?: string | null;
  responseCode?: OrderResponseCode | null;
  reason?: string | null;
}

/** Adds a document, unless one with its NSO identification (or its message) is already kept. */
export async function addDocument(manager: EntityManager, document: NewDocument): Promise<boolean> {
  const rows = await manager.query(
    `INSERT INTO nso_documents (id, order_id, kind, variant, nso_id, xml, sha256, status,
       nso_message_id, response_code, reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING RETURNING id`,
    [
      document.id,
      document.orderId,
      document.kind,
      document.variant,
      document.nsoId,
      document.xml,
      document.sha256,
      document.status,
      document.nsoMessageId ?? null,
      document.responseCode ?? null,
      document.reason ?? null,
    ],
  );
  return rows.length > 0;
}

/** The documents whose transmission is due, locked for this worker (others skip them). */
export function claimDue(
  manager: EntityManager,
  limit: number,
): Promise<{ id: string; xml: string; attempts: number }[]> {
  return manager.query(
    `SELECT id, xml, attempts FROM nso_documents WHERE status = 'da-trasmettere' AND next_attempt_at <= now()
     ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
    [limit],
  );
}

export async function lockDocument(
  manager: EntityManager,
  id: string,
): Promise<StoredDocument | undefined> {
  const [row] = await manager.query(
    `SELECT ${documentColumns} FROM nso_documents d WHERE id = $1 FOR UPDATE`,
    [id],
  );
  return row;
}

export async function documentWithMessage(
  manager: EntityManager,
  messageId: string,
): Promise<string | undefined> {
  const [row] = await manager.query('SELECT id FROM nso_documents WHERE nso_message_id = $1', [
    messageId,
  ]);
  return row?.id;
}

export async function updateDocument(
  manager: EntityManager,
  id: string,
  set: {
    status?: NsoDocumentStatus;
    errors?: NsoError[];
    nsoMessageId?: string;
    attempts?: number;
    nextAttemptInMs?: number;
    lastFailure?: string;
  },
): Promise<void> {
  await manager.query(
    `UPDATE nso_documents SET status = coalesce($2, status), errors = coalesce($3, errors),
       nso_message_id = coalesce($4, nso_message_id), attempts = coalesce($5, attempts),
       next_attempt_at = CASE WHEN $6::int IS NULL THEN next_attempt_at
         ELSE now() + make_interval(secs => $6::int / 1000.0) END,
       last_failure = coalesce($7, last_failure), updated_at = now()
     WHERE id = $1`,
    [
      id,
      set.status ?? null,
      set.errors ? JSON.stringify(set.errors) : null,
      set.nsoMessageId ?? null,
      set.attempts ?? null,
      set.nextAttemptInMs ?? null,
      set.lastFailure ?? null,
    ],
  );
}

/** Approved orders of agencies on NSO (approved since) without their electronic order yet. */
export function ordersToSend(manager: EntityManager, limit: number): Promise<{ id: string }[]> {
  return manager.query(
    `SELECT o.id FROM orders o JOIN nso_settings s ON s.agency_id = o.agency_id AND s.enabled
     WHERE o.status = 'approvato' AND o.approved_at >= s.enabled_at AND o.nso_id IS NULL
     ORDER BY o.approved_at LIMIT $1`,
    [limit],
  );
}

/** Annulled orders whose electronic order left, without their revoca yet. */
export function ordersToCancel(manager: EntityManager, limit: number): Promise<{ id: string }[]> {
  return manager.query(
    `SELECT o.id FROM orders o WHERE o.status = 'annullato' AND o.nso_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM nso_documents d WHERE d.order_id = o.id AND d.variant = 'revoca')
     LIMIT $1`,
    [limit],
  );
}

export async function setOrderNsoId(
  manager: EntityManager,
  orderId: string,
  nsoId: string,
): Promise<void> {
  await manager.query('UPDATE orders SET nso_id = $2 WHERE id = $1 AND nso_id IS NULL', [
    orderId,
    nsoId,
  ]);
}

export async function orderWithNsoId(
  manager: EntityManager,
  nsoId: string,
): Promise<string | undefined> {
  const [row] = await manager.query('SELECT id FROM orders WHERE nso_id = $1', [nsoId]);
  return row?.id;
}

export async function cursor(manager: EntityManager): Promise<{ stream: string; lastSeq: number }> {
  const [row] = await manager.query(
    'SELECT stream, last_seq::int AS "lastSeq" FROM nso_cursor WHERE id = 1 FOR UPDATE',
  );
  return row;
}

export async function moveCursor(
  manager: EntityManager,
  stream: string,
  lastSeq: number,
): Promise<void> {
  await manager.query('UPDATE nso_cursor SET stream = $1, last_seq = $2 WHERE id = 1', [
    stream,
    lastSeq,
  ]);
}
