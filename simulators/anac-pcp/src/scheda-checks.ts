import { npaCodeList, npaCodeListNames } from './npa/npa-documents.js';
import { checkSchedaBody } from './npa/npa-schemas.js';

export interface PcpFault {
  codice: string;
  dettaglio: string;
}

type Entry = { validFrom: number; validTo: number };
const lists = new Map<string, Map<string, Entry>>();

/** A code list by name, read once: code → validity. */
function codeList(name: string): Map<string, Entry> | undefined {
  if (!npaCodeListNames().includes(name)) return undefined;
  let list = lists.get(name);
  if (!list) {
    list = new Map(
      npaCodeList(name).map((entry) => [
        entry.codice,
        {
          validFrom: entry.dataInizio ? Date.parse(entry.dataInizio) : -Infinity,
          validTo: entry.dataFine ? Date.parse(entry.dataFine) : Infinity,
        },
      ]),
    );
    lists.set(name, list);
  }
  return list;
}

/**
 * Every `{idTipologica, codice}` in a scheda: a known list's code must exist and be in force today
 * (ERR63).
 */
export function invalidCodes(node: unknown, path = 'anacForm', now = Date.now()): PcpFault[] {
  if (!node || typeof node !== 'object') return [];
  if (Array.isArray(node))
    return node.flatMap((item, index) => invalidCodes(item, `${path}[${index}]`, now));
  const object = node as Record<string, unknown>;
  const faults: PcpFault[] = [];
  if (typeof object.idTipologica === 'string' && typeof object.codice === 'string') {
    const list = codeList(object.idTipologica);
    const entry = list?.get(object.codice);
    if (!list)
      faults.push({
        codice: 'ERR63',
        dettaglio:
          `tipologica non valida: ${path} indica la tipologica ` +
          `${object.idTipologica}, che non esiste`,
      });
    else if (!entry || now < entry.validFrom || now > entry.validTo)
      faults.push({
        codice: 'ERR63',
        dettaglio:
          `tipologica non valida: ${path} = ${object.codice} non è un valore in ` +
          `vigore di ${object.idTipologica}`,
      });
  }
  for (const [key, value] of Object.entries(object))
    if (key !== 'idTipologica') faults.push(...invalidCodes(value, `${path}.${key}`, now));
  return faults;
}

/**
 * What ANAC's check of a scheda finds: the JSON schema of its codice (ERR4), then its code lists
 * (ERR63).
 */
export function schedaFaults(
  scheda: { codice?: { codice?: string }; body?: unknown } | undefined,
): PcpFault[] {
  const code = scheda?.codice?.codice;
  if (!code)
    return [
      { codice: 'ERR33', dettaglio: 'codice tipologica obbligatorio: codice della scheda assente' },
    ];
  const check = checkSchedaBody(code, scheda.body);
  if (!check.valid)
    return [
      {
        codice: 'ERR4',
        dettaglio:
          'errore nella conversione della scheda secondo il json schema definito: ' +
          check.errors.slice(0, 5).join('; '),
      },
    ];
  return invalidCodes((scheda.body as { anacForm?: unknown })?.anacForm);
}
