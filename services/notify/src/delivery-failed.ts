import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { notifyEvents } from '@app/events';
import { appendEvent } from '@app/platform/outbox';

/** What `notify.delivery.failed` says of a message given up: its channel, address, attempts, error. */
export type DeliveryFailure = z.infer<typeof notifyEvents.deliveryFailed.data>;

/**
 * A message of any channel (e-mail, PEC, webhook) given up after its last attempt: told in the
 * caller's transaction, on the sender agency's behalf when there is one, so its administrators
 * see it and can act.
 */
export function announceDeliveryFailed(manager: EntityManager, failure: DeliveryFailure) {
  return appendEvent(manager, {
    type: notifyEvents.deliveryFailed.type,
    source: 'notify',
    subject: failure.deliveryId,
    ...(failure.senderAgencyId ? { tenant: failure.senderAgencyId } : {}),
    data: failure,
  });
}
