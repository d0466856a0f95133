import { parse } from 'csv-parse/sync';
import type { DataSource } from 'typeorm';
import type { TenantCaller } from '@app/platform/auth';
import { refuse } from '@app/platform/errors';
import { controlCharacters } from '@app/platform/http';
import {
  differences,
  fileRefusals,
  iniPecCsv,
  iniPecHeader,
  withoutHeader,
} from './ini-pec.rules.js';
import * as store from './ini-pec.store.js';

/**
 * The day's INI-PEC file of the caller's Order: activations (2), changes of address (1), deletions
 * and departures (3).
 */
export async function dayFile(dataSource: DataSource, caller: TenantCaller, day: string) {
  const rows = await store.ofDay(dataSource.manager, caller.tenant, day);
  return { fileName: `ini-pec-${day}.csv`, csv: iniPecCsv(rows), rows: rows.length };
}

/**
 * A spreadsheet saved as CSV is free text: line ends and tabs, no other control character (a NUL is
 * not text).
 */
export const hasControlCharacters = (text: string) =>
  controlCharacters(text, 'body', true).length > 0;

/**
 * The records of a `;`-separated file (a byte-order mark tolerated), refused clearly when it is not
 * one.
 */
export function csvRecords(text: string): string[][] {
  if (hasControlCharacters(text))
    throw refuse(
      fileRefusals.CSV_UNREADABLE,
      'Il file contiene caratteri di controllo: non è un CSV di testo.',
    );
  try {
    return parse(text.replace(/^\uFEFF/, ''), {
      delimiter: ';',
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    }) as string[][];
  } catch (error) {
    throw refuse(
      fileRefusals.CSV_UNREADABLE,
      `Il file non è un CSV leggibile (separatore ;): ${(error as Error).message.slice(0, 200)}`,
    );
  }
}

/** Checks INI-PEC's extract against the Order's active boxes and lists every difference. */
export async function check(dataSource: DataSource, caller: TenantCaller, text: string) {
  const extract = withoutHeader(csvRecords(text), iniPecHeader);
  const ours = await store.activeBoxes(dataSource.manager, caller.tenant);
  const found = differences(ours, extract);
  return { checkedRows: extract.length, activeBoxes: ours.length, differences: found };
}
