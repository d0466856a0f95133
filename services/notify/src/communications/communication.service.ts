import { auditTrailOf, recordAudit } from '@app/platform/audit';
import type { DataSource, EntityManager } from 'typeorm';
import type { TenantCaller } from '@app/platform/auth';
import { notFound, refuse, defined } from '@app/platform/errors';
import {
  inspectDocument,
  type DocumentStore,
  type ReceivedFile,
  type TrustList,
} from '@app/signed-documents';
import type { Config } from '../config.js';
import { tell } from '../notices/notice.service.js';
import { contractParties } from '../recipients/recipients.store.js';
import {
  auditLabels,
  communicationRefusals as why,
  followersOf,
  kinds,
  parties,
  partyOf,
  recipientOf,
  recipientsFor,
  type Kind,
  type Party,
} from './communication.rules.js';
import * as store from './communication.store.js';

function profileOf(caller: TenantCaller): string {
  if (!caller.profileId)
    throw refuse(
      why.PROFILE_REQUIRED,
      'Scegli il profilo con cui accedere per leggere e scrivere comunicazioni.',
    );
  return caller.profileId;
}

async function partiesFor(manager: EntityManager, contractId: string, caller: TenantCaller) {
  const contract = await contractParties(manager, contractId);
  if (!contract) throw notFound('Contratto');
  const party = partyOf(contract, caller.tenant);
  if (!party)
    throw refuse(
      why.NOT_A_PARTY,
      "Le comunicazioni del contratto sono tra il banditore, l'OE " +
        'aggiudicatario e gli enti aderenti.',
    );
  return { contract, party };
}

function mustBePublished(status: string): void {
  if (status !== 'pubblicato')
    throw refuse(
      why.CONTRACT_NOT_PUBLISHED,
      'Il modulo comunicazioni è attivo solo nei contratti pubblicati.',
    );
}

/** An e-mail and an inbox row to those who follow the contract for the other party. */
async function alert(
  manager: EntityManager,
  config: Config,
  message: { id: string },
  words: Record<string, unknown>,
  to: { agencyId: string; party: Party; threadId: string },
  from: string,
) {
  await tell(
    manager,
    { id: `comunicazione:${message.id}`, type: 'notify.communication.received', tenant: from },
    {
      audience: { agencyId: to.agencyId, roles: followersOf[to.party] },
      template: 'comunicazione-ricevuta',
      link: `/comunicazioni/${to.threadId}`,
    },
    words,
    config,
  );
}

const excerpt = (body: string) => (body.length > 160 ? `${body.slice(0, 157)}…` : body);

/**
 * The agency's threads in a contract; an agency that is no party of it has none (and may not start
 * one).
 */
export async function threads(dataSource: DataSource, caller: TenantCaller, contractId: string) {
  const contract = await contractParties(dataSource.manager, contractId);
  if (!contract) throw notFound('Contratto');
  const party = partyOf(contract, caller.tenant) ?? null;
  if (!party) return { party, recipients: [], items: [] };
  const choices = recipientsFor(contract, party);
  const names = await store.agencyNames(
    dataSource.manager,
    choices.map((choice) => choice.agencyId),
  );
  return {
    party,
    recipients: choices.map((choice) => ({
      ...choice,
      label: `${parties[choice.party]} — ${names[choice.agencyId] ?? choice.agencyId}`,
    })),
    items: await store.threadsOf(dataSource.manager, contractId, caller.tenant, profileOf(caller)),
  };
}

/** A new thread: its first message goes to one other party, who is alerted. */
export async function start(
  dataSource: DataSource,
  config: Config,
  caller: TenantCaller,
  contractId: string,
  body: { kind: Kind; to: { party: Party; agencyId?: string }; subject: string; body: string },
) {
  const profileId = profileOf(caller);
  return dataSource.transaction(async (manager) => {
    const { contract, party } = await partiesFor(manager, contractId, caller);
    mustBePublished(contract.status);
    const to = recipientOf(contract, party, body.to);
    if ('refused' in to) throw refuse(why.RECIPIENT_NOT_ALLOWED, to.refused);
    const id = await store.createThread(manager, {
      contractId,
      kind: body.kind,
      subject: body.subject,
      fromAgencyId: caller.tenant,
      fromParty: party,
      toAgencyId: to.agencyId,
      toParty: body.to.party,
    });
    const authorName = await store.nameOf(manager, profileId);
    const message = await store.addMessage(manager, {
      communicationId: id,
      authorAgencyId: caller.tenant,
      authorProfileId: profileId,
      authorName,
      body: body.body,
    });
    const thread = defined(await store.threadFor(manager, id, caller.tenant));
    await recordAudit(
      manager,
      { caller },
      {
        action: 'communication.started',
        entityType: 'communication',
        entityId: id,
        details: { contractId, kind: body.kind, to: body.to.party, toAgencyId: to.agencyId },
      },
    );
    await alert(
      manager,
      config,
      message,
      {
        kindLabel: kinds[body.kind],
        fromAgencyName: thread.fromAgencyName,
        subject: body.subject,
        contractTitle: contract.title,
        authorName,
        excerpt: excerpt(body.body),
      },
      { agencyId: to.agencyId, party: body.to.party, threadId: id },
      caller.tenant,
    );
    return { ...thread, messages: await store.messagesOf(manager, id) };
  });
}

