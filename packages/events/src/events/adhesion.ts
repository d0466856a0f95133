import { z } from 'zod';
import { defineEvent } from '@app/platform/events';

/**
 * Who acted, with the profile they acted with: the notification service addresses people by
 * profile.
 */
const actor = z.object({
  subject: z.string(),
  profileId: z.string().nullable(),
  agencyId: z.uuid().nullable(),
});

/**
 * What every adhesion event carries, so the notification service can address the parties without
 * asking.
 */
const adhesionFacts = z.object({
  adhesionId: z.uuid(),
  /** `A000123/2025`. */
  code: z.string(),
  contractId: z.uuid(),
  contractTitle: z.string(),
  contractCig: z.string(),
  banditoreAgencyId: z.uuid(),
  /** The adhering agency. */
  agencyId: z.uuid(),
  ipotesi: z.enum(['A', 'B']),
  amountCents: z.number().int().positive(),
  /** The round the event is about (0 = manifestation of interest). */
  round: z.number().int().min(0),
  roundTitle: z.string(),
  /** The profile that sent the adhesion: the one to tell of its fate. */
  sender: actor.nullable(),
  actor,
});

export const adhesionEvents = {
  submitted: defineEvent({
    type: 'adhesion.adhesion.submitted.v1',
    summary:
      "A round's documents were sent to the banditore (Invia): tell the sender and the banditore.",
    data: adhesionFacts.extend({ submittedAt: z.iso.datetime({ offset: true }) }),
  }),
  withdrawn: defineEvent({
    type: 'adhesion.adhesion.withdrawn.v1',
    summary: 'The sender took a sent round back before evaluation (Ritira invio adesione).',
    data: adhesionFacts,
  }),
  roundApproved: defineEvent({
    type: 'adhesion.adhesion.round-approved.v1',
    summary:
      "The banditore's RUP approved a round; the next round's documents are " +
      'open (nextRound), or none is left.',
    data: adhesionFacts.extend({ nextRound: z.number().int().nullable() }),
  }),
  roundRejected: defineEvent({
    type: 'adhesion.adhesion.round-rejected.v1',
    summary:
      "The banditore's RUP rejected a round with a reason: the adhering agency " +
      'must delete the draft and repeat round 0.',
    data: adhesionFacts.extend({ reason: z.string() }),
  }),
  approved: defineEvent({
    type: 'adhesion.adhesion.approved.v1',
    summary:
      "The last round was approved and the amount reserved on the contract's " +
      'ceiling: the agency may order against the adhesion.',
    data: adhesionFacts.extend({ approvedAt: z.iso.datetime({ offset: true }) }),
  }),
  deleted: defineEvent({
    type: 'adhesion.adhesion.deleted.v1',
    summary: 'A draft adhesion was deleted (elimina bozza); its code is not reused.',
    data: adhesionFacts,
  }),
};
