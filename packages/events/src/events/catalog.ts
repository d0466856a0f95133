import { z } from 'zod';
import { defineEvent } from '@app/platform/events';

const documentRequirement = z.object({
  name: z.string(),
  mandatory: z.boolean(),
  signed: z.boolean(),
  ipotesi: z.enum(['A', 'B', 'AB']),
});

/**
 * What adhesion and ordering need to know of a contract: they read it from these events, never from
 * catalog's tables.
 */
const contractFacts = z.object({
  contractId: z.uuid(),
  kind: z.enum(['convenzione', 'accordo-quadro']),
  banditoreAgencyId: z.uuid(),
  title: z.string(),
  cig: z.string(),
  /** The CUP of the investment project, when the contract has one. */
  cup: z.string().nullable().default(null),
  ceilingCents: z.number().int(),
  startDate: z.string(),
  expiryDate: z.string(),
  eligibleAgencies: z.array(z.uuid()).nullable(),
  supplier: z.object({ name: z.string(), fiscalCode: z.string(), pec: z.string() }),
  rounds: z.array(z.object({ title: z.string(), documents: z.array(documentRequirement) })),
  orderRequirements: z.array(documentRequirement.omit({ ipotesi: true })),
  /** Days the supplier has to dispute an approved order; past them it counts as acknowledged. */
  supplierResponseDays: z.number().int().min(1).default(10),
  /** The supplier may dispute an approved order (off unless the contract says so). */
  supplierMayDispute: z.boolean().default(false),
  status: z.string(),
  version: z.number().int(),
});

export const catalogEvents = {
  contractPublished: defineEvent({
    type: 'catalog.contract.published.v1',
    summary: 'A contract was published: agencies may now adhere to it, following its rounds.',
    data: contractFacts,
  }),
  contractExpired: defineEvent({
    type: 'catalog.contract.expired.v1',
    summary: 'A published contract reached its expiry (Scadenza): no new adhesions or orders.',
    data: z.object({
      contractId: z.uuid(),
      banditoreAgencyId: z.uuid(),
      title: z.string(),
      cig: z.string(),
      expiryDate: z.string(),
    }),
  }),
  contractUpdated: defineEvent({
    type: 'catalog.contract.updated.v1',
    summary: 'A contract changed (a new version): its state, expiry, documents or description.',
    data: contractFacts.extend({ changedFields: z.array(z.string()) }),
  }),
  priceListRevised: defineEvent({
    type: 'catalog.price-list.revised.v1',
    summary:
      "A contract's price list was revised from a date (Revisione prezzi): a percentage on every " +
      'item, or new prices for some. Every adhering agency is told.',
    data: z.object({
      contractId: z.uuid(),
      banditoreAgencyId: z.uuid(),
      title: z.string(),
      cig: z.string(),
      revisionId: z.uuid(),
      effectiveFrom: z.string(),
      /** The change on every item in hundredths of a percent (4.9 % is 490), or null. */
      percentBasisPoints: z.number().int().nullable(),
      /** How many items got a new price (0 when the revision is a percentage). */
      repricedItems: z.number().int(),
      note: z.string().nullable(),
    }),
  }),
};
