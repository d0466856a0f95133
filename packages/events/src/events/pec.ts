import { z } from 'zod';
import { defineEvent } from '@app/platform/events';

/**
 * The holder as the Order's notices name them; the reference e-mail is where the holder is told.
 */
const holder = z.object({ memberId: z.uuid(), name: z.string(), referenceEmail: z.string() });
const mailbox = z.object({
  requestId: z.uuid(),
  orderAgencyId: z.uuid(),
  mailboxId: z.uuid().nullable(),
  address: z.string().nullable(),
  holder,
});

/**
 * What pec-admin states of its Orders' PEC mailboxes (seed 004). Never a password: credentials go
 * from the provider to the holder.
 */
export const pecEvents = {
  mailboxRequested: defineEvent({
    type: 'pec.mailbox.requested.v1',
    summary: "An Order asked the provider for a member's new PEC mailbox.",
    data: mailbox,
  }),
  mailboxActivated: defineEvent({
    type: 'pec.mailbox.activated.v1',
    summary: 'A mailbox is active: created active by the convention, or accepted by its holder.',
    data: mailbox.extend({ address: z.string() }),
  }),
  mailboxUpdated: defineEvent({
    type: 'pec.mailbox.updated.v1',
    summary:
      "The provider holds the holder's changed contacts or residence (never " +
      'name or codice fiscale).',
    data: mailbox.extend({ fields: z.array(z.string()) }),
  }),
  mailboxPasswordReset: defineEvent({
    type: 'pec.mailbox.password-reset.v1',
    summary:
      "The provider reset a mailbox's password and sent the new one to the " +
      "holder's reference e-mail.",
    data: mailbox,
  }),
  mailboxDeleted: defineEvent({
    type: 'pec.mailbox.deleted.v1',
    summary: "The provider deleted a mailbox at its Order's request.",
    data: mailbox,
  }),
  mailboxTransferred: defineEvent({
    type: 'pec.mailbox.transferred.v1',
    summary:
      "A mailbox moved from one Order's panel to another's (or to an Order " +
      'outside the convention, once the provider confirmed).',
    data: mailbox.extend({
      fromOrderAgencyId: z.uuid().nullable(),
      toOrderAgencyId: z.uuid().nullable(),
      toOrderName: z.string(),
    }),
  }),
  anomalyReported: defineEvent({
    type: 'pec.anomaly.reported.v1',
    summary:
      'An Order reported an anomaly in its panel (a box wrongly assigned to it, or missing).',
    data: z.object({
      requestId: z.uuid(),
      orderAgencyId: z.uuid(),
      kind: z.string(),
      address: z.string().nullable(),
    }),
  }),
  anomalyResolved: defineEvent({
    type: 'pec.anomaly.resolved.v1',
    summary:
      'The provider closed an anomaly report: moved, corrected or rejected, with its reason.',
    data: z.object({
      requestId: z.uuid(),
      orderAgencyId: z.uuid(),
      address: z.string().nullable(),
      outcome: z.string(),
      reason: z.string(),
    }),
  }),
};
