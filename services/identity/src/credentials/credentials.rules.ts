import { refuse, refusals } from '@app/platform/errors';

/**
 * Why credentials were issued: a first access, a reset by the Gestore della piattaforma, or a
 * person's own «Hai dimenticato la password?» (a link, not a password).
 */
export type IssueReason = 'primo-accesso' | 'reimpostazione' | 'recupero';

/** How long a recovery link works: long enough to open the mail, short enough to be worth little. */
export const recoveryMinutes = 30;

export const credentialRefusals = refusals({
  EMAIL_REQUIRED: { status: 422, title: 'Indirizzo e-mail mancante' },
});

export const noEmail = () =>
  refuse(
    credentialRefusals.EMAIL_REQUIRED,
    'Le credenziali si consegnano solo per e-mail alla persona: registra prima il suo indirizzo. ' +
      'Può comunque accedere con SPID, CIE o CNS.',
  );

/**
 * Waits before the next try of a message the mail server refused: 10 s, 20 s, 40 s… up to an hour.
 */
export const retryDelaySeconds = (attempts: number) => Math.min(3600, 10 * 2 ** attempts);

/** `l***@comune.prato.it`: enough to recognise the address, not to read it out. */
export const maskedEmail = (email: string) => email.replace(/^(.)[^@]*/, '$1***');

/** `nome.cognome` in lower-case ASCII: what a person expects to type. */
export function usernameBase(givenName: string, familyName: string): string {
  const base = `${givenName}.${familyName}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '')
    .replace(/\.{2,}/g, '.')
    .replace(/^\.|\.$/g, '');
  return base || 'utente';
}

/** The base itself when free, else the base with the first number (from 2) nobody holds. */
export function firstFreeUsername(base: string, taken: Iterable<string>): string {
  const names = new Set(taken);
  if (!names.has(base)) return base;
  let n = 2;
  while (names.has(`${base}${n}`)) n += 1;
  return `${base}${n}`;
}
