import { asService, likeEscaped, todayInItaly } from '@app/platform/db';
import type { EntityManager, QueryRunner } from 'typeorm';
import type { Contract } from './contract.rules.js';
import { countLimit, type SearchQuery } from './contract-search.schema.js';
import { defined } from '@app/platform/errors';

/** What a row of "Elenco contratti" shows; the whole contract is one GET away. */
export type ContractSummary = Pick<
  Contract,
  | 'id'
  | 'kind'
  | 'title'
  | 'cig'
  | 'cpv'
  | 'ceilingCents'
  | 'startDate'
  | 'expiryDate'
  | 'status'
  | 'publishedAt'
  | 'banditore'
> & { supplier: { name: string; fiscalCode: string } };

export interface SearchResult {
  items: ContractSummary[];
  total: number;
  totalIsLowerBound: boolean;
  page: number;
  pageSize: number;
}

/** The page's rows, as the list shows them (also the SQL bench/catalog-search's baseline runs). */
export const summarySelect = `SELECT c.id, c.kind, c.title, c.cig, c.cpv, c.ceiling_cents::float8 AS
  "ceilingCents",
  to_char(c.start_date, 'YYYY-MM-DD') AS "startDate", to_char(c.expiry_date, 'YYYY-MM-DD') AS
    "expiryDate",
  CASE WHEN c.status = 'pubblicato' AND c.expiry_date < ${todayInItaly} THEN 'scaduto' ELSE c.status
    END AS status, c.published_at AS "publishedAt",
  json_build_object('agencyId', c.banditore_agency_id, 'name', d.name) AS banditore,
  json_build_object('name', c.supplier->>'name', 'fiscalCode', c.supplier->>'fiscalCode') AS
    supplier, p.ord
  FROM contracts c LEFT JOIN agency_directory d ON d.agency_id = c.banditore_agency_id`;

/**
 * Sort keys; only `published_at` has NULLs (drafts), so only it says where they go, and the index
 * agrees.
 */
const sortColumns = {
  scadenza: 'c.expiry_date',
  importo: 'c.ceiling_cents',
  titolo: 'c.title',
  pubblicazione: 'c.published_at',
} as const;
/**
 * Beyond this many matches, relevance ranks the most recently published ones only (their rank is
 * computed, not every match's).
 */
export const rankedCandidates = 200;

export interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * The WHERE of a search, its parameters, the relevance of a match, and whether an index answers it
 * narrowly.
 */
function conditions(query: SearchQuery, tenant: string | undefined, fuzzy: boolean) {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const facets: string[] = [];
  let rank: string | undefined;
  const words = prefixQuery(query.q);
  // Words and trigrams, whose frequency the planner cannot know: counted through bitmaps. A facet
  // is one element with its own statistics (kind and CPV are one element together), so the planner
  // judges it.
  let selective = Boolean(words) || fuzzy;
  if (words && !fuzzy) {
    const q = param(words);
    where.push(`c.search @@ to_tsquery('italian', ${q})`);
    rank = `ts_rank(c.search, to_tsquery('italian', ${q}))`;
  } else if (query.q && fuzzy) {
    // Nothing matched the words themselves: titles that look alike (trigrams) catch typos.
    const q = param(query.q);
    where.push(`${q} <% c.title`);
    rank = `word_similarity(${q}, c.title)`;
  }
  where.push(`(c.status <> 'bozza' OR c.banditore_agency_id = ${param(tenant ?? null)}::uuid)`);
  if (query.kind && !query.cpv) where.push(`c.kind = ${param(query.kind)}`);
  if (query.status === 'scaduto')
    where.push(`c.status = 'pubblicato' AND c.expiry_date < ${todayInItaly}`);
  else if (query.status === 'pubblicato')
    where.push(`c.status = 'pubblicato' AND c.expiry_date >= ${todayInItaly}`);
  else if (query.status) where.push(`c.status = ${param(query.status)}`);
  if (query.banditore) facets.push(`banditore:${query.banditore}`);
  if (query.cpv) facets.push(query.kind ? `${query.kind}:${query.cpv}` : query.cpv);
  if (query.supplier && /^[0-9A-Za-z]{11}$|^[0-9A-Za-z]{16}$/.test(query.supplier))
    facets.push(`supplier:${query.supplier.toUpperCase()}`);
  else if (query.supplier) {
    where.push(`c.supplier->>'name' ILIKE '%' || ${param(likeEscaped(query.supplier))} || '%'`);
    selective = true;
  }
  if (facets.length) where.push(`c.facets @> ${param(facets)}::text[]`);
  if (query.expiryFrom) where.push(`c.expiry_date >= ${param(query.expiryFrom)}`);
  if (query.expiryTo) where.push(`c.expiry_date <= ${param(query.expiryTo)}`);
  if (query.amountMin !== undefined) where.push(`c.ceiling_cents >= ${param(query.amountMin)}`);
  if (query.amountMax !== undefined) where.push(`c.ceiling_cents <= ${param(query.amountMax)}`);
  return { filter: `FROM contracts c WHERE ${where.join(' AND ')}`, params, rank, selective };
}

