import { randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { identityEvents } from '@app/events';
import { recordAudit, type AuditActor } from '@app/platform/audit';
import { notFound } from '@app/platform/errors';
import { appendEvent } from '@app/platform/outbox';
import type { IdentityDeps } from '../identity-deps.js';
import { setPassword } from '../login/password/password.service.js';
import * as passwords from '../login/password/password.store.js';
import { personById, type Person } from '../persons/persons.service.js';
import { endSessionsOfPerson } from '../sessions/session.service.js';
import { credentialDeliveryOf } from './credential-delivery.js';
import { sealSecret } from './credential-secret.js';
import {
  firstFreeUsername,
  maskedEmail,
  noEmail,
  usernameBase,
  type IssueReason,
} from './credentials.rules.js';
import * as store from './credentials.store.js';

export { maskedEmail, type IssueReason } from './credentials.rules.js';

// No look-alikes (0/O, 1/l/I): the person may have to type it from a printed page.
const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
const temporaryPassword = () =>
  Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)]).join('');

/** `nome.cognome`, with a number when taken: predictable for the person, unique on the platform. */
async function freeUsername(manager: EntityManager, person: Person): Promise<string> {
  const base = usernameBase(person.givenName, person.familyName);
  return firstFreeUsername(base, await passwords.usernamesLike(manager, base));
}

/**
 * Makes a username (kept on a reset) and a temporary password that must be changed at the first
 * login, and queues their delivery to the person's own e-mail: nobody else ever sees the password.
 */
export async function issueCredentials(
  manager: EntityManager,
  options: {
    person: Person;
    reason: IssueReason;
    issuedBy: string | null;
    days: number;
    sealKey: string | undefined;
  },
): Promise<{ username: string; email: string; expiresAt: string }> {
  const { person } = options;
  if (!person.email) throw noEmail();
  const username =
    (await passwords.credentialOfPerson(manager, person.id))?.username ??
    (await freeUsername(manager, person));
  const password = temporaryPassword();
  await setPassword(manager, person.id, username, password, options.days);
  const { expiresAt } = (await passwords.credentialOfPerson(manager, person.id)) ?? {};
  await store.queueDelivery(manager, {
    personId: person.id,
    email: person.email,
    username,
    reason: options.reason,
    sealedSecret: sealSecret(password, options.sealKey),
    issuedBy: options.issuedBy,
  });
  await store.supersedeEarlierDeliveries(manager, person.id);
  const expires = new Date(expiresAt ?? Date.now()).toISOString();
  await appendEvent(manager, {
    type: identityEvents.credentialsIssued.type,
    source: 'identity',
    subject: person.id,
    data: {
      personId: person.id,
      username,
      reason: options.reason,
      issuedBy: options.issuedBy,
      expiresAt: expires,
    },
  });
  return { username, email: person.email, expiresAt: expires };
}

/**
 * The Gestore della piattaforma's reset: new temporary credentials on their way to the person's own
 * e-mail, every session of theirs closed.
 */
export async function resetCredentials(
  deps: IdentityDeps,
  actor: AuditActor,
  personId: string,
): Promise<{ personId: string; deliveredTo: string; expiresAt: string }> {
  const issued = await deps.dataSource.transaction(async (manager) => {
    const person = await personById(manager, personId);
    if (!person) throw notFound('Persona');
    const result = await issueCredentials(manager, {
      person,
      reason: 'reimpostazione',
      issuedBy: actor.caller?.subject ?? null,
      days: deps.config.FIRST_ACCESS_DAYS,
      sealKey: deps.config.SIGNING_KEY_SECRET,
    });
    await endSessionsOfPerson(manager, person.id, 'credentials-reset');
    await recordAudit(manager, actor, {
      action: 'credentials.reset',
      entityType: 'person',
      entityId: person.id,
    });
    return result;
  });
  credentialDeliveryOf(deps.dataSource, deps.config, deps.logger).wake();
  return { personId, deliveredTo: maskedEmail(issued.email), expiresAt: issued.expiresAt };
}
