import { randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { identityEvents } from '@app/events';
import { AppError } from '@app/platform/errors';
import { appendEvent } from '@app/platform/outbox';
import { openText, sealText } from '../keys/sealed-key.js';
import { setPassword } from '../login/password/password.service.js';
import type { Person } from '../persons/persons.service.js';

export type IssueReason = 'primo-accesso' | 'reimpostazione';

// No look-alikes (0/O, 1/l/I): the person may have to type it from a printed page.
const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
const temporaryPassword = () => Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)]).join('');

/** The secret kept only until the mail server takes the message: sealed when the service has a key. */
export const sealSecret = (text: string, key: string | undefined) => (key ? `gcm:${sealText(text, key)}` : `plain:${text}`);
export const openSecret = (stored: string, key: string | undefined) =>
  stored.startsWith('gcm:') ? openText(stored.slice(4), key ?? '') : stored.replace(/^plain:/, '');

/** `l***@comune.prato.it`: enough to recognise the address, not to read it out. */
export const maskedEmail = (email: string) => email.replace(/^(.)[^@]*/, '$1***');

/** `nome.cognome`, ASCII, with a number when taken: predictable for the person, unique on the platform. */
async function freeUsername(manager: EntityManager, person: Person): Promise<string> {
  const base = `${person.givenName}.${person.familyName}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase().replace(/[^a-z0-9.]+/g, '').replace(/\.{2,}/g, '.').replace(/^\.|\.$/g, '') || 'utente';
  const taken: { username: string }[] = await manager.query(
    "SELECT username FROM password_credentials WHERE username = $1 OR username ~ ('^' || $1 || '[0-9]+$')", [base]);
  const names = new Set(taken.map((row) => row.username));
  if (!names.has(base)) return base;
  let n = 2;
  while (names.has(`${base}${n}`)) n += 1;
  return `${base}${n}`;
}

const noEmail = () => new AppError({
  code: 'EMAIL_REQUIRED', status: 422, title: 'Indirizzo e-mail mancante',
  detail: 'Le credenziali si consegnano solo per e-mail alla persona: registra prima il suo indirizzo. Può comunque accedere con SPID, CIE o CNS.',
});

/**
 * Makes a username (kept on a reset) and a temporary password that must be changed at the first
 * login, and queues their delivery to the person's own e-mail: nobody else ever sees the password.
 */
export async function issueCredentials(manager: EntityManager, options: {
  person: Person; reason: IssueReason; issuedBy: string | null; days: number; sealKey: string | undefined;
}): Promise<{ username: string; email: string; expiresAt: string }> {
  const { person } = options;
  if (!person.email) throw noEmail();
  const [existing] = await manager.query('SELECT username FROM password_credentials WHERE person_id = $1', [person.id]);
  const username: string = existing?.username ?? await freeUsername(manager, person);
  const password = temporaryPassword();
  await setPassword(manager, person.id, username, password, options.days);
  const [{ expires_at: expiresAt }] = await manager.query('SELECT expires_at FROM password_credentials WHERE person_id = $1', [person.id]);
  await manager.query(
    `INSERT INTO credential_deliveries (person_id, email, username, reason, sealed_secret, issued_by) VALUES ($1, $2, $3, $4, $5, $6)`,
    [person.id, person.email, username, options.reason, sealSecret(password, options.sealKey), options.issuedBy]);
  // A reset makes every earlier undelivered message pointless.
  await manager.query(
    "UPDATE credential_deliveries SET sent_at = now(), sealed_secret = NULL, last_error = 'sostituita' WHERE person_id = $1 AND sent_at IS NULL AND created_at < now()",
    [person.id]);
  const expires = new Date(expiresAt).toISOString();
  await appendEvent(manager, {
    type: identityEvents.credentialsIssued.type, source: 'identity', subject: person.id,
    data: { personId: person.id, username, reason: options.reason, issuedBy: options.issuedBy, expiresAt: expires },
  });
  return { username, email: person.email, expiresAt: expires };
}
