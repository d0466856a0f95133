import type { EventHandler } from '@app/platform/messaging';
import { orderingEvents } from '@app/events';

/** An order's published outcome joins the list; a redelivery rewrites the same row. */
export const outcomePublished: EventHandler = async (event, manager) => {
  const outcome = orderingEvents.outcomePublished.data.parse(event.data);
  await manager.query(
    `INSERT INTO awards (order_id, contract_id, cig, buyer_agency_id, buyer_name, subject, supplier, amount_cents, published_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (order_id) DO UPDATE SET contract_id = EXCLUDED.contract_id, cig = EXCLUDED.cig, buyer_agency_id = EXCLUDED.buyer_agency_id,
       buyer_name = EXCLUDED.buyer_name, subject = EXCLUDED.subject, supplier = EXCLUDED.supplier, amount_cents = EXCLUDED.amount_cents, published_at = EXCLUDED.published_at`,
    [outcome.orderId, outcome.contractId, outcome.cig, outcome.buyerAgencyId, outcome.buyerName, outcome.subject, JSON.stringify(outcome.supplier), outcome.amountCents, outcome.publishedAt]);
};

/** An annulled order shows as "Annullata", even when the annulment arrives before its outcome. */
export const orderAnnulled: EventHandler = async (event, manager) => {
  const annulment = orderingEvents.orderAnnulled.data.parse(event.data);
  await manager.query(
    `INSERT INTO awards (order_id, contract_id, cig, annulled_at, annulment_reason) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (order_id) DO UPDATE SET annulled_at = EXCLUDED.annulled_at, annulment_reason = EXCLUDED.annulment_reason`,
    [annulment.orderId, annulment.contractId, annulment.cig, annulment.annulledAt, annulment.reason]);
};
