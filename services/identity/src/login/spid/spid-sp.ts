import { SAML, ValidateInResponseTo, type Profile } from '@node-saml/node-saml';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { AppError } from '@app/platform/errors';
import type { Config } from '../../config.js';
import { checkFiscalCode } from '@app/platform/codes';
import { levelOf, spidLevels, type SpidLevel } from '../levels.js';
import { identityProviders, type IdentityProvider } from './idp-metadata.js';
import { firstSighting, pendingRequestCache, rememberRequest, requestDetails, requestLifetimeMs } from './pending-requests.js';
import { spCredential, type Credential } from './sp-credential.js';
import { entityFormat, parseXml, samlAssertionNs, samlProtocolNs, spidAuthnRequest } from './spid-xml.js';

export interface SpidIdentity {
  fiscalCode: string;
  givenName: string;
  familyName: string;
  email?: string;
  level: SpidLevel;
  acr: string;
  idp: string;
  nameId: string;
  nameQualifier: string;
  sessionIndex?: string;
}

interface PendingSpidRequest {
  idp: string;
  level: SpidLevel;
}

/** A refused response: no session is created, the user reads why. */
export const spidRefused = (detail: string, cause?: unknown) =>
  new AppError({ code: 'SPID_RESPONSE_REFUSED', status: 401, title: 'Accesso SPID non riuscito', detail, cause });

/** The SPID service provider: AuthnRequests, response checks and metadata (reference/identity.md §1). */
export function spidServiceProvider(dataSource: DataSource, config: Config, logger: Logger) {
  const entityId = config.SPID_ENTITY_ID ?? `${config.PUBLIC_URL}/api/v1/auth/spid/metadata`;
  const acsUrl = `${config.PUBLIC_URL}/api/v1/auth/spid/acs`;
  const sloUrl = `${config.PUBLIC_URL}/api/v1/auth/spid/slo`;
  const idps = identityProviders(config.SPID_IDPS);
  const cacheProvider = pendingRequestCache(dataSource, 'spid');
  const credential = () => spCredential(dataSource, config, entityId);

  const samlFor = (idp: IdentityProvider, level: SpidLevel, key: Credential) => new SAML({
    entryPoint: idp.ssoPostUrl,
    issuer: entityId,
    callbackUrl: acsUrl,
    logoutCallbackUrl: sloUrl,
    idpCert: idp.certificates,
    idpIssuer: idp.entityId,
    audience: entityId,
    privateKey: key.privateKeyPem,
    publicCert: key.certificatePem,
    signatureAlgorithm: 'sha256',
    digestAlgorithm: 'sha256',
    authnRequestBinding: 'HTTP-POST',
    identifierFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient',
    allowCreate: false,
    authnContext: [spidLevels[level]],
    racComparison: 'minimum',
    forceAuthn: level >= 2,
    attributeConsumingServiceIndex: '0',
    disableRequestAcsUrl: true,
    skipRequestCompression: true,
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: false,
    validateInResponseTo: ValidateInResponseTo.always,
    requestIdExpirationPeriodMs: requestLifetimeMs,
    cacheProvider,
    acceptedClockSkewMs: 3_000,
  });

  return {
    entityId, acsUrl, sloUrl, idps, credential,

    /** The signed AuthnRequest for an IdP at a level, ready for the browser to post. */
    async authnRequest(idpName: string, level: SpidLevel): Promise<{ ssoUrl: string; samlRequest: string; requestId: string }> {
      const idp = await idps.byName(idpName);
      const key = await credential();
      const message = await samlFor(idp, level, key).getAuthorizeMessageAsync('');
      const generated = Buffer.from(String(message.SAMLRequest), 'base64').toString('utf8');
      const requestId = parseXml(generated).documentElement!.getAttribute('ID')!;
      await rememberRequest(dataSource, requestId, { idp: idpName, level });
      const xml = spidAuthnRequest(generated, entityId, key);
      return { ssoUrl: idp.ssoPostUrl, samlRequest: Buffer.from(xml).toString('base64'), requestId };
    },

    /** Validates a posted Response with every check of the SPID rules; any failure refuses it. */
    async validate(samlResponse: string): Promise<SpidIdentity> {
      const responseXml = Buffer.from(samlResponse, 'base64').toString('utf8');
      const response = parseXml(responseXml).documentElement;
      if (!response || response.localName !== 'Response' || response.namespaceURI !== samlProtocolNs) throw spidRefused('La risposta SAML non è leggibile.');
      const inResponseTo = response.getAttribute('InResponseTo') ?? '';
      const pending = await requestDetails<PendingSpidRequest>(dataSource, inResponseTo);
      if (!pending?.idp) throw spidRefused('La risposta non corrisponde ad alcuna richiesta di accesso in corso.');
      const idp = await idps.byName(pending.idp);
      let profile: Profile | null;
      try {
        ({ profile } = await samlFor(idp, pending.level, await credential()).validatePostResponseAsync({ SAMLResponse: samlResponse }));
      } catch (error) {
        logger.warn({ reason: (error as Error).message, idp: pending.idp }, 'SPID response refused');
        throw spidRefused(explain((error as Error).message), error);
      }
      if (!profile?.getAssertionXml) throw spidRefused('La risposta non contiene un\'asserzione.');
      return checkSpidRules(dataSource, profile, response, { acsUrl, idp, pending });
    },
  };
}

