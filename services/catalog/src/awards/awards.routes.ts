import { z } from 'zod';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { ServiceDeps } from '@app/platform/service';
import { maxPageSize } from '../contracts/contract-search.js';
import { procurementTypeSql, procurementTypes } from '../notices/procurement-type.js';

const stateLabel = `CASE WHEN a.annulled_at IS NOT NULL THEN 'Annullata' ELSE 'Aggiudicazione efficace' END`;

/** "Aggiudicazioni e affidamenti" (seed 002): the published outcomes of orders, readable without logging in. */
export function awardRoutes({ dataSource }: ServiceDeps): RouteSpec[] {
  return [defineRoute({
    method: 'get', path: '/api/v1/awards', operationId: 'listAwards', summary: 'Aggiudicazioni e affidamenti: Oggetto, Tipo di appalto, CIG, Importo, Stato, Data di pubblicazione', public: true, tags: ['notices'],
    query: z.object({
      q: z.string().trim().max(200).optional(),
      tipo: z.enum(procurementTypes).optional(),
      stato: z.enum(['Aggiudicazione efficace', 'Annullata']).optional(),
      contratto: z.uuid('Contratto non valido.').optional(),
      page: z.coerce.number().int().min(1).default(1),
      pageSize: z.coerce.number().int().min(1).default(20).transform((size) => Math.min(size, maxPageSize)),
    }),
    responses: [{ status: 200, description: 'Una pagina di aggiudicazioni e affidamenti' }],
    handler: async ({ query }) => {
      const rows = await dataSource.query(
        `SELECT * FROM (
           SELECT a.order_id AS "orderId", a.contract_id AS "contractId", a.buyer_name || ' — ' || a.subject AS "oggetto",
             ${procurementTypeSql} AS "tipoDiAppalto", a.cig, a.amount_cents::float8 AS "importoCents", ${stateLabel} AS "stato",
             to_char(a.published_at, 'YYYY-MM-DD') AS "dataDiPubblicazione", a.supplier->>'name' AS "aggiudicatario", a.published_at
           FROM awards a LEFT JOIN contracts c ON c.id = a.contract_id
           WHERE a.published_at IS NOT NULL) w
         WHERE ($1::text IS NULL OR w.oggetto ILIKE '%' || $1 || '%' OR w.cig = upper($1) OR w.aggiudicatario ILIKE '%' || $1 || '%')
           AND ($2::text IS NULL OR w."tipoDiAppalto" = $2) AND ($3::text IS NULL OR w.stato = $3) AND ($4::uuid IS NULL OR w."contractId" = $4)
         ORDER BY w.published_at DESC, w."orderId" LIMIT $5 OFFSET $6`,
        [query.q ?? null, query.tipo ?? null, query.stato ?? null, query.contratto ?? null, query.pageSize, (query.page - 1) * query.pageSize]);
      return { items: rows.map(({ published_at: _p, ...award }: Record<string, unknown>) => award), page: query.page, pageSize: query.pageSize };
    },
  })];
}
