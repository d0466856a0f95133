import { z } from 'zod';
import { checkFiscalCode } from '@app/italian-codes';
import { iniPecHeader, isoDate, withoutHeader } from '../inipec/ini-pec.rules.js';

/** The files an Order loads: INI-PEC's layout, or the old *nuove iscrizioni* sheet saved as CSV. */
export const importFormats = {
  'ini-pec': iniPecHeader,
  'nuove-iscrizioni': [
    'Cognome',
    'Nome',
    'Codice Fiscale',
    'Numero Iscrizione',
    'Data Iscrizione',
    'E-mail di riferimento',
    'Telefono',
    'Indirizzo di residenza',
  ],
} as const;
export type ImportFormat = keyof typeof importFormats;

export const importQuery = z.object({
  formato: z.enum(['ini-pec', 'nuove-iscrizioni'], {
    error: 'Formato: ini-pec oppure nuove-iscrizioni.',
  }),
});
export const applySchema = z.strictObject({
  rows: z.array(z.number().int().min(1)).min(1, 'Conferma almeno una riga.').max(5_000),
});

export interface ImportRow {
  row: number;
  givenName: string;
  familyName: string;
  fiscalCode: string;
  registrationNumber: string;
  registeredOn: string | null;
  referenceEmail: string | null;
  phone: string | null;
  address: string | null;
  outcome: 'valida' | 'avviso' | 'errore';
  messages: string[];
}

const email = z.email();
const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
/** The address the provider would try first for this holder (`nome.cognome`). */
export const addressStem = (givenName: string, familyName: string) =>
  `${plain(givenName)}.${plain(familyName)}`;

function fromCells(format: ImportFormat, cells: string[], domain: string) {
  if (format === 'nuove-iscrizioni') {
    const [
      familyName = '',
      givenName = '',
      fiscalCode = '',
      registrationNumber = '',
      registeredOn = '',
      referenceEmail = '',
      phone = '',
      address = '',
    ] = cells;
    return {
      familyName,
      givenName,
      fiscalCode,
      registrationNumber,
      registeredOn,
      referenceEmail,
      phone,
      address,
      status: '2',
      pec: '',
    };
  }
  const [
    pec = '',
    givenName = '',
    familyName = '',
    registrationNumber = '',
    fiscalCode = '',
    status = '',
    registeredOn = '',
  ] = cells;
  // INI-PEC's row names the member's current PEC: outside the convention's domain it is where the
  // credentials go.
  const external = pec && !pec.toLowerCase().endsWith(`@${domain}`);
  return {
    familyName,
    givenName,
    fiscalCode,
    registrationNumber,
    registeredOn,
    referenceEmail: external ? pec : '',
    phone: '',
    address: '',
    status,
    pec,
  };
}

/**
 * Each row read and checked on its own: what the file itself says is wrong, before the register is
 * asked.
 */
export function readRows(format: ImportFormat, records: string[][], domain: string): ImportRow[] {
  const seen = new Map<string, number>();
  return withoutHeader(records, importFormats[format]).map((cells, index) => {
    const cell = fromCells(format, cells, domain);
    const messages: string[] = [];
    const fiscal = checkFiscalCode(cell.fiscalCode);
    if (!fiscal.valid) messages.push(`Codice fiscale non valido: ${fiscal.reason}`);
    if (!cell.givenName || !cell.familyName) messages.push('Mancano nome o cognome.');
    if (!/^[A-Za-z0-9/-]{1,20}$/.test(cell.registrationNumber))
      messages.push("Numero d'iscrizione mancante o non valido.");
    const registeredOn = cell.registeredOn ? isoDate(cell.registeredOn) : undefined;
    if (!registeredOn) messages.push("Data d'iscrizione mancante o non valida (GG/MM/AAAA).");
    if (format === 'ini-pec' && cell.status !== '2')
      messages.push('Solo le righe di inserimento (Stato 2) sono nuove iscrizioni.');
    if (format === 'ini-pec' && cell.pec && !cell.referenceEmail)
      messages.push(`Ha già una casella della convenzione: ${cell.pec}.`);
    if (!cell.referenceEmail)
      messages.push(
        format === 'ini-pec'
          ? 'Manca un recapito per le credenziali: usa il modello «nuove iscrizioni» ' +
              "con l'e-mail di riferimento."
          : "Manca l'e-mail di riferimento.",
      );
    else if (!email.safeParse(cell.referenceEmail).success)
      messages.push('E-mail di riferimento non valida.');
    const code = fiscal.valid ? fiscal.code : cell.fiscalCode.toUpperCase();
    for (const key of [`cf:${code}`, `n:${cell.registrationNumber}`]) {
      if (seen.has(key))
        messages.push(
          `Duplicato della riga ${seen.get(key)} ` +
            `(${key.startsWith('cf') ? 'codice fiscale' : "numero d'iscrizione"}).`,
        );
      else seen.set(key, index + 1);
    }
    return {
      row: index + 1,
      givenName: cell.givenName,
      familyName: cell.familyName,
      fiscalCode: code,
      registrationNumber: cell.registrationNumber,
      registeredOn: registeredOn ?? null,
      referenceEmail: cell.referenceEmail || null,
      phone: cell.phone || null,
      address: cell.address || null,
      outcome: messages.length ? 'errore' : 'valida',
      messages,
    };
  });
}

/** What the Order's register adds to a row: an existing member, a box already there, a namesake. */
export function withRegister(
  row: ImportRow,
  facts: {
    memberHasBox?: string | null;
    memberExists: boolean;
    numberTakenByOther: boolean;
    namesakes: number;
  },
): ImportRow {
  const messages = [...row.messages];
  let outcome = row.outcome;
  if (facts.memberHasBox) {
    messages.push(`Ha già una casella: ${facts.memberHasBox}.`);
    outcome = 'errore';
  }
  if (facts.numberTakenByOther) {
    messages.push("Il numero d'iscrizione è già di un altro iscritto dell'Ordine.");
    outcome = 'errore';
  }
  if (outcome !== 'errore' && facts.memberExists) {
    messages.push("Già tra gli iscritti dell'Ordine: si chiederà solo la casella.");
    outcome = 'avviso';
  }
  if (outcome !== 'errore' && facts.namesakes > 0) {
    messages.push(
      `Omonimia: ${addressStem(row.givenName, row.familyName)}@… è già usato, ` +
        `il gestore aggiungerà un numero all'indirizzo.`,
    );
    outcome = 'avviso';
  }
  return { ...row, outcome, messages };
}
