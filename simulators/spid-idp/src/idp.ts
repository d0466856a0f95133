import { createSign, createVerify, randomUUID } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import express, { type Express, type RequestHandler, type Response } from 'express';
import { DOMParser } from '@xmldom/xmldom';
import { readAuthnRequest, signedBy } from './authn-request.js';
import { faults, type Fault } from './faults.js';
import type { SigningCredential } from './keys.js';
import { assertionXml, escapeXml, responseXml, signSaml } from './saml-messages.js';
import { serviceProviders } from './sp-registry.js';

export interface SimulatedUser {
  username: string;
  password: string;
  fiscalCode: string;
  displayName: string;
  email?: string;
}

export interface SpidIdpOptions {
  /** The IdP's own base URL: its entity ID and endpoints. */
  baseUrl: string;
  users: SimulatedUser[];
  credential: SigningCredential;
  /** Where to read an SP's metadata from its entity ID (default: the entity ID itself). */
  spMetadataUrl?: (entityId: string) => string;
}

export interface SpidIdp {
  app: Express;
  entityId: string;
  sessions: Map<string, IdpSession>;
}

export interface IdpSession {
  username: string;
  nameId: string;
  spEntityId: string;
}

interface PendingLogin {
  requestId: string;
  spEntityId: string;
  level: number;
  relayState: string;
}

const page = (
  title: string,
  body: string,
) => `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>${escapeXml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;
color:#1a1a1a}label{display:block;margin:.8rem 0 .2rem}input{width:100%;padding:.5rem;
font-size:1rem}button{margin-top:1rem;padding:.6rem 1.2rem;font-size:1rem;background:#0066cc;
color:#fff;border:0;border-radius:4px}.note{color:#555;font-size:.9rem}.error{color:#b00020}</style>
</head><body><h1>${escapeXml(title)}</h1>${body}</body></html>`;

/** The signed SAML response for a login: the level asked, or spoiled as the fault asks. */
function samlResponse(
  idp: { sessions: Map<string, IdpSession>; entityId: string; credential: SigningCredential },
  login: PendingLogin,
  sp: { entityId: string; acsUrl: string },
  user: SimulatedUser,
  fault?: Fault,
): string {
  const [givenName, ...family] = user.displayName.split(' ');
  const level = fault === 'lower-level' ? Math.max(1, login.level - 1) : login.level;
  const sessionIndex = level === 1 ? `_${randomUUID()}` : undefined;
  const nameId = `_${randomUUID()}`;
  if (sessionIndex)
    idp.sessions.set(sessionIndex, { username: user.username, nameId, spEntityId: sp.entityId });
  const facts = {
    idpEntityId: idp.entityId,
    spEntityId: sp.entityId,
    acsUrl: sp.acsUrl,
    level,
    sessionIndex,
    nameId,
    inResponseTo: fault === 'wrong-in-response-to' ? `_${randomUUID()}` : login.requestId,
    audience:
      fault === 'wrong-audience' ? 'https://altro-service-provider.example/metadata' : undefined,
    recipient:
      fault === 'wrong-recipient' ? 'https://altro-service-provider.example/acs' : undefined,
    issueInstant: fault === 'expired' ? new Date(Date.now() - 20 * 60_000) : undefined,
    attributes: {
      spidCode: `SIMU${user.username.replace(/\W/g, '').toUpperCase().padEnd(10, '0').slice(0, 10)}`,
      fiscalNumber: `TINIT-${user.fiscalCode}`,
      name: givenName ?? '',
      familyName: family.join(' '),
      email: user.email ?? `${user.username}@example.it`,
    },
  };
  const assertion = assertionXml(facts);
  const signedAssertion =
    fault === 'unsigned-assertion'
      ? assertion
      : signSaml(assertion, "/*[local-name(.)='Assertion']", idp.credential);
  let body = signedAssertion;
  if (fault === 'signature-wrapping') {
    // XSW: a forged assertion for someone else placed first, the genuine signed one after it.
    const forged = assertionXml({
      ...facts,
      attributes: { ...facts.attributes, fiscalNumber: 'TINIT-RSSMRA80A01H501U' },
    });
    body = forged + signedAssertion;
  }
  return Buffer.from(
    signSaml(responseXml(facts, body), "/*[local-name(.)='Response']", idp.credential),
  ).toString('base64');
}

