import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../config.js';
import * as inbox from '../inbox/notification.store.js';
import * as mail from '../mail/mail.store.js';
import * as recipients from '../recipients/recipients.store.js';
import { renderEmail, renderInbox } from '../templates/template.service.js';
import { afterBatch } from './fan-out.rules.js';
import * as store from './fan-out.store.js';

/** What is told, and what caused it: the same for every person of an audience. */
export interface Told {
  eventId: string;
  eventType: string;
  template: string;
  senderAgencyId: string | null;
  words: Record<string, unknown>;
  /** The portal page of the thing (a path). */
  link: string;
  contractId: string | null;
  /** When it happened: the inbox row's time and month. */
  at?: string;
}

/**
 * People of an audience told at once: an inbox row each and an e-mail to each with an address, one
 * statement for each kind, once per event and person (the tables' keys).
 */
export async function tellPeople(
  manager: EntityManager,
  told: Told,
  people: recipients.Addressee[],
  portalUrl: string,
) {
  const { title, body } = renderInbox(told.template, told.words);
  const origin = { eventId: told.eventId, eventType: told.eventType };
  await inbox.deliverMany(
    manager,
    { ...origin, title, body, link: told.link, contractId: told.contractId, at: told.at },
    people,
  );
  const link = `${portalUrl}${told.link}`;
  await mail.queueMany(
    manager,
    people.flatMap((person) => {
      if (!person.email) return [];
      const message = renderEmail(told.template, told.words, {
        recipient: person.name || 'utente',
        link,
      });
      return [
        {
          ...origin,
          channel: 'email' as const,
          address: person.email.toLowerCase(),
          recipientName: person.name,
          template: told.template,
          senderAgencyId: told.senderAgencyId,
          recipientAgencyId: person.agencyId,
          subject: message.subject,
          text: message.text,
          html: message.html ?? null,
        },
      ];
    }),
  );
}

/**
 * The next batch of agencies of a fan-out: its people with the roles told, and where the fan-out
 * got to, all in one transaction (a restart resumes after the last batch committed; the tables'
 * keys make a repeated batch add nothing).
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
  await tellPeople(
    manager,
    {
      ...fanOut,
      ...(fanOut.eventTime ? { at: new Date(fanOut.eventTime).toISOString() } : {}),
    },
    people,
    config.PUBLIC_URL,
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
