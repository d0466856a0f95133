import { z } from 'zod';
import { defineEvent } from '@app/platform/events';

/**
 * Who asks ANAC for something through ordering: the RUP as their token named them when they
 * clicked.
 */
const cigCommand = z.object({
  orderId: z.uuid(),
  cigRequestId: z.uuid(),
  agencyId: z.uuid(),
  requestedBy: z.object({
    subject: z.string(),
    fiscalCode: z.string(),
    roles: z.array(z.string()),
    authMethod: z.string(),
    acr: z.string().nullable(),
  }),
});

const party = z.object({
  subject: z.string(),
  profileId: z.string().nullable(),
  agencyId: z.uuid().nullable(),
});

/**
 * What notify needs to address the parties of an order: who orders, the banditore, the supplier.
 */
const orderFacts = z.object({
  orderId: z.uuid(),
  code: z.string(),
  contractId: z.uuid(),
  contractTitle: z.string(),
  contractCig: z.string(),
  agencyId: z.uuid(),
  agencyName: z.string(),
  banditoreAgencyId: z.uuid(),
  supplier: z.object({
    name: z.string(),
    fiscalCode: z.string(),
    pec: z.string(),
    agencyId: z.uuid().nullable(),
  }),
  adhesionId: z.uuid().nullable(),
  /** The order's own CIG (CIG derivato), once acquired. */
  cig: z.string().nullable(),
  totalCents: z.number().int().min(0),
  /** The profile that sent the order (Invia): the one told of its fate (seed 001). */
  sender: party.nullable(),
  actor: party,
  /**
   * The order's identification on NSO (the «tripletta» ID#IssueDate#buyer EndpointID), once its
   * electronic order was produced: the supplier quotes it on the invoice, partners match by it.
   */
  nsoId: z.string().nullable().default(null),
});

/** One document of an order on NSO, as the order's events name it. */
const nsoDocumentFacts = z.object({
  documentId: z.uuid(),
  kind: z.enum(['ordine', 'risposta']),
  variant: z.enum(['iniziale', 'sostitutivo', 'revoca', 'collegato']).nullable(),
  /** The document's own NSO identification (for an order, its tripletta). */
  documentNsoId: z.string(),
});

/**
 * What ordering announces of an order's outcome. The catalog keeps the public list "Aggiudicazioni
 * e affidamenti" from these; the notification service tells the parties.
 */
