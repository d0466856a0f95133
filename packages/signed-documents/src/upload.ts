import type { Request, Response } from 'express';
import multer from 'multer';
import { AppError } from '@app/platform/errors';
import { controlCharacters } from '@app/platform/http';
import { validationError } from '@app/platform/http';

export interface ReceivedFile {
  fileName: string;
  bytes: Buffer;
}

const tooLarge = (maxBytes: number) =>
  new AppError({
    code: 'DOCUMENT_TOO_LARGE',
    status: 413,
    title: 'Documento troppo grande',
    detail:
      `Il documento supera la dimensione massima ammessa di ${Math.floor(maxBytes / 1_048_576)} ` +
      `MB.`,
  });

const invalidUpload = (detail: string, cause?: unknown) =>
  new AppError({
    code: 'UPLOAD_INVALID',
    status: 400,
    title: 'Caricamento non valido',
    detail,
    cause,
  });

/** Reads the multipart body into memory: one file, in the field "file", within the limit. */
function readMultipart(req: Request, res: Response, maxBytes: number): Promise<void> {
  // File names arrive as UTF-8 from every current browser ("città.pdf"), not latin1.
  const parse = multer({
    storage: multer.memoryStorage(),
    defParamCharset: 'utf8',
    limits: { fileSize: maxBytes, files: 1, fields: 5, fieldSize: 4096 },
  }).single('file');
  return new Promise<void>((resolve, reject) => {
    parse(req, res, (error: unknown) => {
      if (!error) return resolve();
      if (!(error instanceof multer.MulterError))
        return reject(invalidUpload('Il corpo multipart della richiesta non è leggibile.', error));
      if (error.code === 'LIMIT_FILE_SIZE') return reject(tooLarge(maxBytes));
      reject(
        invalidUpload(`Caricamento non valido: un solo file, nel campo "file" (${error.code}).`),
      );
    });
  });
}

/**
 * Reads one file from a multipart/form-data body (field `file`) into memory, refusing it as soon as
 * it passes `maxBytes`. Called by the handler after authentication, so nobody streams a file to a
 * route they may not use.
 */
export async function receiveUpload(
  req: Request,
  res: Response,
  maxBytes: number,
): Promise<ReceivedFile> {
  if (!req.is('multipart/form-data')) {
    throw new AppError({
      code: 'UPLOAD_NOT_MULTIPART',
      status: 415,
      title: 'Caricamento non valido',
      detail: 'Il documento va inviato come multipart/form-data nel campo "file".',
    });
  }
  // A declared length far beyond the limit is refused before reading anything.
  if (Number(req.headers['content-length'] ?? 0) > maxBytes + 64 * 1024) throw tooLarge(maxBytes);
  await readMultipart(req, res, maxBytes);
  const file = (req as Request & { file?: Express.Multer.File }).file;
  const named = file ? { [`${file.fieldname}.filename`]: file.originalname } : {};
  const invalid = controlCharacters({ ...req.body, ...named }, 'body', false);
  if (invalid.length) throw validationError(invalid);
  if (!file || file.size === 0)
    throw new AppError({
      code: 'UPLOAD_EMPTY',
      status: 400,
      title: 'Documento mancante',
      detail: 'Nessun file ricevuto nel campo "file", oppure il file è vuoto.',
    });
  return { fileName: safeFileName(file.originalname), bytes: file.buffer };
}

// Quotes, and the bidirectional marks that make "fattura\u202Efdp.exe" read as "fatturaexe.pdf".
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const unsafeInName = /[\u0000-\u001f\u007f-\u009f"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The name as shown and offered for download: no paths, no direction marks, a sane length (controls
 * were refused).
 */
export function safeFileName(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(unsafeInName, '').replace(/^\.+/, '').trim().slice(0, 200);
  return cleaned || 'documento';
}
