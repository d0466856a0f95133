import { z } from 'zod';
import type { EntityManager } from 'typeorm';
import { contractSelect, type Contract } from './contracts.service.js';

export const maxPageSize = 100;

export const searchQuery = z.object({
  q: z.string().trim().max(200).optional(),
  kind: z.enum(['convenzione', 'accordo-quadro']).optional(),
  status: z.enum(['bozza', 'pubblicato', 'sospeso', 'chiuso', 'scaduto']).optional(),
  banditore: z.uuid().optional(),
  supplier: z.string().trim().max(200).optional(),
  cpv: z.string().trim().regex(/^\d{8}-\d$/, 'Codice CPV non valido.').optional(),
  expiryFrom: z.iso.date().optional(),
  expiryTo: z.iso.date().optional(),
  amountMin: z.coerce.number().int().min(0).optional(),
  amountMax: z.coerce.number().int().min(0).optional(),
  sort: z.enum(['rilevanza', 'scadenza', 'importo', 'titolo', 'pubblicazione']).default('rilevanza'),
  order: z.enum(['asc', 'desc']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  // Absurd page sizes are capped, not refused.
  pageSize: z.coerce.number().int().min(1).default(20).transform((size) => Math.min(size, maxPageSize)),
});

export type SearchQuery = z.output<typeof searchQuery>;

const sortColumns = { scadenza: 'c.expiry_date', importo: 'c.ceiling_cents', titolo: 'c.title', pubblicazione: 'c.published_at' } as const;

/**
 * "Elenco contratti": Italian full text on title and description (stems: "servizi" finds "servizio")
 * or a trigram match on the title for partial words, with filters, sorting and pages. Drafts are seen
 * only by their banditore.
 */
export async function searchContracts(manager: EntityManager, query: SearchQuery, tenant: string | undefined): Promise<{ items: Contract[]; total: number; page: number; pageSize: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  // Without words to rank by, the most recently published come first.
  let rank = 'c.published_at';
  if (query.q) {
    const q = param(query.q);
    where.push(`(c.search @@ websearch_to_tsquery('italian', ${q}) OR c.title ILIKE '%' || ${q} || '%')`);
    rank = `ts_rank(c.search, websearch_to_tsquery('italian', ${q})) + similarity(c.title, ${q})`;
  }
  where.push(`(c.status <> 'bozza' OR c.banditore_agency_id = ${param(tenant ?? null)}::uuid)`);
  if (query.kind) where.push(`c.kind = ${param(query.kind)}`);
  if (query.status === 'scaduto') where.push(`c.status = 'pubblicato' AND c.expiry_date < current_date`);
  else if (query.status === 'pubblicato') where.push(`c.status = 'pubblicato' AND c.expiry_date >= current_date`);
  else if (query.status) where.push(`c.status = ${param(query.status)}`);
  if (query.banditore) where.push(`c.banditore_agency_id = ${param(query.banditore)}`);
  if (query.supplier) where.push(`(c.supplier->>'name' ILIKE '%' || ${param(query.supplier)} || '%' OR c.supplier->>'fiscalCode' = upper(${param(query.supplier)}))`);
  if (query.cpv) where.push(`${param(query.cpv)} = ANY(c.cpv)`);
  if (query.expiryFrom) where.push(`c.expiry_date >= ${param(query.expiryFrom)}`);
  if (query.expiryTo) where.push(`c.expiry_date <= ${param(query.expiryTo)}`);
  if (query.amountMin !== undefined) where.push(`c.ceiling_cents >= ${param(query.amountMin)}`);
  if (query.amountMax !== undefined) where.push(`c.ceiling_cents <= ${param(query.amountMax)}`);
  const direction = query.order ?? (query.sort === 'titolo' || query.sort === 'scadenza' ? 'asc' : 'desc');
  const orderBy = query.sort === 'rilevanza' ? rank : sortColumns[query.sort];
  const rows = await manager.query(
    `${contractSelect.replace('SELECT ', 'SELECT count(*) OVER () AS total, ')} WHERE ${where.join(' AND ')}
     ORDER BY ${orderBy} ${direction} NULLS LAST, c.id LIMIT ${param(query.pageSize)} OFFSET ${param((query.page - 1) * query.pageSize)}`, params);
  const total = rows.length ? Number(rows[0].total) : 0;
  return { items: rows.map(({ total: _total, ...contract }: Record<string, unknown>) => contract as unknown as Contract), total, page: query.page, pageSize: query.pageSize };
}
