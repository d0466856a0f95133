import { z } from 'zod';
import { defineEvent } from '@app/platform/events';

/** What notify announces of its own deliveries. */
export const notifyEvents = {
  deliveryFailed: defineEvent({
    type: 'notify.delivery.failed.v1',
    summary:
      'A message could not be delivered after its last attempt (e-mail, PEC or ' +
      'a partner endpoint): the sender agency sees it and can act.',
    data: z.object({
      deliveryId: z.uuid(),
      channel: z.enum(['email', 'pec', 'webhook']),
      /** The e-mail or PEC address, or the endpoint's URL. */
      address: z.string(),
      /** The event the message was about. */
      eventId: z.string(),
      eventType: z.string(),
      senderAgencyId: z.uuid().nullable(),
      attempts: z.number().int(),
      lastError: z.string(),
    }),
  }),
};
