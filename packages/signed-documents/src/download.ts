import type { Response } from 'express';
import type { StoredDocument } from './document-store.js';

/**
 * Sends a stored file as an attachment with its sniffed type, its hash and a name every browser
 * reads.
 */
export function sendDocument(res: Response, document: StoredDocument, bytes: Buffer): void {
  res
    .status(200)
    .type(document.contentType)
    .set(
      'content-disposition',
      `attachment; ` +
        `filename="${document.fileName.replace(/[^\x20-\x7e]/g, '_')}"; ` +
        `filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
    )
    .set('x-content-sha256', document.sha256)
    .set('cache-control', 'private, no-store')
    .send(bytes);
}