/** A thread with its messages; reading it records, once, that this profile read each message. */
export async function read(dataSource: DataSource, caller: TenantCaller, id: string) {
  const profileId = profileOf(caller);
  return dataSource.transaction(async (manager) => {
    const thread = await store.threadFor(manager, id, caller.tenant);
    if (!thread) throw notFound('Comunicazione');
    await store.markRead(manager, id, {
      profileId,
      agencyId: caller.tenant,
      name: await store.nameOf(manager, profileId),
    });
    return { ...thread, messages: await store.messagesOf(manager, id) };
  });
}

/** A new message in a thread by one of its two parties; the other party is alerted. */
async function speak(
  dataSource: DataSource,
  config: Config,
  caller: TenantCaller,
  id: string,
  content: (manager: EntityManager) => Promise<{ body: string; documentId?: string }>,
) {
  const profileId = profileOf(caller);
  return dataSource.transaction(async (manager) => {
    const thread = await store.threadFor(manager, id, caller.tenant);
    if (!thread) throw notFound('Comunicazione');
    const contract = defined(await contractParties(manager, thread.contractId));
    mustBePublished(contract.status);
    const authorName = await store.nameOf(manager, profileId);
    const said = await content(manager);
    const message = await store.addMessage(manager, {
      communicationId: id,
      authorAgencyId: caller.tenant,
      authorProfileId: profileId,
      authorName,
      ...said,
    });
    await recordAudit(
      manager,
      { caller },
      {
        action: said.documentId ? 'communication.document-attached' : 'communication.replied',
        entityType: 'communication',
        entityId: id,
        details: {
          messageId: message.id,
          ...(said.documentId ? { documentId: said.documentId } : {}),
        },
      },
    );
    const mine = thread.fromAgencyId === caller.tenant;
    const other = mine
      ? { agencyId: thread.toAgencyId, party: thread.toParty as Party }
      : { agencyId: thread.fromAgencyId, party: thread.fromParty as Party };
    await alert(
      manager,
      config,
      message,
      {
        kindLabel: kinds[thread.kind as Kind],
        fromAgencyName: mine ? thread.fromAgencyName : thread.toAgencyName,
        subject: `Re: ${thread.subject}`,
        contractTitle: contract.title,
        authorName,
        excerpt: excerpt(said.body),
      },
      { ...other, threadId: id },
      caller.tenant,
    );
    return { ...message, communicationId: id };
  });
}

export const reply = (
  dataSource: DataSource,
  config: Config,
  caller: TenantCaller,
  id: string,
  body: { body: string },
) => speak(dataSource, config, caller, id, async () => ({ body: body.body }));

export interface Attachments {
  store: DocumentStore;
  trust: TrustList;
  maxUploadBytes: number;
}

/**
 * A document (PDF, signed or not) attached to the thread as a message of its own; a signature is
 * checked and shown.
 */
export function attach(
  dataSource: DataSource,
  config: Config,
  documents: Attachments,
  caller: TenantCaller,
  id: string,
  receive: () => Promise<ReceivedFile>,
) {
  return speak(dataSource, config, caller, id, async (manager) => {
    const file = await receive();
    const inspected = await inspectDocument(file.bytes, {
      signatureRequired: false,
      trust: documents.trust,
    });
    const stored = await documents.store.save(manager, {
      fileName: file.fileName,
      bytes: file.bytes,
      inspected,
      uploadedBy: caller.subject,
    });
    return { body: `Allegato: ${stored.fileName}`, documentId: stored.id };
  });
}

/** A thread's document, for its two parties only. */
export async function attachment(
  dataSource: DataSource,
  documents: Attachments,
  caller: TenantCaller,
  id: string,
  documentId: string,
) {
  const manager = dataSource.manager;
  const thread = await store.threadFor(manager, id, caller.tenant);
  const found =
    thread && (await store.attachedTo(manager, id, documentId))
      ? await documents.store.read(manager, documentId)
      : undefined;
  if (!found) throw notFound('Allegato');
  return found;
}

/** Registro delle operazioni of a thread, for the administrator of either of its two parties. */
export async function communicationAuditTrail(
  dataSource: DataSource,
  caller: TenantCaller,
  id: string,
) {
  if (!(await store.threadFor(dataSource.manager, id, caller.tenant)))
    throw notFound('Comunicazione');
  return auditTrailOf(
    dataSource.manager,
    { type: 'communication', id },
    caller.tenant,
    auditLabels,
  );
}
