import { likeEscaped, todayInItaly } from '@app/platform/db';
import type { EntityManager } from 'typeorm';
import type { NoticeQuery } from './notice.schema.js';
import { procurementTypeSql } from './procurement-type.js';

const stateLabel = `CASE WHEN c.status = 'pubblicato' AND c.expiry_date < ${todayInItaly} THEN 'Scaduto'
  WHEN c.status = 'pubblicato' THEN 'Pubblicato' WHEN c.status = 'sospeso' THEN 'Sospeso' ELSE 'Chiuso' END`;

/**
 * "Bandi e avvisi": contracts past their draft, newest publication first (the order of the
 * published index, so a page is read in order and stops at its limit); words match the full text or
 * the title (both indexed, so an OR of two bitmaps).
 */
export function noticeStatement(query: NoticeQuery): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const where = [`c.status <> 'bozza'`];
  if (query.q) {
    const q = param(query.q);
    where.push(
      `(c.search @@ websearch_to_tsquery('italian', ${q}) OR c.title ILIKE '%' ` +
        `|| ${param(likeEscaped(query.q))} || '%')`,
    );
  }
  if (query.tipo) where.push(`${procurementTypeSql} = ${param(query.tipo)}`);
  if (query.stato) where.push(`${stateLabel} = ${param(query.stato)}`);
  return {
    sql: `SELECT c.id, coalesce(d.name || ' — ', '') || c.title AS "oggetto",
      ${procurementTypeSql} AS "tipoDiAppalto", c.cig,
         c.ceiling_cents::float8 AS "importoCents", ${stateLabel} AS "stato",
           to_char(c.published_at, 'YYYY-MM-DD') AS "dataDiPubblicazione"
       FROM contracts c LEFT JOIN agency_directory d ON d.agency_id = c.banditore_agency_id
       WHERE ${where.join(' AND ')}
       ORDER BY c.published_at DESC NULLS LAST, c.id LIMIT ${param(query.pageSize)} OFFSET
         ${param((query.page - 1) * query.pageSize)}`,
    params,
  };
}

/** A page of "Bandi e avvisi". */
export function noticePage(manager: EntityManager, query: NoticeQuery) {
  const statement = noticeStatement(query);
  return manager.query(statement.sql, statement.params) as Promise<Record<string, unknown>[]>;
}
