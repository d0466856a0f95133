import type { AuditActor } from '@app/platform/audit';
import type { x509 } from '@app/platform/x509';
import type { IdentityDeps } from '../identity-deps.js';
import { cnsAcr, levelOf } from '../sessions/levels.rules.js';
import { cnsIdentity } from './cns/cns-certificate.js';
import { completeLogin, type LoginOutcome } from './complete-login.js';
import { cnsNotConfigured, cnsRefused } from './login.rules.js';
import type { OidcRelyingParty } from './oidc/relying-party.js';
import type { SpidServiceProvider } from './spid/spid-sp.js';

/**
 * The logins by identity provider or card: each checks what the provider or card says, then ends as
 * every login does (completeLogin).
 */

/** A SAML response from a SPID identity provider (POST binding). */
export async function loginWithSpid(
  deps: IdentityDeps,
  sp: SpidServiceProvider,
  samlResponse: string,
  actor: AuditActor,
): Promise<LoginOutcome> {
  const identity = await sp.validate(samlResponse);
  const { nameId, nameQualifier, sessionIndex } = identity;
  return completeLogin(
    deps.dataSource,
    deps.config,
    deps.logger,
    {
      fiscalCode: identity.fiscalCode,
      method: 'spid',
      acr: identity.acr,
      amr: [`spid-l${identity.level}`],
      authTime: new Date(),
      idp: identity.idp,
      saml: { nameId, nameQualifier, sessionIndex },
    },
    actor,
  );
}

/**
 * The answer of CIE id or a SPID provider in the OpenID Connect federation (the callback's query).
 */
export async function loginWithOidc(
  deps: IdentityDeps,
  rp: OidcRelyingParty,
  callbackQuery: string,
  actor: AuditActor,
): Promise<LoginOutcome> {
  const identity = await rp.complete(callbackQuery);
  const amr = identity.method === 'cie' ? 'cie' : `spid-l${levelOf(identity.acr)}`;
  return completeLogin(
    deps.dataSource,
    deps.config,
    deps.logger,
    { ...identity, amr: [amr] },
    actor,
  );
}

/**
 * A CNS (or CIE) card's certificate, as the TLS terminator forwarded it (undefined when none came).
 */
export async function loginWithCns(
  deps: IdentityDeps,
  trusted: x509.X509Certificate[],
  forwardedCertificate: () => Buffer | undefined,
  actor: AuditActor,
): Promise<LoginOutcome> {
  if (trusted.length === 0) throw cnsNotConfigured();
  const certificate = forwardedCertificate();
  if (!certificate) {
    throw cnsRefused(
      'Nessun certificato CNS presentato: inserisci la carta nel lettore e collegati con HTTPS.',
    );
  }
  const identity = await cnsIdentity(certificate, trusted);
  return completeLogin(
    deps.dataSource,
    deps.config,
    deps.logger,
    {
      fiscalCode: identity.fiscalCode,
      method: 'cns',
      acr: cnsAcr,
      amr: ['sc', 'pin', 'hwk'],
      authTime: new Date(),
      idp: identity.issuer,
    },
    actor,
  );
}
