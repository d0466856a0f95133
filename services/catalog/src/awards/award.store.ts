import { likeEscaped } from '@app/platform/db';
import type { EntityManager } from 'typeorm';
import { procurementTypeSql } from '../notices/procurement-type.js';
import type { AwardQuery } from './award.schema.js';

/**
 * Sortable columns, by name: the only text of a query that reaches ORDER BY; each has its index
 * (published outcomes only).
 */
const sortColumns = {
  pubblicazione: 'a.published_at',
  importo: 'a.amount_cents',
  oggetto: "(a.buyer_name || ' — ' || a.subject)",
  cig: 'a.cig',
} as const;
const defaultDirection = {
  pubblicazione: 'DESC',
  importo: 'DESC',
  oggetto: 'ASC',
  cig: 'ASC',
} as const;

const stateLabel =
  `CASE WHEN a.annulled_at IS NOT NULL THEN 'Annullata' ELSE ` + `'Aggiudicazione efficace' END`;

/**
 * The statement of a page of published outcomes, newest first unless sorted otherwise, with the
 * filters of "Aggiudicazioni e affidamenti": read along the sort column's index until the page is
 * full.
 */
export function awardStatement(query: AwardQuery): { sql: string; params: unknown[] } {
  const direction = query.verso ? query.verso.toUpperCase() : defaultDirection[query.ordina];
  // The tie-breaker runs the way its index does: (published_at DESC, order_id), the others (column,
  // order_id).
  const tie =
    query.ordina === 'pubblicazione' ? (direction === 'DESC' ? 'ASC' : 'DESC') : direction;
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const where = ['a.published_at IS NOT NULL'];
  if (query.q) {
    const like = param(likeEscaped(query.q));
    where.push(
      `((a.buyer_name || ' — ' || a.subject) ILIKE '%' || ${like} || '%' OR ` +
        `a.cig = upper(${param(query.q)}) OR a.supplier->>'name' ILIKE '%' || ${like} ` +
        `|| '%')`,
    );
  }
  if (query.tipo) where.push(`${procurementTypeSql} = ${param(query.tipo)}`);
  // The state as its column says it, so the partial index of annulled outcomes serves it.
  if (query.stato)
    where.push(query.stato === 'Annullata' ? 'a.annulled_at IS NOT NULL' : 'a.annulled_at IS NULL');
  if (query.contratto) where.push(`a.contract_id = ${param(query.contratto)}`);
  return {
    sql: `SELECT a.order_id AS "orderId", a.contract_id AS "contractId", a.buyer_name || ' — ' ||
      a.subject AS "oggetto",
         ${procurementTypeSql} AS "tipoDiAppalto", a.cig, a.amount_cents::float8 AS
           "importoCents", ${stateLabel} AS "stato",
         to_char(a.published_at, 'YYYY-MM-DD') AS "dataDiPubblicazione", a.supplier->>'name' AS
           "aggiudicatario"
       FROM awards a LEFT JOIN contracts c ON c.id = a.contract_id
       WHERE ${where.join(' AND ')}
       ORDER BY ${sortColumns[query.ordina]} ${direction}, a.order_id ${tie}
       LIMIT ${param(query.pageSize)} OFFSET ${param((query.page - 1) * query.pageSize)}`,
    params,
  };
}

export async function awardPage(manager: EntityManager, query: AwardQuery) {
  const statement = awardStatement(query);
  return manager.query(statement.sql, statement.params) as Promise<Record<string, unknown>[]>;
}

export interface Outcome {
  orderId: string;
  contractId: string;
  cig: string;
  buyerAgencyId: string;
  buyerName: string;
  subject: string;
  supplier: unknown;
  amountCents: number;
  publishedAt: string;
}

/** The outcome of an order; a redelivery rewrites the same row. */
export async function saveOutcome(manager: EntityManager, outcome: Outcome): Promise<void> {
  await manager.query(
    `INSERT INTO awards (order_id, contract_id, cig, buyer_agency_id, buyer_name, subject,
      supplier, amount_cents, published_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (order_id) DO UPDATE SET contract_id = EXCLUDED.contract_id, cig = EXCLUDED.cig,
       buyer_agency_id = EXCLUDED.buyer_agency_id, buyer_name = EXCLUDED.buyer_name, subject =
         EXCLUDED.subject,
       supplier = EXCLUDED.supplier, amount_cents = EXCLUDED.amount_cents, published_at =
         EXCLUDED.published_at`,
    [
      outcome.orderId,
      outcome.contractId,
      outcome.cig,
      outcome.buyerAgencyId,
      outcome.buyerName,
      outcome.subject,
      JSON.stringify(outcome.supplier),
      outcome.amountCents,
      outcome.publishedAt,
    ],
  );
}

/** An annulment, even when it arrives before the outcome. */
export async function saveAnnulment(
  manager: EntityManager,
  annulment: {
    orderId: string;
    contractId: string;
    cig: string;
    annulledAt: string;
    reason: string;
  },
): Promise<void> {
  await manager.query(
    `INSERT INTO awards (order_id, contract_id, cig, annulled_at, annulment_reason) VALUES ($1,
      $2, $3, $4, $5)
     ON CONFLICT (order_id) DO UPDATE SET annulled_at = EXCLUDED.annulled_at, annulment_reason =
       EXCLUDED.annulment_reason`,
    [
      annulment.orderId,
      annulment.contractId,
      annulment.cig,
      annulment.annulledAt,
      annulment.reason,
    ],
  );
}