/**
 * The statements of one search. `count` stops at countLimit + 1: through exact bitmaps when an
 * index answers narrowly (words, trigrams, facets — whatever the filters' correlation), else along
 * the sort index. `page(total)` then picks its plan by what the count found, not by the planner's
 * guess: few matches are read through bitmaps and sorted; many are read in the order of a sort
 * index until the page is full (for relevance: the most recent candidates, ranked).
 */
export function searchStatements(query: SearchQuery, tenant: string | undefined, fuzzy: boolean) {
  const { filter, params, rank, selective } = conditions(query, tenant, fuzzy);
  const direction =
    query.order ?? (query.sort === 'titolo' || query.sort === 'scadenza' ? 'ASC' : 'DESC');
  const relevance = query.sort === 'rilevanza' && rank;
  const key = relevance
    ? defined(rank)
    : sortColumns[query.sort === 'rilevanza' ? 'pubblicazione' : query.sort];
  const dir = relevance ? 'DESC' : direction.toUpperCase();
  const nulls = key === 'c.published_at' ? ' NULLS LAST' : '';
  // The tie-breaker runs the way its index does: (published_at DESC NULLS LAST, id), the others
  // (key, id).
  const tie = key === 'c.published_at' ? (dir === 'DESC' ? 'ASC' : 'DESC') : dir;
  const window = `LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`;
  const order = `ORDER BY ${key} ${dir}${nulls}, c.id ${tie}`;
  // Broad filters only: the first countLimit + 1 matches in the sort index's order are found at
  // once.
  const count: Statement = {
    sql:
      `SELECT count(*)::int AS n FROM (SELECT 1 ${filter}${selective ? '' : ` ${order}`} ` +
      `LIMIT ${countLimit + 1}) matches`,
    params,
  };
  const page = (total: number): Statement => {
    if (total <= countLimit)
      return {
        sql:
          `SELECT id FROM (SELECT c.id, ${key} AS k ${filter}) m ORDER BY k ` +
          `${dir}${nulls}, id ${tie} ${window}`,
        params,
      };
    if (!relevance) return { sql: `SELECT c.id ${filter} ${order} ${window}`, params };
    const candidates = Math.max(rankedCandidates, query.page * query.pageSize);
    return {
      sql:
        `SELECT id FROM (SELECT c.id, ${rank} AS k ${filter} ORDER BY ` +
        `c.published_at DESC NULLS LAST, c.id LIMIT ${candidates}) m ORDER BY k ` +
        `DESC, id DESC ${window}`,
      params,
    };
  };
  /**
   * How each statement is read: `bitmap` through exact index bitmaps, `ordered` along a sort index,
   * `any` as the planner likes.
   */
  const scans = {
    count: selective ? ('bitmap' as const) : ('any' as const),
    page: (total: number) =>
      total <= countLimit
        ? ('bitmap' as const)
        : relevance
          ? ('ordered' as const)
          : ('any' as const),
  };
  return { count, page, scans };
}

/**
 * How alike a title must look to a mistyped search: one wrong or missing letter costs a short word
 * a larger share of its trigrams ("toscna" keeps 0.57 of "Toscana"), a long search a small one.
 */
