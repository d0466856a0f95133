import { DOMParser } from '@xmldom/xmldom';
import { SignedXml } from 'xml-crypto';
import { levels } from './saml-messages.js';
import { defined } from '@app/platform/errors';

const saml = 'urn:oasis:names:tc:SAML:2.0:assertion';
const samlp = 'urn:oasis:names:tc:SAML:2.0:protocol';

export interface AuthnRequest {
  id: string;
  spEntityId: string;
  level: number;
  xml: string;
}

/** Reads an AuthnRequest and lists what breaks the SPID rules (reference/identity.md §1.1). */
export function readAuthnRequest(xml: string): { request?: AuthnRequest; problems: string[] } {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const root = doc.documentElement;
  if (!root || root.localName !== 'AuthnRequest' || root.namespaceURI !== samlp)
    return { problems: ['il messaggio non è una AuthnRequest SAML 2.0'] };
  const problems: string[] = [];
  const issuer = root.getElementsByTagNameNS(saml, 'Issuer')[0];
  if (!issuer?.textContent) problems.push('Issuer mancante');
  if (issuer && !issuer.getAttribute('NameQualifier')) problems.push('Issuer senza NameQualifier');
  if (issuer?.getAttribute('Format') !== 'urn:oasis:names:tc:SAML:2.0:nameid-format:entity')
    problems.push('Issuer senza Format entity');
  if (root.hasAttribute('IsPassive')) problems.push('IsPassive non deve essere presente');
  const classRefs = Array.from(root.getElementsByTagNameNS(saml, 'AuthnContextClassRef')).map((e) =>
    (e.textContent ?? '').trim(),
  );
  if (classRefs.length !== 1)
    problems.push('RequestedAuthnContext deve contenere un solo AuthnContextClassRef');
  const level = levels.indexOf(classRefs[0] ?? '') + 1;
  if (level === 0) problems.push('livello SPID richiesto non riconosciuto');
  if (level >= 2 && root.getAttribute('ForceAuthn') !== 'true')
    problems.push('ForceAuthn obbligatorio dal livello 2');
  if (!root.getElementsByTagNameNS('http://www.w3.org/2000/09/xmldsig#', 'Signature')[0])
    problems.push('richiesta non firmata');
  if (problems.length) return { problems };
  return {
    request: {
      id: root.getAttribute('ID') ?? '',
      spEntityId: defined(defined(issuer).textContent).trim(),
      level,
      xml,
    },
    problems,
  };
}

/**
 * True if the request carries a valid signature, over the request itself, by one of the SP's
 * certificates.
 */
export function signedBy(request: AuthnRequest, certificatesPem: string[]): boolean {
  const doc = new DOMParser().parseFromString(request.xml, 'text/xml');
  const signature = doc.getElementsByTagNameNS(
    'http://www.w3.org/2000/09/xmldsig#',
    'Signature',
  )[0];
  if (!signature) return false;
  return certificatesPem.some((certificate) => {
    const verifier = new SignedXml({ publicCert: certificate, getCertFromKeyInfo: () => null });
    verifier.loadSignature(signature);
    try {
      return (
        verifier.checkSignature(request.xml) &&
        verifier.getSignedReferences().length === 1 &&
        verifier.getReferences()[0]?.uri === `#${request.id}`
      );
    } catch {
      return false;
    }
  });
}
