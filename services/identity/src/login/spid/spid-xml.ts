import { randomBytes } from 'node:crypto';
import type { Response } from 'express';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { SignedXml } from 'xml-crypto';
import type { Credential } from './sp-credential.js';

import { entityFormat, samlAssertionNs, samlProtocolNs } from './spid-response.rules.js';
import { defined } from '@app/platform/errors';

export { entityFormat, samlAssertionNs, samlProtocolNs };
const dsNs = 'http://www.w3.org/2000/09/xmldsig#';

export const parseXml = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml');

/**
 * What node-saml cannot express and SPID requires: Issuer with NameQualifier and Format entity, no
 * AllowCreate, the ACS by index; then the request is signed again over the final XML.
 */
export function spidAuthnRequest(
  nodeSamlXml: string,
  entityId: string,
  credential: Credential,
): string {
  const doc = parseXml(nodeSamlXml);
  const request = defined(doc.documentElement);
  for (const signature of Array.from(request.getElementsByTagNameNS(dsNs, 'Signature')))
    signature.parentNode?.removeChild(signature);
  const issuer = defined(request.getElementsByTagNameNS(samlAssertionNs, 'Issuer')[0]);
  issuer.setAttribute('NameQualifier', entityId);
  issuer.setAttribute('Format', entityFormat);
  request.getElementsByTagNameNS(samlProtocolNs, 'NameIDPolicy')[0]?.removeAttribute('AllowCreate');
  request.removeAttribute('IsPassive');
  request.removeAttribute('ProtocolBinding');
  request.removeAttribute('AssertionConsumerServiceURL');
  request.setAttribute('AssertionConsumerServiceIndex', '0');
  return signElement(new XMLSerializer().serializeToString(doc), 'AuthnRequest', credential);
}

/** An enveloped RSA-SHA256 signature placed right after the Issuer, as SAML's schema wants it. */
export function signElement(
  xml: string,
  localName: string,
  credential: Credential,
  placement: 'after-issuer' | 'first-child' = 'after-issuer',
): string {
  const signer = new SignedXml({
    privateKey: credential.privateKeyPem,
    publicCert: credential.certificatePem,
    signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  });
  signer.addReference({
    xpath: `/*[local-name(.)='${localName}']`,
    transforms: [
      'http://www.w3.org/2000/09/xmldsig#enveloped-signature',
      'http://www.w3.org/2001/10/xml-exc-c14n#',
    ],
    digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
  });
  const location =
    placement === 'after-issuer'
      ? {
          reference: `/*[local-name(.)='${localName}']/*[local-name(.)='Issuer']`,
          action: 'after' as const,
        }
      : { reference: `/*[local-name(.)='${localName}']`, action: 'prepend' as const };
  signer.computeSignature(xml, { location });
  return signer.getSignedXml();
}

/**
 * An auto-submitting form: the HTTP-POST binding's way of carrying a SAML message through the
 * browser.
 */
export function sendPostForm(
  res: Response,
  action: string,
  fields: Record<string, string>,
  title = 'Reindirizzamento in corso',
): void {
  const nonce = randomBytes(16).toString('base64');
  const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`)
    .join('');
  // The page's only script is the one that submits the form; the form may go only to its target.
  res.setHeader(
    'content-security-policy',
    `default-src 'none'; script-src 'nonce-${nonce}'; form-action ` +
      `${new URL(action).origin}; base-uri 'none'`,
  );
  res.type('html')
    .send(`<!doctype html><html lang="it"><head><meta charset="utf-8"><title>${escape(title)}</title></head>
<body><form method="post" action="${escape(action)}">${inputs}
<p>${escape(title)}…</p><button type="submit">Continua</button></form>
<script nonce="${nonce}">document.forms[0].submit()</script></body></html>`);
}
