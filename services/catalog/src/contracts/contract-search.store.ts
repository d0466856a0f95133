import type { EntityManager } from 'typeorm';
import type { Contract } from './contract.rules.js';
import { countLimit, type SearchQuery } from './contract-search.schema.js';

/** What a row of "Elenco contratti" shows; the whole contract is one GET away. */
export type ContractSummary = Pick<Contract, 'id' | 'kind' | 'title' | 'cig' | 'cpv' | 'ceilingCents' | 'startDate' | 'expiryDate' | 'status' | 'publishedAt' | 'banditore'>
  & { supplier: { name: string; fiscalCode: string } };

const summarySelect = `SELECT c.id, c.kind, c.title, c.cig, c.cpv, c.ceiling_cents::float8 AS "ceilingCents",
  to_char(c.start_date, 'YYYY-MM-DD') AS "startDate", to_char(c.expiry_date, 'YYYY-MM-DD') AS "expiryDate",
  CASE WHEN c.status = 'pubblicato' AND c.expiry_date < current_date THEN 'scaduto' ELSE c.status END AS status, c.published_at AS "publishedAt",
  json_build_object('agencyId', c.banditore_agency_id, 'name', d.name) AS banditore,
  json_build_object('name', c.supplier->>'name', 'fiscalCode', c.supplier->>'fiscalCode') AS supplier
  FROM contracts c LEFT JOIN agency_directory d ON d.agency_id = c.banditore_agency_id`;

const sortColumns = { scadenza: 'c.expiry_date', importo: 'c.ceiling_cents', titolo: 'c.title', pubblicazione: 'c.published_at' } as const;

/**
 * "Elenco contratti": Italian full text on title, description, CIG and supplier (stems: "servizi" finds
 * "servizio"; the last word as a prefix, so partial words match), falling back to trigram similarity of
 * titles when the words match nothing (typos), with filters, sorting and pages. Drafts are seen only by
 * their banditore.
 */
export async function searchContracts(manager: EntityManager, query: SearchQuery, tenant: string | undefined, fuzzy = false): Promise<SearchResult> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  // Without words to rank by, the most recently published come first.
  let rank = 'c.published_at';
  const words = prefixQuery(query.q);
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
  if (query.kind) where.push(`c.kind = ${param(query.kind)}`);
  if (query.status === 'scaduto') where.push(`c.status = 'pubblicato' AND c.expiry_date < current_date`);
  else if (query.status === 'pubblicato') where.push(`c.status = 'pubblicato' AND c.expiry_date >= current_date`);
  else if (query.status) where.push(`c.status = ${param(query.status)}`);
  if (query.banditore) where.push(`c.banditore_agency_id = ${param(query.banditore)}`);
  if (query.supplier) where.push(`(c.supplier->>'name' ILIKE '%' || ${param(query.supplier)} || '%' OR c.supplier->>'fiscalCode' = upper(${param(query.supplier)}))`);
  if (query.cpv) where.push(`c.cpv @> ARRAY[${param(query.cpv)}]::text[]`);
  if (query.expiryFrom) where.push(`c.expiry_date >= ${param(query.expiryFrom)}`);
  if (query.expiryTo) where.push(`c.expiry_date <= ${param(query.expiryTo)}`);
  if (query.amountMin !== undefined) where.push(`c.ceiling_cents >= ${param(query.amountMin)}`);
  if (query.amountMax !== undefined) where.push(`c.ceiling_cents <= ${param(query.amountMax)}`);
  const direction = query.order ?? (query.sort === 'titolo' || query.sort === 'scadenza' ? 'asc' : 'desc');
  const orderBy = query.sort === 'rilevanza' ? rank : sortColumns[query.sort];
  const filter = `FROM contracts c WHERE ${where.join(' AND ')}`;
  // Two light queries instead of one heavy one: the page's ids (only the sort key is computed for the
  // matches), and a count that stops at countLimit; then the full rows of that page alone.
  const filterParams = [...params];
  const pageClause = `LIMIT ${param(query.pageSize)} OFFSET ${param((query.page - 1) * query.pageSize)}`;
  const [page, counted] = await Promise.all([
    manager.query(`SELECT c.id ${filter} ORDER BY ${orderBy} ${direction} NULLS LAST, c.id ${pageClause}`, params),
    manager.query(`SELECT count(*)::int AS n FROM (SELECT 1 ${filter} LIMIT ${countLimit + 1}) matches`, filterParams),
  ]);
  const ids: string[] = page.map((row: { id: string }) => row.id);
  const rows: ContractSummary[] = ids.length ? await manager.query(`${summarySelect} WHERE c.id = ANY($1)`, [ids]) : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const total = counted[0].n as number;
  if (total === 0 && query.q && !fuzzy) return searchContracts(manager, query, tenant, true);
  return { items: ids.map((id) => byId.get(id)!), total: Math.min(total, countLimit), totalIsLowerBound: total > countLimit, page: query.page, pageSize: query.pageSize };
}

export interface SearchResult { items: ContractSummary[]; total: number; totalIsLowerBound: boolean; page: number; pageSize: number }

/**
 * The words of a search as an Italian tsquery where the last word is a prefix ("arred" finds "arredi"),
 * so partial words use the full-text index too; undefined when no word is left.
 */
export function prefixQuery(text: string | undefined): string | undefined {
  const words = (text ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return undefined;
  return words.map((word, i) => (i === words.length - 1 ? `${word}:*` : word)).join(' & ');
}
