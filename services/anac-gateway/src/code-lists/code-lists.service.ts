import type { EntityManager } from 'typeorm';
import { notFound, refuse } from '@app/platform/errors';
import {
  codeListRefusals,
  codeRefusals,
  keptLists,
  listNames,
  type CodedField,
} from './code-lists.rules.js';
import { entriesOf, searchList, syncedLists } from './code-lists.store.js';

const unavailable = (lists: string[]) =>
  refuse(
    codeListRefusals.CODE_LISTS_UNAVAILABLE,
    `Gli elenchi di ANAC (${lists.join(', ')}) non sono ancora stati letti ` +
      `dalla Piattaforma Contratti Pubblici: riprova tra qualche minuto.`,
  );

/** The refusals of a request's coded fields today; a 503 while a list was never read from ANAC. */
export async function codeProblems(manager: EntityManager, fields: CodedField[], on = new Date()) {
  const read = new Set((await syncedLists(manager)).keys());
  const { refusals, unread } = codeRefusals(fields, await entriesOf(manager, fields), read, on);
  if (unread.length) throw unavailable(unread);
  return refusals;
}

/** Refuses a request whose codes ANAC would refuse, naming each field and its list (422). */
export async function requireAnacCodes(
  manager: EntityManager,
  fields: CodedField[],
): Promise<void> {
  const refusals = await codeProblems(manager, fields);
  if (refusals.length === 0) return;
  const invalidFields = refusals.map((refusal) => ({
    location: 'body',
    path: refusal.path,
    message: refusal.message,
  }));
  throw refuse(
    codeListRefusals.ANAC_CODES_INVALID,
    refusals.map((refusal) => refusal.message).join(' '),
    { invalidFields },
  );
}

/** Each list the platform keeps, with how many entries it read and when. */
export async function codeListSummary(manager: EntityManager) {
  const synced = await syncedLists(manager);
  return keptLists.map((list) => ({
    list,
    name: listNames[list],
    entries: synced.get(list)?.entries ?? 0,
    readAt: synced.get(list)?.syncedAt ?? null,
  }));
}

export function searchCodeList(
  manager: EntityManager,
  list: string,
  query: Parameters<typeof searchList>[2],
) {
  if (!keptLists.includes(list)) throw notFound('Elenco ANAC');
  return searchList(manager, list, query);
}
