import { SAML, ValidateInResponseTo, type Profile } from '@node-saml/node-saml';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { AppError } from '@app/platform/errors';
import { spidRefused } from '../login.rules.js';
import type { Config } from '../../config.js';
import { checkFiscalCode } from '@app/italian-codes';
import { levelOf, spidLevels, type SpidLevel } from '../../sessions/levels.rules.js';
import { identityProviders, type IdentityProvider } from './idp-metadata.js';
import {
  consumeRequest,
  firstSighting,
  pendingRequestCache,
  rememberRequest,
  requestDetails,
  requestLifetimeMs,
} from './pending-requests.js';
import { checkResponse } from './spid-response.rules.js';
import { spCredential, type Credential } from './sp-credential.js';
import { parseXml, samlAssertionNs, samlProtocolNs, spidAuthnRequest } from './spid-xml.js';

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

const clockSkewMs = 3_000;

/**
 * node-saml set up as SPID wants it: POST binding, signed assertions, the level asked as minimum.
 */
function nodeSaml(
  sp: {
    entityId: string;
    acsUrl: string;
    sloUrl: string;
    cacheProvider: ReturnType<typeof pendingRequestCache>;
  },
  idp: IdentityProvider,
  level: SpidLevel,
  key: Credential,
): SAML {
  return new SAML({
    entryPoint: idp.ssoPostUrl,
    issuer: sp.entityId,
    callbackUrl: sp.acsUrl,
    logoutCallbackUrl: sp.sloUrl,
    idpCert: idp.certificates,
    idpIssuer: idp.entityId,
    audience: sp.entityId,
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
    cacheProvider: sp.cacheProvider,
    acceptedClockSkewMs: clockSkewMs,
  });
}

/** What the SP's operations share: its endpoints, IdPs, key, and node-saml set up for an IdP. */
function spContext(dataSource: DataSource, config: Config, logger: Logger) {
  const entityId = config.SPID_ENTITY_ID ?? `${config.PUBLIC_URL}/api/v1/auth/spid/metadata`;
  const acsUrl = `${config.PUBLIC_URL}/api/v1/auth/spid/acs`;
  const sloUrl = `${config.PUBLIC_URL}/api/v1/auth/spid/slo`;
  const cacheProvider = pendingRequestCache(dataSource, 'spid');
  const endpoints = { entityId, acsUrl, sloUrl, cacheProvider };
  return {
    dataSource,
    logger,
    entityId,
    acsUrl,
    sloUrl,
    idps: identityProviders(config.SPID_IDPS),
    credential: () => spCredential(dataSource, config, entityId),
    samlFor: (idp: IdentityProvider, level: SpidLevel, key: Credential) =>
      nodeSaml(endpoints, idp, level, key),
  };
}

type SpContext = ReturnType<typeof spContext>;

/** The signed AuthnRequest for an IdP at a level, ready for the browser to post. */
async function authnRequest(
  sp: SpContext,
  idpName: string,
  level: SpidLevel,
): Promise<{ ssoUrl: string; samlRequest: string; requestId: string }> {
  const idp = await sp.idps.byName(idpName);
  const key = await sp.credential();
  const message = await sp.samlFor(idp, level, key).getAuthorizeMessageAsync('');
  const generated = Buffer.from(String(message.SAMLRequest), 'base64').toString('utf8');
  const requestId = parseXml(generated).documentElement?.getAttribute('ID');
  if (!requestId) throw new Error('node-saml wrote an AuthnRequest without its ID');
  await rememberRequest(sp.dataSource, requestId, { idp: idpName, level });
  const xml = spidAuthnRequest(generated, sp.entityId, key);
  return {
    ssoUrl: idp.ssoPostUrl,
    samlRequest: Buffer.from(xml).toString('base64'),
    requestId,
  };
}

/**
 * Validates a posted Response: first every check of the SPID rules on its structure (each refusal
 * with its own message), then node-saml's signatures, then replay and the person's attributes.
 */
async function validateResponse(sp: SpContext, samlResponse: string): Promise<SpidIdentity> {
  const responseXml = Buffer.from(samlResponse, 'base64').toString('utf8');
  const response = parseXml(responseXml).documentElement;
  if (!response || response.localName !== 'Response' || response.namespaceURI !== samlProtocolNs)
    throw spidRefused('La risposta SAML non è leggibile.');
  const requestId = response.getAttribute('InResponseTo') ?? '';
  const pending = requestId
    ? await requestDetails<PendingSpidRequest & { instant?: string }>(sp.dataSource, requestId)
    : undefined;
  if (!pending?.idp || !pending.instant)
    throw spidRefused('La risposta non corrisponde ad alcuna richiesta di accesso in corso.');
  const idp = await sp.idps.byName(pending.idp);
  const verdict = checkResponse(response, {
    acsUrl: sp.acsUrl,
    spEntityId: sp.entityId,
    idpEntityId: idp.entityId,
    requestId,
    requestInstant: new Date(pending.instant),
    requestedLevel: pending.level,
    now: new Date(),
    skewMs: clockSkewMs,
  });
  // A request is answered once, whatever the answer: the person starts a new login.
  const refuse = async (reason: string, error: AppError) => {
    await consumeRequest(sp.dataSource, requestId);
    sp.logger.warn({ reason, idp: pending.idp }, 'SPID response refused');
    return error;
  };
  if (verdict)
    throw await refuse(verdict.refused, spidRefused(verdict.refused, undefined, verdict.anomaly));
  const profile = await sp
    .samlFor(idp, pending.level, await sp.credential())
    .validatePostResponseAsync({ SAMLResponse: samlResponse })
    .then((answer) => answer.profile)
    .catch(async (error: Error) => {
      throw await refuse(error.message, spidRefused(explain(error.message), error));
    });
  if (!profile?.getAssertionXml) throw spidRefused("La risposta non contiene un'asserzione.");
  return identityOf(sp.dataSource, profile, response, idp);
}

