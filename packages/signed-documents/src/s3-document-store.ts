import { createHash, randomUUID } from 'node:crypto';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { AppError } from '@app/platform/errors';
import {
  documentColumns,
  documentOf,
  insertDocumentRow,
  type DocumentStore,
} from './document-store.js';

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
  return new S3DocumentStore(options);
}

const storeUnavailable = (cause: unknown) =>
  new AppError({
    code: 'DOCUMENT_STORE_UNAVAILABLE',
    status: 502,
    title: 'Archivio documenti non disponibile',
    detail:
      "L'archivio dei documenti non ha accettato la richiesta: riprova tra poco. Nulla è stato salvato.",
    cause,
  });

class S3DocumentStore implements DocumentStore {
  private readonly client: S3Client;

  constructor(private readonly options: S3StoreOptions) {
    this.client = new S3Client({
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
      // Plain SHA-256 payload signing; stores that predate flexible checksums accept it too.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async save(...[manager, file]: Parameters<DocumentStore['save']>) {
    const id = randomUUID();
    const { bytes, inspected } = file;
    const put = new PutObjectCommand({
      Bucket: this.options.bucket,
      Key: this.keyOf(id),
      Body: bytes,
      ContentType: inspected.contentType,
      Metadata: { sha256: inspected.sha256 },
    });
    await this.guarded(() => this.client.send(put));
    return insertDocumentRow(manager, {
      id,
      fileName: file.fileName,
      inspected,
      uploadedBy: file.uploadedBy,
    });
  }

  async read(...[manager, id]: Parameters<DocumentStore['read']>) {
    const [row] = await manager.query(
      `SELECT ${documentColumns} FROM documents WHERE id = $1 AND storage = 's3'`,
      [id],
    );
    if (!row) return undefined;
    const get = new GetObjectCommand({ Bucket: this.options.bucket, Key: this.keyOf(id) });
    const object = await this.guarded(() => this.client.send(get));
    if (!object.Body) throw new Error(`document ${id}: the object store returned no body`);
    const bytes = Buffer.from(await object.Body.transformToByteArray());
    const document = documentOf(row);
    if (createHash('sha256').update(bytes).digest('hex') !== document.sha256)
      throw new Error(
        `document ${id}: the object store returned bytes that do not match their SHA-256`,
      );
    return { document, bytes };
  }

  async remove(...[manager, id]: Parameters<DocumentStore['remove']>) {
    // Only the row: the transaction may still roll back, and a row must never lose its bytes. The
    // object stays until a sweep of unreferenced keys removes it.
    await manager.query('DELETE FROM documents WHERE id = $1', [id]);
  }

  private keyOf(id: string) {
    return `${this.options.prefix}/${id}`;
  }

  private async guarded<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (cause) {
      throw storeUnavailable(cause);
    }
  }
}