export type SpidServiceProvider = ReturnType<typeof spidServiceProvider>;

/** The checks node-saml leaves to the SP: Recipient, Destination, Issuer format, NameQualifier, level, replay. */
async function checkSpidRules(dataSource: DataSource, profile: Profile, response: Element, context: { acsUrl: string; idp: IdentityProvider; pending: PendingSpidRequest }): Promise<SpidIdentity> {
  const assertion = parseXml(profile.getAssertionXml!()).documentElement!;
  const first = (parent: Element, ns: string, name: string) => parent.getElementsByTagNameNS(ns, name)[0];
  if (response.getAttribute('Destination') !== context.acsUrl) throw spidRefused('La risposta è destinata a un altro indirizzo.');
  const responseIssuer = first(response, samlAssertionNs, 'Issuer');
  if (responseIssuer?.getAttribute('Format') && responseIssuer.getAttribute('Format') !== entityFormat) throw spidRefused("L'emittente della risposta non ha il formato previsto.");
  const confirmation = first(assertion, samlAssertionNs, 'SubjectConfirmationData');
  if (confirmation?.getAttribute('Recipient') !== context.acsUrl) throw spidRefused("L'asserzione è destinata a un altro indirizzo (Recipient).");
  const nameId = first(assertion, samlAssertionNs, 'NameID');
  if (!nameId?.getAttribute('NameQualifier')) throw spidRefused("L'identificativo dell'utente non riporta il NameQualifier.");
  const acr = (first(assertion, samlAssertionNs, 'AuthnContextClassRef')?.textContent ?? '').trim();
  const level = levelOf(acr);
  if (!level) throw spidRefused('Il livello di autenticazione SPID non è riconosciuto.');
  // The IdP may authenticate at a higher level than asked, never at a lower one.
  if (level < context.pending.level) throw spidRefused(`Autenticazione di livello ${level} inferiore al livello ${context.pending.level} richiesto.`);
  const notOnOrAfter = new Date(confirmation.getAttribute('NotOnOrAfter') ?? Date.now());
  if (!(await firstSighting(dataSource, assertion.getAttribute('ID') ?? '', notOnOrAfter))) throw spidRefused('La risposta è già stata usata.');
  const attribute = (name: string) => typeof profile[name] === 'string' ? (profile[name] as string) : undefined;
  const fiscal = checkFiscalCode(attribute('fiscalNumber') ?? '');
  if (!fiscal.valid) throw spidRefused(`Il codice fiscale ricevuto dall'identity provider non è valido: ${fiscal.reason}`);
  return {
    fiscalCode: fiscal.code, givenName: attribute('name') ?? '', familyName: attribute('familyName') ?? '', email: attribute('email'),
    level, acr, idp: context.idp.entityId, nameId: profile.nameID, nameQualifier: nameId.getAttribute('NameQualifier')!,
    // SPID IdPs keep a session, and send its index, only for level 1.
    sessionIndex: level === 1 ? profile.sessionIndex : undefined,
  };
}

function explain(message: string): string {
  if (/signature/i.test(message)) return 'La firma della risposta o dell\'asserzione non è valida o manca.';
  if (/audience/i.test(message)) return "L'asserzione è destinata a un altro service provider (Audience).";
  if (/expired|NotOnOrAfter|not yet valid|timestamp|subject confirmation/i.test(message)) return "L'asserzione è scaduta o non ancora valida.";
  if (/InResponseTo/i.test(message)) return 'La risposta non corrisponde ad alcuna richiesta di accesso in corso.';
  if (/issuer/i.test(message)) return "L'emittente della risposta non è l'identity provider atteso.";
  if (/status/i.test(message)) return "L'identity provider ha rifiutato l'autenticazione.";
  return 'La risposta SPID non è valida.';
}
