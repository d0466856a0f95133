import { refuse, refusals } from '@app/platform/errors';

/**
 * Every way a login can be refused, whatever the method: its code, status and title once; the
 * functions below give each the sentence the person reads. Causes stay in the log.
 */
export const loginRefusals = refusals({
  INVALID_CREDENTIALS: { status: 401, title: 'Accesso non riuscito' },
  FIRST_ACCESS_EXPIRED: { status: 401, title: 'Credenziali di primo accesso scadute' },
  PASSWORD_CHANGE_REQUIRED: { status: 403, title: 'Cambio password obbligatorio' },
  WEAK_PASSWORD: { status: 400, title: 'Password non valida' },
  RATE_LIMITED: { status: 429, title: 'Troppi tentativi' },
  ACCOUNT_LOCKED: { status: 423, title: 'Utenza bloccata' },
  NO_PROFILE: { status: 403, title: 'Nessun profilo associato' },
  CNS_LOGIN_REFUSED: { status: 401, title: 'Accesso con CNS non riuscito' },
  CNS_NOT_CONFIGURED: { status: 503, title: 'Accesso con CNS non disponibile' },
  SPID_RESPONSE_REFUSED: { status: 401, title: 'Accesso SPID non riuscito' },
  SPID_LOGOUT_REFUSED: { status: 400, title: 'Richiesta di logout non valida' },
  SPID_LOGIN_REFUSED: { status: 401, title: 'Accesso con SPID non riuscito' },
  CIE_LOGIN_REFUSED: { status: 401, title: 'Accesso con CIE non riuscito' },
  LOGIN_REFUSED: { status: 401, title: 'Accesso non riuscito' },
  IDP_UNKNOWN: { status: 400, title: 'Identity provider sconosciuto' },
  IDP_UNAVAILABLE: { status: 502, title: 'Identity provider non raggiungibile' },
  IDP_NOT_TRUSTED: { status: 502, title: 'Identity provider non attendibile' },
});

const hhmm = (date: Date) =>
  date.toLocaleTimeString('it-IT', { timeZone: 'Europe/Rome', hour: '2-digit', minute: '2-digit' });

export const invalidCredentials = () =>
  refuse(loginRefusals.INVALID_CREDENTIALS, 'Username o password non corretti.');

export const firstAccessExpired = () =>
  refuse(
    loginRefusals.FIRST_ACCESS_EXPIRED,
    'Le credenziali di primo accesso sono scadute: chiedi al Gestore della ' +
      'piattaforma di inviarne di nuove.',
  );

export const passwordChangeRequired = () =>
  refuse(
    loginRefusals.PASSWORD_CHANGE_REQUIRED,
    'Stai usando le credenziali di primo accesso: scegli una nuova password per entrare.',
    { change: '/api/v1/auth/password/change' },
  );

export const weakPassword = (detail: string) => refuse(loginRefusals.WEAK_PASSWORD, detail);

export const tooManyAttempts = (seconds: number) =>
  refuse(
    loginRefusals.RATE_LIMITED,
    `Troppi tentativi di accesso da questo indirizzo: riprova tra ${seconds} secondi.`,
    { retryAfterSeconds: seconds },
  );

export const accountLocked = (until: Date) =>
  refuse(
    loginRefusals.ACCOUNT_LOCKED,
    `Utenza bloccata per troppi tentativi errati: riprova dopo le ${hhmm(until)}.`,
    { lockedUntil: until.toISOString() },
  );

/** Seed 002, Fig. 3: nobody with this fiscal code may act on the platform yet. */
export const noProfile = (fiscalCode: string) =>
  refuse(
    loginRefusals.NO_PROFILE,
    `Non risulta alcun profilo associato al codice fiscale ${fiscalCode}. ` +
      'Per accedere è necessario procedere con la registrazione alla piattaforma: ' +
      "l'ente richiede la registrazione del proprio Punto Ordinante e dei suoi utenti.",
    { registration: '/api/v1/registrations' },
  );

export const cnsRefused = (detail: string) => refuse(loginRefusals.CNS_LOGIN_REFUSED, detail);

export const cnsNotConfigured = () =>
  refuse(
    loginRefusals.CNS_NOT_CONFIGURED,
    "L'accesso con CNS non è configurato su questa installazione.",
  );

/**
 * A refused SAML response: no session is created, the user reads why (with the SPID anomaly number,
 * if any).
 */
export const spidRefused = (detail: string, cause?: unknown, anomaly?: number) =>
  refuse(
    loginRefusals.SPID_RESPONSE_REFUSED,
    detail,
    anomaly ? { spidAnomaly: anomaly } : undefined,
    cause,
  );

export const spidLogoutRefused = () =>
  refuse(
    loginRefusals.SPID_LOGOUT_REFUSED,
    "La richiesta di logout non è firmata dall'identity provider.",
  );

/**
 * The provider named is not one this installation knows (SAML metadata or OpenID Connect
 * federation).
 */
export const providerUnknown = (name: string, available?: string[]) =>
  refuse(
    loginRefusals.IDP_UNKNOWN,
    `L'identity provider «${name}» non è tra quelli configurati.` +
      (available ? ` Disponibili: ${available.join(', ')}.` : ''),
  );

export const providerUnavailable = (name: string) =>
  refuse(
    loginRefusals.IDP_UNAVAILABLE,
    `I metadati dell'identity provider ${name} non sono raggiungibili: riprova più tardi.`,
  );
