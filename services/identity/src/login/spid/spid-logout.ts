import { createSign, randomUUID } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import type { IdentityDeps } from '../../identity-deps.js';
import type { LoginSession } from '../../sessions/sessions.service.js';
import { spidServiceProvider } from './spid-sp.js';
import { entityFormat } from './spid-xml.js';

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const rsaSha256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';

/**
 * SP-initiated single logout (HTTP-Redirect binding, signed query) for a SPID session the IdP keeps,
 * i.e. a level-1 login with a SessionIndex; other sessions have nothing to end at the IdP.
 */
export async function singleLogoutRedirect(deps: IdentityDeps, session: LoginSession): Promise<string | undefined> {
  if (session.method !== 'spid' || !session.samlSessionIndex || !session.idp || !session.samlNameId) return undefined;
  const sp = spidServiceProvider(deps.dataSource, deps.config, deps.logger);
  const idp = await sp.idps.byEntityId(session.idp);
  if (!idp?.sloRedirectUrl) return undefined;
  const request = `<samlp:LogoutRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_${randomUUID()}" Version="2.0" IssueInstant="${new Date().toISOString()}" Destination="${escape(idp.sloRedirectUrl)}">`
    + `<saml:Issuer NameQualifier="${escape(sp.entityId)}" Format="${entityFormat}">${escape(sp.entityId)}</saml:Issuer>`
    + `<saml:NameID NameQualifier="${escape(session.samlNameQualifier ?? idp.entityId)}" Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient">${escape(session.samlNameId)}</saml:NameID>`
    + `<samlp:SessionIndex>${escape(session.samlSessionIndex)}</samlp:SessionIndex></samlp:LogoutRequest>`;
  // Redirect binding: the signature covers the query string, not the XML (SAML Bindings §3.4.4.1).
  const query = new URLSearchParams({ SAMLRequest: deflateRawSync(request).toString('base64'), RelayState: session.id, SigAlg: rsaSha256 }).toString();
  const signature = createSign('RSA-SHA256').update(query).sign((await sp.credential()).privateKeyPem, 'base64');
  return `${idp.sloRedirectUrl}?${query}&Signature=${encodeURIComponent(signature)}`;
}
