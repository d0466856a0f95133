import { z } from 'zod';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { ServiceDeps } from '@app/platform/service';
import { maxPageSize } from '../contracts/contract-search.js';
import { procurementTypeSql, procurementTypes } from './procurement-type.js';

const stateLabel = `CASE WHEN c.status = 'pubblicato' AND c.expiry_date < current_date THEN 'Scaduto'
  WHEN c.status = 'pubblicato' THEN 'Pubblicato' WHEN c.status = 'sospeso' THEN 'Sospeso' ELSE 'Chiuso' END`;

/** "Bandi e avvisi" (seed 002): the published contracts, readable without logging in. */
export function noticeRoutes({ dataSource }: ServiceDeps): RouteSpec[] {
  return [defineRoute({
    method: 'get', path: '/api/v1/notices', operationId: 'listNotices', summary: 'Bandi e avvisi: Oggetto, Tipo di appalto, CIG, Importo, Stato, Data di pubblicazione', public: true, tags: ['notices'],
    query: z.object({
      q: z.string().trim().max(200).optional(),
      tipo: z.enum(procurementTypes).optional(),
      stato: z.enum(['Pubblicato', 'Sospeso', 'Chiuso', 'Scaduto']).optional(),
      page: z.coerce.number().int().min(1).default(1),
      pageSize: z.coerce.number().int().min(1).default(20).transform((size) => Math.min(size, maxPageSize)),
    }),
    responses: [{ status: 200, description: 'Una pagina di bandi e avvisi' }],
    handler: async ({ query }) => {
      const rows = await dataSource.query(
        `SELECT * FROM (
           SELECT c.id, coalesce(d.name || ' — ', '') || c.title AS "oggetto", ${procurementTypeSql} AS "tipoDiAppalto", c.cig,
             c.ceiling_cents::float8 AS "importoCents", ${stateLabel} AS "stato", to_char(c.published_at, 'YYYY-MM-DD') AS "dataDiPubblicazione",
             c.search, c.title, c.published_at
           FROM contracts c LEFT JOIN agency_directory d ON d.agency_id = c.banditore_agency_id WHERE c.status <> 'bozza') n
         WHERE ($1::text IS NULL OR n.search @@ websearch_to_tsquery('italian', $1) OR n.title ILIKE '%' || $1 || '%')
           AND ($2::text IS NULL OR n."tipoDiAppalto" = $2) AND ($3::text IS NULL OR n.stato = $3)
         ORDER BY n.published_at DESC, n.id LIMIT $4 OFFSET $5`,
        [query.q ?? null, query.tipo ?? null, query.stato ?? null, query.pageSize, (query.page - 1) * query.pageSize]);
      return { items: rows.map(({ search: _s, title: _t, published_at: _p, ...notice }: Record<string, unknown>) => notice), page: query.page, pageSize: query.pageSize };
    },
  })];
}