/**
 * The SPID service provider: AuthnRequests, response checks and metadata (reference/identity.md
 * §1).
 */
export function spidServiceProvider(dataSource: DataSource, config: Config, logger: Logger) {
  const sp = spContext(dataSource, config, logger);
  const { entityId, acsUrl, sloUrl, idps, credential } = sp;
  return {
    entityId,
    acsUrl,
    sloUrl,
    idps,
    credential,
    authnRequest: (idpName: string, level: SpidLevel) => authnRequest(sp, idpName, level),
    validate: (samlResponse: string) => validateResponse(sp, samlResponse),
  };
}

export type SpidServiceProvider = ReturnType<typeof spidServiceProvider>;

/**
 * After the signatures: the signed assertion is the one the rules read, used once; then the person.
 */
async function identityOf(
  dataSource: DataSource,
  profile: Profile,
  response: Element,
  idp: IdentityProvider,
): Promise<SpidIdentity> {
  const signedAssertion = profile.getAssertionXml?.();
  const assertion = signedAssertion ? parseXml(signedAssertion).documentElement : null;
  if (!assertion) throw spidRefused("La risposta non contiene un'asserzione.");
  const checked = response.getElementsByTagNameNS(samlAssertionNs, 'Assertion')[0];
  if (!checked || checked.getAttribute('ID') !== assertion.getAttribute('ID'))
    throw spidRefused("La firma della risposta o dell'asserzione non è valida o manca.");
  const first = (ns: string, name: string) => assertion.getElementsByTagNameNS(ns, name)[0];
  const acr = (first(samlAssertionNs, 'AuthnContextClassRef')?.textContent ?? '').trim();
  const level = levelOf(acr);
  if (!level) throw spidRefused('Il livello di autenticazione SPID non è riconosciuto.');
  const until = first(samlAssertionNs, 'SubjectConfirmationData')?.getAttribute('NotOnOrAfter');
  if (!until) throw spidRefused("L'asserzione non dice fino a quando vale (NotOnOrAfter).");
  const notOnOrAfter = new Date(until);
  if (!(await firstSighting(dataSource, assertion.getAttribute('ID') ?? '', notOnOrAfter)))
    throw spidRefused('La risposta è già stata usata.');
  const attribute = (name: string) =>
    typeof profile[name] === 'string' ? (profile[name] as string) : undefined;
  const fiscal = checkFiscalCode(attribute('fiscalNumber') ?? '');
  if (!fiscal.valid)
    throw spidRefused(
      `Il codice fiscale ricevuto dall'identity provider non è valido: ${fiscal.reason}`,
    );
  return {
    fiscalCode: fiscal.code,
    givenName: attribute('name') ?? '',
    familyName: attribute('familyName') ?? '',
    email: attribute('email'),
    level,
    acr,
    idp: idp.entityId,
    nameId: profile.nameID,
    // The IdP qualifies its NameIDs: where the attribute is missing, it is the IdP itself.
    nameQualifier: first(samlAssertionNs, 'NameID')?.getAttribute('NameQualifier') ?? idp.entityId,
    // SPID IdPs keep a session, and send its index, only for level 1.
    sessionIndex: level === 1 ? profile.sessionIndex : undefined,
  };
}

function explain(message: string): string {
  if (/signature/i.test(message))
    return "La firma della risposta o dell'asserzione non è valida o manca.";
  if (/audience/i.test(message))
    return "L'asserzione è destinata a un altro service provider (Audience).";
  if (/expired|NotOnOrAfter|not yet valid|timestamp|subject confirmation/i.test(message))
    return "L'asserzione è scaduta o non ancora valida.";
  if (/InResponseTo/i.test(message))
    return 'La risposta non corrisponde ad alcuna richiesta di accesso in corso.';
  if (/issuer/i.test(message))
    return "L'emittente della risposta non è l'identity provider atteso.";
  if (/status/i.test(message)) return "L'identity provider ha rifiutato l'autenticazione.";
  return 'La risposta SPID non è valida.';
}
