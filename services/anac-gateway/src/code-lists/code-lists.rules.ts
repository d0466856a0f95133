import { refusals } from '@app/platform/errors';
import type { CodeEntry } from './code-lists.store.js';

/**
 * A coded field of a request to ANAC: where it is, which list it comes from, the code, how people
 * call it.
 */
export interface CodedField {
  path: string;
  list: string;
  code: string;
  label: string;
}

/** The lists the gateway keeps, with the Italian name people know them by. */
export const listNames: Record<string, string> = {
  ccnl: 'CCNL',
  categoria: 'Categorie',
  codIstat: 'Comuni ISTAT',
  codNUTS: 'Codici NUTS',
  CPV: 'Vocabolario comune per gli appalti (CPV)',
  tipoFinanziamento: 'Tipi di finanziamento',
  oggettoContratto: 'Oggetto del contratto',
  ruoloOE: "Ruoli dell'operatore economico",
  tipoOE: 'Tipi di operatore economico',
  tipoClassificazione: 'Tipi di classificazione',
  motivoAnnullamento: 'Motivi di annullamento',
  motivoAnnullamentoComunicazione: 'Motivi di annullamento della comunicazione',
  causaInterruzioneAnticipata: 'Cause di interruzione anticipata',
  motiviRisoluzione: 'Motivi di risoluzione',
  oneriEconomiciRisoluzioneRecesso: 'Oneri economici di risoluzione o recesso',
};

export const keptLists = Object.keys(listNames);

export interface CodeRefusal {
  path: string;
  message: string;
}

/**
 * Every coded field must be a code of its ANAC list in force on the given day: the refusal names
 * the field and the list, in Italian. A list not read from ANAC yet refuses nothing here
 * (`unread`).
 */
export function codeRefusals(
  fields: CodedField[],
  found: Map<string, CodeEntry>,
  read: Set<string>,
  on: Date,
): { refusals: CodeRefusal[]; unread: string[] } {
  const refusals: CodeRefusal[] = [];
  const unread = new Set<string>();
  for (const field of fields) {
    if (!read.has(field.list)) {
      unread.add(field.list);
      continue;
    }
    const entry = found.get(`${field.list}|${field.code}`);
    const list = `${listNames[field.list] ?? field.list} (tipologica ANAC ${field.list})`;
    if (!entry)
      refusals.push({
        path: field.path,
        message: `${field.label}: «${field.code}» non è un codice dell'elenco ${list}.`,
      });
    else if (
      (entry.validFrom && Date.parse(entry.validFrom) > on.getTime()) ||
      (entry.validTo && Date.parse(entry.validTo) <= on.getTime())
    ) {
      refusals.push({
        path: field.path,
        message:
          `${field.label}: il codice «${field.code}» (${entry.label}) dell'elenco ${list} ` +
          `non è in vigore.`,
      });
    }
  }
  return { refusals, unread: [...unread] };
}

export const codeListRefusals = refusals({
  CODE_LISTS_UNAVAILABLE: { status: 503, title: 'Elenchi ANAC non disponibili' },
  ANAC_CODES_INVALID: { status: 422, title: 'Codici non ammessi da ANAC' },
});
