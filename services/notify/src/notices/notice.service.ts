import type { EntityManager } from 'typeorm';
import type { CloudEvent } from '@app/platform/events';
import type { EventHandler } from '@app/platform/messaging';
import type { Config } from '../config.js';
import { tellPeople } from '../fan-out/fan-out.service.js';
import * as fanOuts from '../fan-out/fan-out.store.js';
import * as mail from '../mail/mail.store.js';
import * as recipients from '../recipients/recipients.store.js';
import { renderEmail, renderPec } from '../templates/template.service.js';
import {
  derivedWords,
  needsAgencyName,
  needsContract,
  noticesOf,
  type Notice,
} from './notice.rules.js';

/**
 * The event's data with what its words need and the event does not carry (kept here from other
 * events).
 */
async function wordsFor(
  manager: EntityManager,
  event: CloudEvent<unknown>,
): Promise<Record<string, unknown>> {
  const data: Record<string, unknown> = { ...(event.data as Record<string, unknown>) };
  if (needsContract.has(event.type)) {
    const contract = await recipients.contractFacts(manager, String(data.contractId));
    Object.assign(
      data,
      contract
        ? {
            title: contract.title,
            cig: contract.cig,
            banditoreAgencyId: contract.banditoreAgencyId,
          }
        : {},
    );
  }
  if (needsAgencyName.has(event.type))
    data.agencyName =
      (await recipients.agencyName(manager, String(data.agencyId))) ?? 'la vostra amministrazione';
  return { ...data, ...derivedWords[event.type]?.(data) };
}

/** What a message is about: the event (or the act) that caused it, and the agency that did it. */
export interface Cause {
  id: string;
  type: string;
  tenant?: string;
  /** When it happened (CloudEvents `time`): the inbox row's time and month. */
  time?: string;
}

type Origin = Pick<
  Parameters<typeof mail.queue>[1],
  'eventId' | 'eventType' | 'template' | 'senderAgencyId'
>;

/**
 * The audience's profiles: an inbox row each, and an e-mail to each person with an address; every
 * adhering agency of a contract only planned here, and told in batches by the fan-out job.
 */
async function tellAudience(
  manager: EntityManager,
  origin: Origin & { at?: string },
  notice: Notice,
  data: Record<string, unknown>,
  config: Config,
) {
  if (notice.audience && 'contractId' in notice.audience) {
    await fanOuts.plan(manager, {
      eventId: origin.eventId,
      eventType: origin.eventType,
      template: notice.template,
      senderAgencyId: origin.senderAgencyId,
      eventTime: origin.at ?? null,
      contractId: notice.audience.contractId,
      roles: notice.audience.roles,
      words: data,
      link: notice.link,
    });
    return;
  }
  const people = notice.audience ? await recipients.addressees(manager, notice.audience) : [];
  await tellPeople(
    manager,
    {
      ...origin,
      words: data,
      link: notice.link,
      contractId: typeof data.contractId === 'string' ? data.contractId : null,
    },
    people,
    config.PUBLIC_URL,
  );
}

/**
 * Someone outside the platform (a PEC box's holder): an e-mail only, with no link into the portal.
 */
async function tellOutsider(
  manager: EntityManager,
  origin: Origin,
  notice: Notice,
  data: Record<string, unknown>,
) {
  if (!notice.email) return;
  const message = renderEmail(notice.template, data, { recipient: notice.email.name, link: '' });
  await mail.queue(manager, {
    ...origin,
    channel: 'email',
    address: notice.email.address.toLowerCase(),
    recipientName: notice.email.name,
    recipientAgencyId: null,
    subject: message.subject,
    text: message.text,
    html: message.html ?? null,
  });
}

/** The PEC the notice names (a supplier's), with the sender's name as seed 001 writes it. */
async function sendPec(
  manager: EntityManager,
  origin: Origin,
  notice: Notice,
  data: Record<string, unknown>,
  link: string,
) {
  if (!notice.pec) return;
  const supplier = (data as { supplier?: { name?: string } }).supplier;
  const recipientName = String(supplier?.name ?? notice.pec);
  const message = renderPec(notice.template, data, {
    recipient: recipientName,
    link,
    sender: 'Negozio Elettronico',
  });
  await mail.queue(manager, {
    ...origin,
    channel: 'pec',
    address: notice.pec.toLowerCase(),
    recipientName,
    recipientAgencyId: null,
    subject: message.subject,
    text: message.text,
    html: null,
    attachments: (notice.attachments ?? []).map(({ fileName, contentType, contentBase64 }) => ({
      fileName,
      contentType,
      contentBase64,
    })),
  });
}

/** One notice to its audience: inbox rows, e-mails and the PEC it names, each once per cause. */
export async function tell(
  manager: EntityManager,
  event: Cause,
  notice: Notice,
  data: Record<string, unknown>,
  config: Config,
) {
  const link = `${config.PUBLIC_URL}${notice.link}`;
  const origin: Origin = {
    eventId: event.id,
    eventType: event.type,
    template: notice.template,
    senderAgencyId: event.tenant ?? null,
  };
  await tellAudience(manager, { ...origin, at: event.time }, notice, data, config);
  await tellOutsider(manager, origin, notice, data);
  await sendPec(manager, origin, notice, data, link);
}

/**
 * Any event of seed 001's list becomes, in the event's transaction, one inbox row per recipient
 * profile, one e-mail per person with an address and, where the list says so, a PEC: nothing twice,
 * whatever the redeliveries (each table is unique per event and recipient).
 */
export const notifyParties =
  (config: Config): EventHandler =>
  async (event, manager) => {
    const data = await wordsFor(manager, event);
    for (const notice of noticesOf(event.type, data))
      await tell(manager, event, notice, data, config);
  };