/** The state and helpers the routes share. */
function createSpidIdpContext(options: SpidIdpOptions) {
  const entityId = `${options.baseUrl}/metadata`;
  const spOf = serviceProviders(options.spMetadataUrl);
  const pending = new Map<string, PendingLogin>();
  /** Level-1 sessions the IdP keeps, by SessionIndex; levels 2 and 3 create none. */
  const sessions = new Map<string, IdpSession>();
  // The fault asked for the next response, and the last response (what a replay sends again).
  const buildResponse = (
    login: PendingLogin,
    sp: { entityId: string; acsUrl: string },
    user: SimulatedUser,
    fault?: Fault,
  ) => samlResponse({ sessions, entityId, credential: options.credential }, login, sp, user, fault);
  const faulty: {
    next?: Fault;
    lastResponse?: { acsUrl: string; SAMLResponse: string; RelayState: string };
  } = {};
  return { entityId, spOf, pending, sessions, buildResponse, faulty, options };
}
type CreateSpidIdpContext = ReturnType<typeof createSpidIdpContext>;

/**
 * A SAML 2.0 identity provider that answers like a SPID IdP, for development and tests: it checks
 * the SP's AuthnRequest against the SPID rules, asks for username and password, and posts back a
 * signed response at the requested level. A fault set through /faults spoils the next response on
 * purpose.
 */
export function createSpidIdp(options: SpidIdpOptions): SpidIdp {
  const idp = createSpidIdpContext(options);
  const { entityId, sessions } = idp;
  const app = express();
  app.disable('x-powered-by');
  app.use(express.urlencoded({ extended: false, limit: '1mb' }));
  app.use(express.json());
  app.get('/metadata', getMetadata(idp));
  app.post('/sso', postSso(idp));
  app.post('/login', postLogin(idp));

  // IdP-initiated single logout of a level-1 session: a signed LogoutRequest to the SP's SLO
  // endpoint.
  app.get('/logout', getLogout(idp));
  app.get('/slo', getSlo(idp));

  // Test controls: which fault the next response carries, and the IdP sessions still open.
  app.post('/faults', postFaults(idp));
  app.delete('/faults', deleteFaults(idp));
  app.get('/sessions', getSessions(idp));
  app.get('/healthz', getHealthz());
  return { app, entityId, sessions };
}

function getMetadata(idp: CreateSpidIdpContext): RequestHandler {
  const { entityId, options } = idp;
  return (_req, res) => {
    const xml =
      `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" ` +
      `entityID="${escapeXml(entityId)}">` +
      '<md:IDPSSODescriptor ' +
      'protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol" ' +
      'WantAuthnRequestsSigned="true">' +
      `<md:KeyDescriptor use="signing"><ds:KeyInfo ` +
      `xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data>
<ds:X509Certificate>${options.credential.certificateBase64}</ds:X509Certificate></ds:X509Data>
</ds:KeyInfo></md:KeyDescriptor>` +
      `<md:SingleLogoutService ` +
      `Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" ` +
      `Location="${escapeXml(options.baseUrl)}/slo"/>` +
      '<md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>' +
      `<md:SingleSignOnService ` +
      `Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" ` +
      `Location="${escapeXml(options.baseUrl)}/sso"/>` +
      '</md:IDPSSODescriptor></md:EntityDescriptor>';
    res.type('application/samlmetadata+xml').send(xml);
  };
}

