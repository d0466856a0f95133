import { recoveryMinutes, type IssueReason } from './credentials.rules.js';

const recoveryMinutesText = `${recoveryMinutes} minuti`;

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
  if (mail.reason === 'recupero') return recoveryMail(mail);
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

/** «Hai dimenticato la password?»: the one-time link (its token travels as the mail's secret). */
function recoveryMail(mail: CredentialMail): { subject: string; text: string } {
  const site = mail.loginUrl.replace(/\/api\/v1\/auth\/login$/, '');
  const link = `${site}/api/v1/auth/password/recovery?token=${mail.password}`;
  return {
    subject: 'Negozio Elettronico: recupero della password',
    text: [
      `Gentile ${mail.givenName} ${mail.familyName},`,
      '',
      `è stato chiesto il recupero della password dell'utenza ${mail.username}.`,
      `Per sceglierne una nuova apri questo collegamento entro ${recoveryMinutesText}:`,
      link,
      '',
      'Il collegamento vale una sola volta. Se non hai chiesto tu il recupero, ignora questo ' +
        'messaggio: la tua password resta quella di prima.',
    ].join('\n'),
  };
}
