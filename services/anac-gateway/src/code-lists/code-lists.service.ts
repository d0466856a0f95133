import type { EntityManager } from 'typeorm';
import { AppError } from '@app/platform/errors';
import { codeRefusals, type CodedField } from './code-lists.rules.js';
import { entriesOf, syncedLists } from './code-lists.store.js';

const unavailable = (lists: string[]) => new AppError({
  code: 'CODE_LISTS_UNAVAILABLE', status: 503, title: 'Elenchi ANAC non disponibili',
  detail: `Gli elenchi di ANAC (${lists.join(', ')}) non sono ancora stati letti dalla Piattaforma Contratti Pubblici: riprova tra qualche minuto.`,
});

/** The refusals of a request's coded fields today; a 503 while a list was never read from ANAC. */
export async function codeProblems(manager: EntityManager, fields: CodedField[], on = new Date()) {
  const read = new Set((await syncedLists(manager)).keys());
  const { refusals, unread } = codeRefusals(fields, await entriesOf(manager, fields), read, on);
  if (unread.length) throw unavailable(unread);
  return refusals;
}

/** Refuses a request whose codes ANAC would refuse, naming each field and its list (422). */
export async function requireAnacCodes(manager: EntityManager, fields: CodedField[]): Promise<void> {
  const refusals = await codeProblems(manager, fields);
  if (refusals.length === 0) return;
  throw new AppError({
    code: 'ANAC_CODES_INVALID', status: 422, title: 'Codici non ammessi da ANAC',
    detail: refusals.map((refusal) => refusal.message).join(' '),
    extensions: { invalidFields: refusals.map((refusal) => ({ location: 'body', path: refusal.path, message: refusal.message })) },
  });
}
