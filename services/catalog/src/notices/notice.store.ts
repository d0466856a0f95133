import type { EntityManager } from 'typeorm';
import type { NoticeQuery } from './notice.schema.js';
import { procurementTypeSql } from './procurement-type.js';

const stateLabel = `CASE WHEN c.status = 'pubblicato' AND c.expiry_date < current_date THEN 'Scaduto'
  WHEN c.status = 'pubblicato' THEN 'Pubblicato' WHEN c.status = 'sospeso' THEN 'Sospeso' ELSE 'Chiuso' END`;

/** A page of contracts past their draft, newest publication first, with the filters of "Bandi e avvisi". */
export async function noticePage(manager: EntityManager, query: NoticeQuery) {
  const rows = await manager.query(
    `SELECT * FROM (
       SELECT c.id, coalesce(d.name || ' — ', '') || c.title AS "oggetto", ${procurementTypeSql} AS "tipoDiAppalto", c.cig,
         c.ceiling_cents::float8 AS "importoCents", ${stateLabel} AS "stato",
         to_char(c.published_at, 'YYYY-MM-DD') AS "dataDiPubblicazione", c.search, c.title, c.published_at
       FROM contracts c LEFT JOIN agency_directory d ON d.agency_id = c.banditore_agency_id WHERE c.status <> 'bozza') n
     WHERE ($1::text IS NULL OR n.search @@ websearch_to_tsquery('italian', $1) OR n.title ILIKE '%' || $1 || '%')
       AND ($2::text IS NULL OR n."tipoDiAppalto" = $2) AND ($3::text IS NULL OR n.stato = $3)
     ORDER BY n.published_at DESC, n.id LIMIT $4 OFFSET $5`,
    [query.q ?? null, query.tipo ?? null, query.stato ?? null, query.pageSize, (query.page - 1) * query.pageSize]);
  return rows.map(({ search: _s, title: _t, published_at: _p, ...notice }: Record<string, unknown>) => notice);
}
