import type { Request } from 'express';
import { ApiProblem } from './api-client.js';

/** The file of a multipart form, ready to pass on to the API as its own multipart body. */
export function fileForm(req: Request): FormData {
  const file = req.file;
  if (!file || file.size === 0)
    throw new ApiProblem(400, { title: 'Nessun file', detail: 'Scegli il file da caricare.' });
  const form = new FormData();
  form.append(
    'file',
    new Blob([new Uint8Array(file.buffer)], { type: file.mimetype }),
    file.originalname,
  );
  return form;
}
