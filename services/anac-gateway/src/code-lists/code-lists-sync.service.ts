import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { pcpClient } from '../pcp/pcp-client.js';
import type { RupIdentity } from '../pdnd/tracking-evidence.js';
import { keptLists } from './code-lists.rules.js';
import { replaceList, type CodeEntry } from './code-lists.store.js';

type Pcp = ReturnType<typeof pcpClient>;
interface AnacEntry {
  codice: string;
  descrizione?: { it?: string } | null;
  dataInizio?: string | null;
  dataFine?: string | null;
}

/**
 * ANAC writes dates without a zone (`2099-12-31T00:00:00`): they are Italian days, taken as UTC
 * midnights.
 */
const instant = (value: string | null | undefined) =>
  value ? new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`).toISOString() : null;

interface SyncDeps {
  dataSource: DataSource;
  pcp: Pcp;
  config: Config;
  logger: Logger;
}

type ReadPage = (operation: string, query: Record<string, string>) => ReturnType<Pcp['call']>;

/** A GET on ANAC's ServiziComuni as the platform itself (the system RUP of the configuration). */
function reader(deps: SyncDeps): ReadPage {
  const { config } = deps;
  const system: RupIdentity = {
    fiscalCode: config.PCP_SYSTEM_FISCAL_CODE,
    idpType: 'CUSTOM',
    loa: '3',
    ausaCode: config.PCP_SYSTEM_AUSA_CODE,
    agencyFiscalCode: config.PCP_SYSTEM_AGENCY_FISCAL_CODE,
  };
  return (operation, query) =>
    deps.pcp.call({
      eservice: 'ServiziComuni',
      operation,
      method: 'GET',
      query,
      rup: system,
      businessFlowID: '00000000-0000-0000-0000-000000000000',
      repeatable: true,
    });
}

/** The names of the lists ANAC offers (recupera-elenco-tipologiche, every page). */
async function offered(read: ReadPage): Promise<Set<string>> {
  const names = new Set<string>();
  for (let page = 1; ; page++) {
    const answer = await read('recupera-elenco-tipologiche', {
      page: String(page),
      perPage: '100',
    });
    if (answer.status !== 200) throw new Error(`recupera-elenco-tipologiche: ${answer.status}`);
    for (const item of (answer.body.result as { idTipologica: string }[] | undefined) ?? [])
      names.add(item.idTipologica);
    if (page >= Number(answer.body.totPages ?? 1)) return names;
  }
}

/** Every entry of one list (recupera-tipologica, every page). */
async function entries(read: ReadPage, list: string): Promise<CodeEntry[]> {
  const found: CodeEntry[] = [];
  for (let page = 1; ; page++) {
    const query = { idTipologica: list, page: String(page), perPage: '100' };
    const answer = await read('recupera-tipologica', query);
    if (answer.status !== 200) throw new Error(`recupera-tipologica ${list}: ${answer.status}`);
    const elenco = (answer.body.tipologica as { elenco?: AnacEntry[] } | undefined)?.elenco ?? [];
    found.push(
      ...elenco.map((entry) => ({
        code: entry.codice,
        label: entry.descrizione?.it ?? entry.codice,
        validFrom: instant(entry.dataInizio),
        validTo: instant(entry.dataFine),
      })),
    );
    if (page >= Number(answer.body.totPages ?? 1)) return found;
  }
}

/**
 * Reads the code lists the gateway checks against from ANAC itself (recupera-elenco-tipologiche,
 * then recupera-tipologica page by page) and replaces each list whole; a list ANAC does not offer
 * is kept as it was. Nothing is typed in by hand.
 */
export function codeListSync(deps: SyncDeps) {
  const read = reader(deps);
  return async function syncCodeLists(): Promise<Record<string, number>> {
    const available = await offered(read);
    const counts: Record<string, number> = {};
    for (const list of keptLists.filter((name) => available.has(name))) {
      const listed = await entries(read, list);
      await deps.dataSource.transaction((manager) => replaceList(manager, list, listed));
      counts[list] = listed.length;
    }
    const missing = keptLists.filter((name) => !available.has(name));
    if (missing.length) deps.logger.warn({ missing }, 'ANAC does not offer some code lists');
    deps.logger.info({ counts }, 'ANAC code lists read');
    return counts;
  };
}
