import { randomUUID } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { spidLogoutRefused } from '../login.rules.js';
import type { IdentityDeps } from '../../identity-deps.js';
import { endSpidSessions } from '../../sessions/session.service.js';
import type { LoginSession } from '../../sessions/session.rules.js';
import { certificatePem, redirectBindingUrl, verifiedRedirectMessage } from './redirect-binding.js';
import type { SpidServiceProvider } from './spid-sp.js';
import { entityFormat, parseXml, samlAssertionNs, samlProtocolNs } from './spid-xml.js';
import { defined } from '@app/platform/errors';

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * SP-initiated single logout (HTTP-Redirect binding, signed query) for a SPID session the IdP
 * keeps, i.e. a level-1 login with a SessionIndex; other sessions have nothing to end at the IdP.
 */
export async function singleLogoutRedirect(
  sp: SpidServiceProvider,
  session: LoginSession,
): Promise<string | undefined> {
  if (session.method !== 'spid' || !session.samlSessionIndex || !session.idp || !session.samlNameId)
    return undefined;
  const idp = await sp.idps.byEntityId(session.idp);
  if (!idp?.sloRedirectUrl) return undefined;
  const request =
    `<samlp:LogoutRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ` +
    `xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_${randomUUID()}" ` +
    `Version="2.0" IssueInstant="${new Date().toISOString()}" ` +
    `Destination="${escape(idp.sloRedirectUrl)}">` +
    `<saml:Issuer NameQualifier="${escape(sp.entityId)}" ` +
    `Format="${entityFormat}">${escape(sp.entityId)}</saml:Issuer>` +
    `<saml:NameID ` +
    `NameQualifier="${escape(session.samlNameQualifier ?? idp.entityId)}" ` +
    `Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient">${escape(session.samlNameId)}</saml:NameID>` +
    `<samlp:SessionIndex>${escape(session.samlSessionIndex)}</samlp:SessionIndex></samlp:LogoutRequest>`;
  return redirectBindingUrl(
    idp.sloRedirectUrl,
    'SAMLRequest',
    request,
    session.id,
    (await sp.credential()).privateKeyPem,
  );
}

/**
 * IdP-initiated single logout: a signed LogoutRequest ends our sessions for that NameID (and
 * SessionIndex), and is always answered, even when nothing was left to end (SPID rules §1.5).
 */
export async function answerIdpLogout(
  deps: IdentityDeps,
  sp: SpidServiceProvider,
  rawQuery: string,
): Promise<string> {
  // The issuer names whose certificates to check the signature with; garbage simply names nobody.
  const issuerOf = (encoded: string) => {
    try {
      return (
        parseXml(inflateRawSync(Buffer.from(encoded, 'base64')).toString('utf8'))
          .getElementsByTagNameNS(samlAssertionNs, 'Issuer')[0]
          ?.textContent?.trim() ?? ''
      );
    } catch {
      return '';
    }
  };
  const unverified = new URLSearchParams(rawQuery).get('SAMLRequest');
  const idp = unverified
    ? await sp.idps.byEntityId(issuerOf(unverified)).catch(() => undefined)
    : undefined;
  const xml = idp
    ? verifiedRedirectMessage(rawQuery, 'SAMLRequest', idp.certificates.map(certificatePem))
    : undefined;
  if (!idp?.sloRedirectUrl || !xml) throw spidLogoutRefused();
  const request = defined(parseXml(xml).documentElement);
  const nameId =
    request.getElementsByTagNameNS(samlAssertionNs, 'NameID')[0]?.textContent?.trim() ?? '';
  const sessionIndex = request
    .getElementsByTagNameNS(samlProtocolNs, 'SessionIndex')[0]
    ?.textContent?.trim();
  await endSpidSessions(
    deps.dataSource,
    { idp: idp.entityId, nameId, sessionIndex },
    'spid-single-logout',
  );
  const response =
    `<samlp:LogoutResponse xmlns:samlp="${samlProtocolNs}" ` +
    `xmlns:saml="${samlAssertionNs}" ID="_${randomUUID()}" Version="2.0" ` +
    `IssueInstant="${new Date().toISOString()}" ` +
    `Destination="${escape(idp.sloRedirectUrl)}" ` +
    `InResponseTo="${escape(request.getAttribute('ID') ?? '')}">` +
    `<saml:Issuer NameQualifier="${escape(sp.entityId)}" ` +
    `Format="${entityFormat}">${escape(sp.entityId)}</saml:Issuer>` +
    '<samlp:Status><samlp:StatusCode ' +
    'Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status></samlp:LogoutResponse>';
  return redirectBindingUrl(
    idp.sloRedirectUrl,
    'SAMLResponse',
    response,
    new URLSearchParams(rawQuery).get('RelayState') ?? '',
    (await sp.credential()).privateKeyPem,
  );
}