function postSso(idp: CreateSpidIdpContext): RequestHandler {
  const { spOf, pending } = idp;
  return async (req, res) => {
    const xml = Buffer.from(String(req.body.SAMLRequest ?? ''), 'base64').toString('utf8');
    const { request, problems } = readAuthnRequest(xml);
    if (!request)
      return void res
        .status(400)
        .type('html')
        .send(
          page(
            'Richiesta non conforme a SPID',
            `<ul class="error">${problems.map((p) => `<li>${escapeXml(p)}</li>`).join('')}</ul>`,
          ),
        );
    try {
      const sp = await spOf(request.spEntityId);
      if (!signedBy(request, sp.certificatesPem))
        return void res
          .status(400)
          .type('html')
          .send(
            page(
              'Richiesta non conforme a SPID',
              '<p class="error">La firma della richiesta non è valida.</p>',
            ),
          );
    } catch (error) {
      return void res
        .status(400)
        .type('html')
        .send(
          page(
            'Service provider sconosciuto',
            `<p class="error">${escapeXml((error as Error).message)}</p>`,
          ),
        );
    }
    const loginId = randomUUID();
    pending.set(loginId, {
      requestId: request.id,
      spEntityId: request.spEntityId,
      level: request.level,
      relayState: String(req.body.RelayState ?? ''),
    });
    res.type('html').send(
      page(
        'Entra con SPID',
        `<p class="note">Il servizio <strong>${escapeXml(request.spEntityId)}</strong>
richiede un accesso SPID di livello ${request.level}.</p>
<form method="post" action="login"><input type="hidden" name="login" value="${loginId}">
<label for="username">Nome utente</label><input id="username" name="username"
autocomplete="username" required>
<label for="password">Password</label><input id="password" name="password" type="password"
autocomplete="current-password" required>
<button type="submit">Entra con SPID</button></form>`,
      ),
    );
  };
}

function postLogin(idp: CreateSpidIdpContext): RequestHandler {
  const { spOf, pending, buildResponse, faulty, options } = idp;
  return async (req, res) => {
    const login = pending.get(String(req.body.login ?? ''));
    if (!login)
      return void res
        .status(400)
        .type('html')
        .send(
          page('Sessione di accesso scaduta', '<p class="error">Torna al servizio e riprova.</p>'),
        );
    const user = options.users.find(
      (u) => u.username === req.body.username && u.password === req.body.password,
    );
    if (!user)
      return void res
        .status(401)
        .type('html')
        .send(
          page(
            'Credenziali non valide',
            '<p class="error">Nome utente o password non corretti. Torna indietro e riprova.</p>',
          ),
        );
    pending.delete(String(req.body.login));
    const sp = await spOf(login.spEntityId);
    const fault = faulty.next;
    faulty.next = undefined;
    const message =
      fault === 'replay' && faulty.lastResponse
        ? faulty.lastResponse
        : {
            acsUrl: sp.acsUrl,
            SAMLResponse: buildResponse(login, sp, user, fault),
            RelayState: login.relayState,
          };
    faulty.lastResponse = message;
    if (req.accepts(['html', 'json']) === 'json') return void res.json(message);
    postBack(res, message);
  };
}

function getLogout(idp: CreateSpidIdpContext): RequestHandler {
  const { entityId, spOf, sessions, options } = idp;
  return async (req, res) => {
    const sessionIndex = String(req.query.sessionIndex ?? '');
    const session = sessions.get(sessionIndex);
    if (!session)
      return void res
        .status(404)
        .type('html')
        .send(
          page(
            'Sessione non trovata',
            '<p class="error">Nessuna sessione SPID attiva con questo indice.</p>',
          ),
        );
    const sp = await spOf(session.spEntityId);
    sessions.delete(sessionIndex);
    const request =
      `<samlp:LogoutRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ` +
      `xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_${randomUUID()}" ` +
      `Version="2.0" IssueInstant="${new Date().toISOString()}" ` +
      `Destination="${escapeXml(sp.sloUrl ?? '')}">` +
      `<saml:Issuer Format="urn:oasis:names:tc:SAML:2.0:nameid-format:entity" ` +
      `NameQualifier="${escapeXml(entityId)}">${escapeXml(entityId)}</saml:Issuer>` +
      `<saml:NameID NameQualifier="${escapeXml(entityId)}" ` +
      `Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient">${escapeXml(session.nameId)}</saml:NameID>` +
      `<samlp:SessionIndex>${escapeXml(sessionIndex)}</samlp:SessionIndex></samlp:LogoutRequest>`;
    const query = new URLSearchParams({
      SAMLRequest: deflateRawSync(request).toString('base64'),
      RelayState: 'idp-logout',
      SigAlg: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    }).toString();
    const signature = createSign('RSA-SHA256')
      .update(query)
      .sign(options.credential.privateKeyPem, 'base64');
    res.redirect(303, `${sp.sloUrl}?${query}&Signature=${encodeURIComponent(signature)}`);
  };
}

