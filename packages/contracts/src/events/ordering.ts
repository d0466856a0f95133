import { z } from 'zod';
import { defineEvent } from '../registry.js';

/**
 * What ordering announces of an order's outcome. The catalog keeps the public list "Aggiudicazioni e
 * affidamenti" from these; the notification service tells the parties.
 */
export const orderingEvents = {
  outcomePublished: defineEvent({
    type: 'ordering.order.outcome-published.v1',
    summary: 'The outcome (Esito) of an approved order was completed and published: it joins "Aggiudicazioni e affidamenti".',
    data: z.object({
      orderId: z.uuid(),
      contractId: z.uuid(),
      /** The order's own CIG (derived from the contract's CIG principale). */
      cig: z.string(),
      buyerAgencyId: z.uuid(),
      buyerName: z.string(),
      /** Oggetto of the order, as the buyer wrote it. */
      subject: z.string(),
      supplier: z.object({ name: z.string(), fiscalCode: z.string() }),
      amountCents: z.number().int().min(0),
      publishedAt: z.iso.datetime({ offset: true }),
    }),
  }),
  orderAnnulled: defineEvent({
    type: 'ordering.order.annulled.v1',
    summary: 'An approved order was annulled (scheda ANN confirmed by ANAC): its award shows as Annullata.',
    data: z.object({ orderId: z.uuid(), contractId: z.uuid(), cig: z.string(), reason: z.string(), annulledAt: z.iso.datetime({ offset: true }) }),
  }),
};
