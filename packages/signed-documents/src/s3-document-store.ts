import { createHash, randomUUID } from 'node:crypto';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { AppError } from '@app/platform/errors';
import { documentColumns, documentOf, type DocumentStore } from './document-store.js';

export interface S3StoreOptions {
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** A prefix of every key, e.g. the service's name, so services can share a bucket. */
  prefix: string;
  /** Path-style URLs (`endpoint/bucket/key`), as most S3-compatible stores expect. */
  forcePathStyle: boolean;
}

/**
 * Bytes in an S3-compatible object store, metadata (with the SHA-256) in the service's schema. The
 * object is written before the row and outlives it: a transaction that fails, or a removed
 * document, leaves an unreferenced object, never a row without its bytes. Reads check the bytes
 * against the stored hash.
 */
export function s3DocumentStore(options: S3StoreOptions): DocumentStore {
  const client = new S3Client({
    region: options.region,
    forcePathStyle: options.forcePathStyle,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
    // Plain SHA-256 payload signing; stores that predate flexible checksums accept it too.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const keyOf = (id: string) => `${options.prefix}/${id}`;
  const guarded = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (cause) {
      throw new AppError({
        code: 'DOCUMENT_STORE_UNAVAILABLE',
        status: 502,
        title: 'Archivio documenti non disponibile',
        detail:
          "L'archivio dei documenti non ha accettato la richiesta: riprova tra " +
          'poco. Nulla è stato salvato.',
        cause,
      });
    }
  };
  return {
    async save(manager, { fileName, bytes, inspected, uploadedBy }) {
      const id = randomUUID();
      await guarded(() =>
        client.send(
          new PutObjectCommand({
            Bucket: options.bucket,
            Key: keyOf(id),
            Body: bytes,
            ContentType: inspected.contentType,
            Metadata: { sha256: inspected.sha256 },
          }),
        ),
      );
      const [row] = await manager.query(
        `INSERT INTO documents (id, file_name, content_type, size_bytes, sha256, signature,
          signature_problem, signature_status, storage, uploaded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 's3', $9) RETURNING ${documentColumns}`,
        [
          id,
          fileName,
          inspected.contentType,
          inspected.size,
          inspected.sha256,
          inspected.signature,
          inspected.signatureProblem,
          inspected.signatureStatus,
          uploadedBy,
        ],
      );
      return documentOf(row);
    },
    async read(manager, id) {
      const [row] = await manager.query(
        `SELECT ${documentColumns} FROM documents WHERE id = $1 AND storage = 's3'`,
        [id],
      );
      if (!row) return undefined;
      const object = await guarded(() =>
        client.send(new GetObjectCommand({ Bucket: options.bucket, Key: keyOf(id) })),
      );
      const bytes = Buffer.from(await object.Body!.transformToByteArray());
      const document = documentOf(row);
      if (createHash('sha256').update(bytes).digest('hex') !== document.sha256)
        throw new Error(
          `document ${id}: the object store returned bytes that do not match their SHA-256`,
        );
      return { document, bytes };
    },
    async remove(manager, id) {
      // Only the row: the transaction may still roll back, and a row must never lose its bytes. The
      // object stays until a sweep of unreferenced keys removes it.
      await manager.query('DELETE FROM documents WHERE id = $1', [id]);
    },
  };
}
