import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../config.js';
import * as inbox from '../inbox/notification.store.js';
import * as mail from '../mail/mail.store.js';
import * as recipients from '../recipients/recipients.store.js';
import { renderEmail, renderInbox } from '../templates/template.service.js';
import { afterBatch } from './fan-out.rules.js';
import * as store from './fan-out.store.js';

/**
 * A notice for every adhering agency of a contract: in the event's transaction only its plan (one
 * row, whatever the number of agencies), told afterwards in batches by the fan-out job.
 */
export const plan = (manager: EntityManager, planned: store.Planned) =>
  store.plan(manager, planned);

/**
 * The next batch of agencies of a fan-out: an inbox row for each of their people with the roles, an
 * e-mail for each with an address, and where the fan-out got to, all in one transaction (a restart
 * resumes after the last batch committed; the tables' keys make a repeated batch add nothing).
 */
async function tellBatch(manager: EntityManager, fanOut: store.FanOut, config: Config) {
  const size = config.FANOUT_BATCH_AGENCIES;
  const agencies = await recipients.membersAfter(
    manager,
    fanOut.contractId,
    fanOut.afterAgencyId,
    size,
  );
  const people = agencies.length
    ? await recipients.addresseesIn(manager, agencies, fanOut.roles)
    : [];
  const { title, body } = renderInbox(fanOut.template, fanOut.words);
  const origin = { eventId: fanOut.eventId, eventType: fanOut.eventType };
  await inbox.deliverMany(
    manager,
    {
      ...origin,
      title,
      body,
      link: fanOut.link,
      contractId: fanOut.contractId,
      ...(fanOut.eventTime ? { at: new Date(fanOut.eventTime).toISOString() } : {}),
    },
    people,
  );
  const link = `${config.PUBLIC_URL}${fanOut.link}`;
  await mail.queueMany(
    manager,
    people.flatMap((person) => {
      if (!person.email) return [];
      const message = renderEmail(fanOut.template, fanOut.words, {
        recipient: person.name || 'utente',
        link,
      });
      return [
        {
          ...origin,
          channel: 'email' as const,
          address: person.email.toLowerCase(),
          recipientName: person.name,
          template: fanOut.template,
          senderAgencyId: fanOut.senderAgencyId,
          recipientAgencyId: person.agencyId,
          subject: message.subject,
          text: message.text,
          html: message.html ?? null,
        },
      ];
    }),
  );
  const step = afterBatch(agencies, size, fanOut.afterAgencyId);
  await store.advance(manager, fanOut.id, { ...step, told: agencies.length });
}

/**
 * The fan-out job: one batch per run, in its own short transaction, the fan-outs in turn. Its pace
 * (FANOUT_BATCH_AGENCIES every FANOUT_POLL_MS) leaves room to the event consumer, the senders and
 * the other agencies' requests: a convention-wide notice is not allowed the whole machine.
 */
export function fanOutWorker(dataSource: DataSource, config: Config) {
  return function tellOneBatch(): Promise<boolean> {
    return dataSource.transaction(async (manager) => {
      const fanOut = await store.nextTurn(manager);
      if (fanOut) await tellBatch(manager, fanOut, config);
      return fanOut !== undefined;
    });
  };
}
