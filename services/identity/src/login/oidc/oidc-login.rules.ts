import type { AppError } from '@app/platform/errors';
import { refuse } from '@app/platform/errors';
import { loginRefusals } from '../login.rules.js';
import { levelOf, spidLevels, type SpidLevel } from '../../sessions/levels.rules.js';

/** The providers of the Italian OpenID Connect federation the platform logs people in through. */
export type OidcProviderKind = 'cie' | 'spid';

export const fiscalNumberClaim = 'https://attributes.eid.gov.it/fiscal_number';

/**
 * Attributes asked of the provider (userinfo), as the claims parameter names them: only what a
 * login needs.
 */
export const requestedClaims = {
  userinfo: { given_name: null, family_name: null, [fiscalNumberClaim]: { essential: true } },
  id_token: {},
};

/**
 * CIE id authenticates at level 3 whatever is asked; SPID at the level the person chose, 2 unless
 * told.
 */
export function levelAsked(kind: OidcProviderKind, level: SpidLevel | undefined): SpidLevel {
  return kind === 'cie' ? 3 : (level ?? 2);
}

/**
 * The provider may authenticate at a higher level than asked, never a lower one
 * (authorization_endpoint).
 */
export function acceptedLevel(acr: unknown, asked: SpidLevel): string | undefined {
  const level = typeof acr === 'string' ? levelOf(acr) : undefined;
  return level !== undefined && level >= asked ? spidLevels[level] : undefined;
}

/** A login refused: the person sees why, in Italian; the cause stays in the log. */
export function loginRefused(
  kind: OidcProviderKind | undefined,
  detail: string,
  cause?: unknown,
): AppError {
  const refusal =
    kind === 'cie'
      ? loginRefusals.CIE_LOGIN_REFUSED
      : kind === 'spid'
        ? loginRefusals.SPID_LOGIN_REFUSED
        : loginRefusals.LOGIN_REFUSED;
  return refuse(refusal, detail, undefined, cause);
}

export const refusals = {
  unknownState:
    'La risposta non corrisponde ad alcuna richiesta di accesso in corso (o è già stata usata).',
  providerError: (description: string) =>
    `L'identity provider ha rifiutato l'accesso: ${description}`,
  wrongIssuer:
    'La risposta proviene da un identity provider diverso da quello a cui è ' +
    "stata chiesta l'autenticazione.",
  tokenRefused: "L'identity provider non ha rilasciato i token: l'autenticazione non è confermata.",
  idTokenRefused:
    "L'ID Token dell'identity provider non è valido (firma, destinatario, " +
    "scadenza o nonce): l'accesso non è consentito.",
  levelTooLow:
    "Il livello di autenticazione confermato dall'identity provider è " +
    'inferiore a quello richiesto.',
  userinfoRefused:
    "Gli attributi dell'utente ricevuti dall'identity provider non sono " +
    "validi (cifratura, firma o soggetto): l'accesso non è consentito.",
  badFiscalCode: (reason: string) =>
    `Il codice fiscale ricevuto dall'identity provider non è valido: ${reason}`,
};

/** The provider is outside the federation (no valid trust chain): nobody is sent there. */
export function providerUntrusted(kind: OidcProviderKind, cause: unknown): AppError {
  return refuse(
    loginRefusals.IDP_NOT_TRUSTED,
    `L'identity provider ${kind === 'cie' ? 'CIE' : 'SPID'} non risulta ` +
      `attendibile nella federazione SPID/CIE (catena di fiducia non valida): ` +
      `riprova più tardi.`,
    undefined,
    cause,
  );
}
