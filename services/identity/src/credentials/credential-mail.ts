import type { IssueReason } from './credentials.rules.js';

export interface CredentialMail {
  givenName: string;
  familyName: string;
  username: string;
  password: string;
  reason: IssueReason;
  expiresAt: Date;
  loginUrl: string;
}

const date = (value: Date) =>
  value.toLocaleString('it-IT', { timeZone: 'Europe/Rome', dateStyle: 'long', timeStyle: 'short' });

/**
 * The message that carries a person's credentials: only to them, never shown to whoever asked for
 * it.
 */
export function credentialMail(mail: CredentialMail): { subject: string; text: string } {
  const why =
    mail.reason === 'primo-accesso'
      ? "l'amministratore del tuo ente ti ha abilitato al Negozio Elettronico. " +
        'Queste sono le tue credenziali di primo accesso.'
      : 'il Gestore della piattaforma ha reimpostato le tue credenziali di ' +
        'accesso al Negozio Elettronico. Le credenziali precedenti non valgono ' +
        'più.';
  return {
    subject:
      mail.reason === 'primo-accesso'
        ? 'Negozio Elettronico: credenziali di primo accesso'
        : 'Negozio Elettronico: credenziali reimpostate',
    text: [
      `Gentile ${mail.givenName} ${mail.familyName},`,
      '',
      why,
      '',
      `Username: ${mail.username}`,
      `Password temporanea: ${mail.password}`,
      '',
      `La password temporanea vale fino al ${date(mail.expiresAt)}. Al primo ` +
        `accesso ti sarà chiesto di sceglierne una nuova.`,
      `Accedi da ${mail.loginUrl}; puoi sempre entrare anche con SPID, CIE o CNS.`,
      '',
      'Se non ti aspettavi questo messaggio, scrivi al Gestore della piattaforma.',
    ].join('\n'),
  };
}