export const orderingEvents = {
  orderSubmitted: defineEvent({
    type: 'ordering.order.submitted.v1',
    summary:
      "An order was sent (Invia): the buyer and the banditore's cost centre are " +
      'told. An order without adhesion asks catalog to reserve its amount on ' +
      "the contract's ceiling.",
    data: orderFacts.extend({
      submittedAt: z.iso.datetime({ offset: true }),
      /**
       * Set when the order has no adhesion and reserves its own amount (reference: the order id).
       */
      ceilingReservation: z
        .object({ reference: z.uuid(), amountCents: z.number().int().positive() })
        .nullable(),
    }),
  }),
  orderApproved: defineEvent({
    type: 'ordering.order.approved.v1',
    summary:
      "The banditore's RUP approved an order: the buyer and the supplier are " +
      'told; where the contract allows it, the supplier may dispute it until the deadline.',
    data: orderFacts.extend({
      approvedAt: z.iso.datetime({ offset: true }),
      supplierDeadline: z.iso.datetime({ offset: true }),
      /** The contract lets the supplier dispute (otherwise the order binds it as issued). */
      supplierMayDispute: z.boolean().default(false),
    }),
  }),
  orderSupplierDispatch: defineEvent({
    type: 'ordering.order.supplier-dispatch.v1',
    summary:
      'An approved order as its supplier receives it by PEC (seed 001: the documents «oltre che ' +
      'caricati in piattaforma, devono essere inviati al Fornitore tramite PEC»): the order, the ' +
      'signed summary sheet and its documents. Between services only, never to partners.',
    data: orderFacts.extend({
      approvedAt: z.iso.datetime({ offset: true }),
      supplierDeadline: z.iso.datetime({ offset: true }),
      supplierMayDispute: z.boolean().default(false),
      /** The files, each with its SHA-256 (as kept by ordering). */
      documents: z.array(
        z.object({
          fileName: z.string(),
          contentType: z.string(),
          sha256: z.string(),
          contentBase64: z.string(),
        }),
      ),
      /** Files left on the platform because the PEC would have been too large. */
      omitted: z.array(z.string()).default([]),
    }),
  }),
  orderRejected: defineEvent({
    type: 'ordering.order.rejected.v1',
    summary:
      "The banditore's RUP rejected an order, with a reason: the buyer is told; " +
      "an order's own reservation is released.",
    data: orderFacts.extend({ reason: z.string(), rejectedAt: z.iso.datetime({ offset: true }) }),
  }),
  orderAcknowledged: defineEvent({
    type: 'ordering.order.acknowledged.v1',
    summary:
      'The supplier acknowledged an approved order (presa visione), or its ' +
      'deadline passed and it counts as acknowledged.',
    data: orderFacts.extend({
      automatic: z.boolean(),
      acknowledgedAt: z.iso.datetime({ offset: true }),
    }),
  }),
  orderDisputed: defineEvent({
    type: 'ordering.order.disputed.v1',
    summary:
      'The supplier disputed an approved order within its deadline, with a ' +
      'reason: the buyer and the banditore are told.',
    data: orderFacts.extend({ reason: z.string(), disputedAt: z.iso.datetime({ offset: true }) }),
  }),
  paymentRegistered: defineEvent({
    type: 'ordering.payment.registered.v1',
    summary:
      'A payment mandate of an agency was registered (SIOPE+ fields); matched ' +
      "to the agency's order by CIG when one has it.",
    data: z.object({
      paymentId: z.uuid(),
      agencyId: z.uuid(),
      mandateNumber: z.string(),
      amountCents: z.number().int(),
      cig: z.string().nullable(),
      orderId: z.uuid().nullable(),
      paidOn: z.string().nullable(),
      beneficiaryFiscalCode: z.string().nullable(),
    }),
  }),
  outcomePublished: defineEvent({
    type: 'ordering.order.outcome-published.v1',
    summary:
      'The outcome (Esito) of an approved order was completed and published: it ' +
      'joins "Aggiudicazioni e affidamenti".',
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
    summary:
      'An approved order was annulled (scheda ANN confirmed by ANAC): its award ' +
      'shows as Annullata.',
    data: z.object({
      orderId: z.uuid(),
      contractId: z.uuid(),
      /** The agency that ordered, and the banditore: who may see the annulment. */
      agencyId: z.uuid(),
      banditoreAgencyId: z.uuid(),
      cig: z.string(),
      reason: z.string(),
      annulledAt: z.iso.datetime({ offset: true }),
    }),
  }),
  orderNsoDelivered: defineEvent({
    type: 'ordering.order.nso-delivered.v1',
    summary:
      'NSO (Nodo di Smistamento degli Ordini) notified the delivery of one of the order’s ' +
      'documents: the electronic order to the supplier, or the supplier’s Order Response to the ' +
      'buyer.',
    data: orderFacts.extend({
      document: nsoDocumentFacts,
      deliveredAt: z.iso.datetime({ offset: true }),
    }),
  }),
  orderNsoDiscarded: defineEvent({
    type: 'ordering.order.nso-discarded.v1',
    summary:
      'NSO discarded one of the order’s documents (notifica di scarto), with NSO’s error codes ' +
      'and messages: the buyer is told what to fix.',
    data: orderFacts.extend({
      document: nsoDocumentFacts,
      errors: z.array(z.object({ codice: z.string(), messaggio: z.string() })),
      advice: z.string(),
      discardedAt: z.iso.datetime({ offset: true }),
    }),
  }),
  orderNsoResponse: defineEvent({
    type: 'ordering.order.nso-order-response.v1',
    summary:
      'The supplier answered the order through NSO with an Order Response: accepted (AP), ' +
      'rejected (RE) or accepted with changes (CA), with its reason. The buyer is told.',
    data: orderFacts.extend({
      document: nsoDocumentFacts,
      responseCode: z.enum(['AP', 'RE', 'CA']),
      responseLabel: z.string(),
      reason: z.string().nullable(),
      /** Whether the answer changed the order (a dispute where the contract allows none does not). */
      applied: z.boolean(),
      answeredAt: z.iso.datetime({ offset: true }),
    }),
  }),
  appaltoConfirmationRequested: defineEvent({
    type: 'ordering.order.appalto-confirmation-requested.v1',
    summary:
      "Command to the ANAC gateway: confirm the appalto of an order's CIG " +
      'request (Conferma appalto), on behalf of the RUP named, who must hold a ' +
      'SPID, CIE or CNS session.',
    data: cigCommand,
  }),
  cigAcquisitionRequested: defineEvent({
    type: 'ordering.order.cig-acquisition-requested.v1',
    summary:
      'Command to the ANAC gateway: acquire the CIGs of a confirmed appalto ' +
      '(Acquisisci CIG) on behalf of the RUP named.',
    data: cigCommand,
  }),
};
