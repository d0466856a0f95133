import { z } from 'zod';
import { defineEvent } from '@app/platform/events';

const movement = z.object({
  contractId: z.uuid(),
  reference: z.string(),
  amountCents: z.number().int(),
  remainingCents: z.number().int(),
});

export const ceilingEvents = {
  reserved: defineEvent({
    type: 'catalog.ceiling.reserved.v1',
    summary: "An amount was reserved on a contract's ceiling (an approved adhesion).",
    data: movement,
  }),
  refused: defineEvent({
    type: 'catalog.ceiling.refused.v1',
    summary: 'A reservation did not fit the remaining ceiling and was refused.',
    data: movement,
  }),
  released: defineEvent({
    type: 'catalog.ceiling.released.v1',
    summary: 'A reservation was released (adhesion deleted or annulled).',
    data: movement,
  }),
  consumed: defineEvent({
    type: 'catalog.ceiling.consumed.v1',
    summary: 'Part of a reservation was consumed by an order.',
    data: movement,
  }),
  thresholdReached: defineEvent({
    type: 'catalog.ceiling.threshold-reached.v1',
    summary: "A contract's ceiling passed 80 %, 90 % or 100 % used (reserved plus consumed).",
    data: z.object({
      contractId: z.uuid(),
      thresholdPercent: z.number().int(),
      usedCents: z.number().int(),
      ceilingCents: z.number().int(),
    }),
  }),
};
