import { z } from 'zod';
import { defineEvent } from '@app/platform/events';

/** Who asks ANAC for something through ordering: the RUP as their token named them when they clicked. */
const cigCommand = z.object({
  orderId: z.uuid(),
  cigRequestId: z.uuid(),
  agencyId: z.uuid(),
  requestedBy: z.object({ subject: z.string(), fiscalCode: z.string(), roles: z.array(z.string()), authMethod: z.string(), acr: z.string().nullable() }),
});

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
  appaltoConfirmationRequested: defineEvent({
    type: 'ordering.order.appalto-confirmation-requested.v1',
    summary: "Command to the ANAC gateway: confirm the appalto of an order's CIG request (Conferma appalto), on behalf of the RUP named, who must hold a SPID, CIE or CNS session.",
    data: cigCommand,
  }),
  cigAcquisitionRequested: defineEvent({
    type: 'ordering.order.cig-acquisition-requested.v1',
    summary: "Command to the ANAC gateway: acquire the CIGs of a confirmed appalto (Acquisisci CIG) on behalf of the RUP named.",
    data: cigCommand,
  }),
};
