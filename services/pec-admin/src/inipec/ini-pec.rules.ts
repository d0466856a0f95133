import { refusals } from '@app/platform/errors';

export const fileRefusals = refusals({
  CSV_UNREADABLE: { status: 422, title: 'File non leggibile' },
  ROWS_NOT_APPLICABLE: { status: 422, title: 'Righe non applicabili' },
});

/**
 * INI-PEC's layout for the Orders' feed (DM 19 March 2013, art. 4): one PEC per row, `;`, empty
 * fields kept.
 */
export const iniPecHeader = [
  'Indirizzo PEC',
  'Nome',
  'Cognome',
  'Numero Iscrizione',
  'Codice Fiscale',
  'Stato',
  'Data Iscrizione',
  'Data Cancellazione',
];

/** Stato: 1 update, 2 insert, 3 delete. */
export const iniPecStatus = { aggiornamento: 1, inserimento: 2, cancellazione: 3 } as const;

export interface IniPecRow {
  address: string;
  givenName: string;
  familyName: string;
  registrationNumber: string;
  fiscalCode: string;
  status: 1 | 2 | 3;
  registeredOn: string | null;
  deletedOn: string | null;
}

/** 2026-11-29 → 29/11/2026, as Italian registers write dates. */
export const italianDate = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '');

/** 29/11/2026 or 2026-11-29 → 2026-11-29; anything else → undefined. */
export function isoDate(text: string): string | undefined {
  const italian = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  const [, day = '', month = '', year = ''] = italian ?? [];
  const iso = italian ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` : text.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : undefined;
}

const field = (value: string) =>
  /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/** The day's file an Order uploads to INI-PEC: the header, then one row per change. */
export function iniPecCsv(rows: IniPecRow[]): string {
  const lines = rows.map((row) =>
    [
      row.address,
      row.givenName,
      row.familyName,
      row.registrationNumber,
      row.fiscalCode,
      String(row.status),
      italianDate(row.registeredOn),
      italianDate(row.deletedOn),
    ]
      .map(field)
      .join(';'),
  );
  return [iniPecHeader.join(';'), ...lines].join('\r\n') + '\r\n';
}

/** The rows of a `;` file of this layout, without its header when it has one. */
export function withoutHeader(records: string[][], header: readonly string[]): string[][] {
  const first = records[0]?.map((cell) => cell.toLowerCase());
  return first && first[0] === header[0]?.toLowerCase() ? records.slice(1) : records;
}

/** A box as the Order's register holds it, to compare with INI-PEC's extract. */
export interface RegisteredBox {
  address: string;
  givenName: string;
  familyName: string;
  registrationNumber: string;
  fiscalCode: string;
}

export interface Difference {
  fiscalCode: string;
  address: string | null;
  kind: 'manca-in-ini-pec' | 'non-attiva-per-l-ordine' | 'dati-diversi';
  detail: string;
}

/** What INI-PEC's extract says otherwise than the Order's active boxes, holder by holder. */
export function differences(ours: RegisteredBox[], extract: string[][]): Difference[] {
  const theirs = new Map(
    extract.flatMap((row) => (row[4] ? [[row[4].toUpperCase(), row] as const] : [])),
  );
  const found: Difference[] = [];
  for (const box of ours) {
    const row = theirs.get(box.fiscalCode);
    theirs.delete(box.fiscalCode);
    if (!row) {
      found.push({
        fiscalCode: box.fiscalCode,
        address: box.address,
        kind: 'manca-in-ini-pec',
        detail:
          `${box.givenName} ${box.familyName}: la casella ${box.address} non ` +
          `compare in INI-PEC.`,
      });
      continue;
    }
    const wrong = [
      row[0]?.toLowerCase() !== box.address
        ? `indirizzo ${row[0] || '(vuoto)'} invece di ${box.address}`
        : '',
      (row[1] ?? '').toUpperCase() !== box.givenName.toUpperCase() ||
      (row[2] ?? '').toUpperCase() !== box.familyName.toUpperCase()
        ? `nome ${row[1]} ${row[2]} invece di ${box.givenName} ${box.familyName}`
        : '',
      (row[3] ?? '') !== box.registrationNumber
        ? `numero d'iscrizione ${row[3] || '(vuoto)'} invece di ${box.registrationNumber}`
        : '',
    ].filter(Boolean);
    if (wrong.length)
      found.push({
        fiscalCode: box.fiscalCode,
        address: box.address,
        kind: 'dati-diversi',
        detail: `${box.givenName} ${box.familyName}: ${wrong.join('; ')}.`,
      });
  }
  for (const [fiscalCode, row] of theirs) {
    found.push({
      fiscalCode,
      address: row[0] || null,
      kind: 'non-attiva-per-l-ordine',
      detail:
        `${row[1]} ${row[2]}: INI-PEC riporta ${row[0] || 'una casella'}, che per ` +
        `l'Ordine non è attiva.`,
    });
  }
  return found;
}