export function similarityThreshold(text: string): number {
  const letters = text.replace(/\s+/g, '').length;
  return letters <= 8 ? 0.45 : letters <= 12 ? 0.5 : 0.6;
}

export type ScanMode = 'bitmap' | 'ordered' | 'any';

/**
 * How the next statements of this transaction may read contracts: the plan follows what the count
 * showed, not the planner's guess of correlated filters (a guess that walked a whole index to find
 * none). Fixed words only, so it travels with BEGIN in one round trip.
 */
export function scanSettings(mode: ScanMode): string {
  const on = (yes: boolean) => (yes ? 'on' : 'off');
  return [
    `SET LOCAL enable_seqscan = ${on(mode === 'any')}`,
    `SET LOCAL enable_indexscan = ${on(mode !== 'bitmap')}`,
    `SET LOCAL enable_indexonlyscan = ${on(mode !== 'bitmap')}`,
    `SET LOCAL enable_bitmapscan = ${on(mode !== 'ordered')}`,
  ].join('; ');
}

export const scanMode = (manager: EntityManager, mode: ScanMode) =>
  manager.query(scanSettings(mode));

/**
 * One connection for a search's statements, its transaction begun with its settings in one round
 * trip and ended whatever happens.
 */
async function inOneTransaction<T>(
  manager: EntityManager,
  work: (runner: QueryRunner) => Promise<T>,
): Promise<T> {
  const runner = manager.connection.createQueryRunner();
  try {
    await runner.connect();
    const result = await work(runner);
    await runner.query('COMMIT');
    return result;
  } catch (error) {
    await runner.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}

/**
 * "Elenco contratti": Italian full text on title, description, CIG and supplier (stems: "servizi"
 * finds "servizio"; the last word as a prefix, so partial words match), falling back to trigram
 * similarity of titles when the words match nothing (typos), with filters, sorting and pages.
 * Drafts are seen only by their banditore.
 */
export async function searchContracts(
  manager: EntityManager,
  query: SearchQuery,
  tenant: string | undefined,
  fuzzy = false,
): Promise<SearchResult> {
  const statements = searchStatements(query, tenant, fuzzy);
  // The WHERE holds the drafts' rule of the contracts' policy (a draft only for its banditore): the
  // search runs as the service, so full text and trigrams read their indexes (see asService).
  const found = await asService(() =>
    inOneTransaction(manager, async (tx) => {
      const threshold = fuzzy
        ? `; SET LOCAL pg_trgm.word_similarity_threshold = ${similarityThreshold(query.q ?? '')}`
        : '';
      await tx.query(`BEGIN; ${scanSettings(statements.scans.count)}${threshold}`);
      const n = (await tx.query(statements.count.sql, statements.count.params))[0].n as number;
      if (n === 0) return { total: 0, rows: [] as (ContractSummary & { ord: number })[] };
      if (statements.scans.page(n) !== statements.scans.count)
        await tx.query(scanSettings(statements.scans.page(n)));
      // The page's ids and their rows in one statement: one round trip less per search.
      const page = statements.page(n);
      const rows = await tx.query(
        `${summarySelect} JOIN (SELECT id, row_number() OVER () AS ord FROM ` +
          `(${page.sql}) ids) p ON p.id = c.id`,
        page.params,
      );
      return { total: n, rows: rows as (ContractSummary & { ord: number })[] };
    }),
  );
  if (found.total === 0 && query.q && !fuzzy) return searchContracts(manager, query, tenant, true);
  const items = found.rows
    .sort((a, b) => Number(a.ord) - Number(b.ord))
    .map(({ ord: _ord, ...row }) => row as ContractSummary);
  return {
    items,
    total: Math.min(found.total, countLimit),
    totalIsLowerBound: found.total > countLimit,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * The words of a search as an Italian tsquery where the last word is a prefix ("arred" finds
 * "arredi"), so partial words use the full-text index too; undefined when no word is left.
 */
export function prefixQuery(text: string | undefined): string | undefined {
  const words = (text ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return undefined;
  return words.map((word, i) => (i === words.length - 1 ? `${word}:*` : word)).join(' & ');
}