function getSlo(idp: CreateSpidIdpContext): RequestHandler {
  const { spOf, sessions } = idp;
  return async (req, res) => {
    const query = req.originalUrl.split('?')[1] ?? '';
    const params = new URLSearchParams(query);
    if (params.has('SAMLResponse'))
      return void res
        .type('html')
        .send(page('Logout completato', '<p>Sei uscito anche dal servizio.</p>'));
    const xml = inflateRawSync(Buffer.from(params.get('SAMLRequest') ?? '', 'base64')).toString(
      'utf8',
    );
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const issuer =
      doc
        .getElementsByTagNameNS('urn:oasis:names:tc:SAML:2.0:assertion', 'Issuer')[0]
        ?.textContent?.trim() ?? '';
    const sp = await spOf(issuer).catch(() => undefined);
    // Redirect binding: the signature covers the raw query parameters in this order.
    const signed = ['SAMLRequest', 'RelayState', 'SigAlg']
      .filter((n) => params.has(n))
      .map((n) => query.split('&').find((p) => p.startsWith(`${n}=`)))
      .join('&');
    const valid = sp?.certificatesPem.some((certificate) =>
      createVerify('RSA-SHA256')
        .update(signed)
        .verify(certificate, params.get('Signature') ?? '', 'base64'),
    );
    if (!sp || !valid)
      return void res
        .status(400)
        .type('html')
        .send(
          page(
            'Richiesta di logout non valida',
            '<p class="error">Firma assente o non valida.</p>',
          ),
        );
    const sessionIndex = doc
      .getElementsByTagNameNS('urn:oasis:names:tc:SAML:2.0:protocol', 'SessionIndex')[0]
      ?.textContent?.trim();
    if (sessionIndex) sessions.delete(sessionIndex);
    const target = new URL(sp.sloUrl ?? sp.acsUrl);
    target.searchParams.set('RelayState', params.get('RelayState') ?? '');
    res.redirect(303, target.toString());
  };
}

function postFaults(idp: CreateSpidIdpContext): RequestHandler {
  const { faulty } = idp;
  return (req, res) => {
    const fault = req.body.fault as Fault;
    if (!faults.includes(fault))
      return void res.status(400).json({ error: `guasti disponibili: ${faults.join(', ')}` });
    faulty.next = fault;
    res.status(204).end();
  };
}

function deleteFaults(idp: CreateSpidIdpContext): RequestHandler {
  const { faulty } = idp;
  return (_req, res) => {
    faulty.next = undefined;
    res.status(204).end();
  };
}

function getSessions(idp: CreateSpidIdpContext): RequestHandler {
  const { sessions } = idp;
  return (_req, res) => {
    res.json({ sessions: [...sessions.keys()] });
  };
}

function getHealthz(): RequestHandler {
  return (_req, res) => {
    res.json({ status: 'ok' });
  };
}

function postBack(
  res: Response,
  message: { acsUrl: string; SAMLResponse: string; RelayState: string },
): void {
  res.type('html').send(
    page(
      'Ritorno al servizio',
      `<form method="post" action="${escapeXml(message.acsUrl)}">
<input type="hidden" name="SAMLResponse" value="${escapeXml(message.SAMLResponse)}"><input
type="hidden" name="RelayState" value="${escapeXml(message.RelayState)}">
<p class="note">Autenticazione completata.</p><button type="submit">Torna al servizio</button>
</form>`,
    ),
  );
}
