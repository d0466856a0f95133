import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { InspectedDocument, SignatureStatus } from './document-inspection.js';
import type { SignatureReport } from './signature-verification.js';

export interface StoredDocument {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  signature: SignatureReport | null;
  signatureProblem: string | null;
  signatureStatus: SignatureStatus;
  uploadedBy: string;
  uploadedAt: string;
}

/**
 * Where the bytes live. PostgreSQL (the service's own schema, same transaction as the metadata) by
 * default.
 */
export interface DocumentStore {
  save(
    manager: EntityManager,
    file: { fileName: string; bytes: Buffer; inspected: InspectedDocument; uploadedBy: string },
  ): Promise<StoredDocument>;
  read(
    manager: EntityManager,
    id: string,
  ): Promise<{ document: StoredDocument; bytes: Buffer } | undefined>;
  remove(manager: EntityManager, id: string): Promise<void>;
}

interface DocumentRow {
  id: string;
  file_name: string;
  content_type: string;
  size_bytes: string;
  sha256: string;
  signature: SignatureReport | null;
  signature_problem: string | null;
  signature_status: SignatureStatus;
  uploaded_by: string;
  uploaded_at: Date;
  content?: Buffer | null;
}

export const documentOf = (row: DocumentRow): StoredDocument => ({
  id: row.id,
  fileName: row.file_name,
  contentType: row.content_type,
  sizeBytes: Number(row.size_bytes),
  sha256: row.sha256.trim(),
  signature: row.signature,
  signatureProblem: row.signature_problem,
  signatureStatus: row.signature_status,
  uploadedBy: row.uploaded_by,
  uploadedAt: row.uploaded_at.toISOString(),
});

/** The metadata columns of `documents`, as `documentOf` reads them. */
export const documentColumns =
  'id, file_name, content_type, size_bytes, sha256, signature, ' +
  'signature_problem, signature_status, uploaded_by, uploaded_at';

/**
 * The row of a document's metadata; with `content` the bytes are kept in the row (storage
 * `postgres`), without it elsewhere (storage `s3`). One insert for both stores.
 */
export async function insertDocumentRow(
  manager: EntityManager,
  row: { id: string; fileName: string; inspected: InspectedDocument; uploadedBy: string },
  content?: Buffer,
): Promise<StoredDocument> {
  const { inspected } = row;
  const [stored] = await manager.query(
    `INSERT INTO documents (id, file_name, content_type, size_bytes, sha256, signature,
      signature_problem, signature_status, storage, content, uploaded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${documentColumns}`,
    [
      row.id,
      row.fileName,
      inspected.contentType,
      inspected.size,
      inspected.sha256,
      inspected.signature,
      inspected.signatureProblem,
      inspected.signatureStatus,
      content ? 'postgres' : 's3',
      content ?? null,
      row.uploadedBy,
    ],
  );
  return documentOf(stored);
}

/**
 * Documents kept whole in the `documents` table: a write and the business row that names it commit
 * together.
 */
export function postgresDocumentStore(): DocumentStore {
  return {
    save: (manager, { fileName, bytes, inspected, uploadedBy }) =>
      insertDocumentRow(manager, { id: randomUUID(), fileName, inspected, uploadedBy }, bytes),
    async read(manager, id) {
      const [row] = await manager.query(
        `SELECT ${documentColumns}, content FROM documents WHERE id = $1 AND storage = 'postgres'`,
        [id],
      );
      return row ? { document: documentOf(row), bytes: row.content } : undefined;
    },
    async remove(manager, id) {
      await manager.query('DELETE FROM documents WHERE id = $1', [id]);
    },
  };
}
