import type { EntityManager } from 'typeorm';
import { procurementTypeSql } from '../notices/procurement-type.js';
import type { AwardQuery } from './award.schema.js';

/** Sortable columns, by name: the only text of a query that reaches ORDER BY. */
const sortColumns = { pubblicazione: 'w.published_at', importo: 'w."importoCents"', oggetto: 'w.oggetto', cig: 'w.cig' } as const;
const defaultDirection = { pubblicazione: 'DESC', importo: 'DESC', oggetto: 'ASC', cig: 'ASC' } as const;

const stateLabel = `CASE WHEN a.annulled_at IS NOT NULL THEN 'Annullata' ELSE 'Aggiudicazione efficace' END`;

/** A page of published outcomes, newest first unless sorted otherwise, with the filters of "Aggiudicazioni e affidamenti". */
export async function awardPage(manager: EntityManager, query: AwardQuery) {
  const direction = query.verso ? query.verso.toUpperCase() : defaultDirection[query.ordina];
  const rows = await manager.query(
    `SELECT * FROM (
       SELECT a.order_id AS "orderId", a.contract_id AS "contractId", a.buyer_name || ' — ' || a.subject AS "oggetto",
         ${procurementTypeSql} AS "tipoDiAppalto", a.cig, a.amount_cents::float8 AS "importoCents", ${stateLabel} AS "stato",
         to_char(a.published_at, 'YYYY-MM-DD') AS "dataDiPubblicazione", a.supplier->>'name' AS "aggiudicatario", a.published_at
       FROM awards a LEFT JOIN contracts c ON c.id = a.contract_id
       WHERE a.published_at IS NOT NULL) w
     WHERE ($1::text IS NULL OR w.oggetto ILIKE '%' || $1 || '%' OR w.cig = upper($1) OR w.aggiudicatario ILIKE '%' || $1 || '%')
       AND ($2::text IS NULL OR w."tipoDiAppalto" = $2) AND ($3::text IS NULL OR w.stato = $3)
       AND ($4::uuid IS NULL OR w."contractId" = $4)
     ORDER BY ${sortColumns[query.ordina]} ${direction} NULLS LAST, w."orderId" LIMIT $5 OFFSET $6`,
    [query.q ?? null, query.tipo ?? null, query.stato ?? null, query.contratto ?? null, query.pageSize,
      (query.page - 1) * query.pageSize]);
  return rows.map(({ published_at: _published, ...award }: Record<string, unknown>) => award);
}

export interface Outcome {
  orderId: string; contractId: string; cig: string; buyerAgencyId: string; buyerName: string; subject: string;
  supplier: unknown; amountCents: number; publishedAt: string;
}

/** The outcome of an order; a redelivery rewrites the same row. */
export async function saveOutcome(manager: EntityManager, outcome: Outcome): Promise<void> {
  await manager.query(
    `INSERT INTO awards (order_id, contract_id, cig, buyer_agency_id, buyer_name, subject, supplier, amount_cents, published_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (order_id) DO UPDATE SET contract_id = EXCLUDED.contract_id, cig = EXCLUDED.cig,
       buyer_agency_id = EXCLUDED.buyer_agency_id, buyer_name = EXCLUDED.buyer_name, subject = EXCLUDED.subject,
       supplier = EXCLUDED.supplier, amount_cents = EXCLUDED.amount_cents, published_at = EXCLUDED.published_at`,
    [outcome.orderId, outcome.contractId, outcome.cig, outcome.buyerAgencyId, outcome.buyerName, outcome.subject,
      JSON.stringify(outcome.supplier), outcome.amountCents, outcome.publishedAt]);
}

/** An annulment, even when it arrives before the outcome. */
export async function saveAnnulment(manager: EntityManager, annulment: { orderId: string; contractId: string; cig: string; annulledAt: string; reason: string }): Promise<void> {
  await manager.query(
    `INSERT INTO awards (order_id, contract_id, cig, annulled_at, annulment_reason) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (order_id) DO UPDATE SET annulled_at = EXCLUDED.annulled_at, annulment_reason = EXCLUDED.annulment_reason`,
    [annulment.orderId, annulment.contractId, annulment.cig, annulment.annulledAt, annulment.reason]);
}
