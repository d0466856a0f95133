import { randomUUID } from 'node:crypto';
import { SignedXml } from 'xml-crypto';
import type { SigningCredential } from './keys.js';

export const levels = [
  'https://www.spid.gov.it/SpidL1',
  'https://www.spid.gov.it/SpidL2',
  'https://www.spid.gov.it/SpidL3',
];
const entityFormat = 'urn:oasis:names:tc:SAML:2.0:nameid-format:entity';
export const escapeXml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface AssertionFacts {
  idpEntityId: string;
  spEntityId: string;
  acsUrl: string;
  inResponseTo: string;
  level: number;
  attributes: Record<string, string>;
  sessionIndex?: string;
  nameId?: string;
  audience?: string;
  recipient?: string;
  issueInstant?: Date;
  lifetimeSeconds?: number;
}

/**
 * Signs the element with the given local name (enveloped, RSA-SHA256), the signature after its
 * Issuer.
 */
export function signSaml(
  xml: string,
  xpathToElement: string,
  credential: SigningCredential,
): string {
  const signer = new SignedXml({
    privateKey: credential.privateKeyPem,
    publicCert: credential.certificatePem,
    signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  });
  signer.addReference({
    xpath: xpathToElement,
    transforms: [
      'http://www.w3.org/2000/09/xmldsig#enveloped-signature',
      'http://www.w3.org/2001/10/xml-exc-c14n#',
    ],
    digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
  });
  signer.computeSignature(xml, {
    location: { reference: `${xpathToElement}/*[local-name(.)='Issuer']`, action: 'after' },
  });
  return signer.getSignedXml();
}

/**
 * A SPID-shaped assertion (reference/identity.md §1.2–1.3): transient NameID with NameQualifier,
 * bearer confirmation, typed attributes.
 */
export function assertionXml(facts: AssertionFacts, id = `_${randomUUID()}`): string {
  const issued = facts.issueInstant ?? new Date();
  const expires = new Date(issued.getTime() + (facts.lifetimeSeconds ?? 300) * 1000).toISOString();
  const sessionIndex = facts.sessionIndex ? ` SessionIndex="${facts.sessionIndex}"` : '';
  const attributes = Object.entries(facts.attributes)
    .map(
      ([name, value]) =>
        `<saml:Attribute Name="${name}" ` +
        `NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic"><saml:AttributeValue ` +
        `xsi:type="xs:string">${escapeXml(value)}</saml:AttributeValue></saml:Attribute>`,
    )
    .join('');
  return (
    `<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ` +
    `xmlns:xs="http://www.w3.org/2001/XMLSchema" ` +
    `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ID="${id}" ` +
    `Version="2.0" IssueInstant="${issued.toISOString()}">` +
    `<saml:Issuer Format="${entityFormat}">${escapeXml(facts.idpEntityId)}</saml:Issuer>` +
    `<saml:Subject><saml:NameID ` +
    `Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient" ` +
    `NameQualifier="${escapeXml(facts.idpEntityId)}">${escapeXml(facts.nameId ?? `_${randomUUID()}`)}</saml:NameID>` +
    `<saml:SubjectConfirmation ` +
    `Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData ` +
    `InResponseTo="${escapeXml(facts.inResponseTo)}" ` +
    `NotOnOrAfter="${expires}" ` +
    `Recipient="${escapeXml(facts.recipient ?? facts.acsUrl)}"/></saml:SubjectConfirmation></saml:Subject>` +
    `<saml:Conditions NotBefore="${issued.toISOString()}" ` +
    `NotOnOrAfter="${expires}"><saml:AudienceRestriction>` +
    `<saml:Audience>${escapeXml(facts.audience ?? facts.spEntityId)}</saml:Audience>` +
    `</saml:AudienceRestriction></saml:Conditions>` +
    `<saml:AuthnStatement ` +
    `AuthnInstant="${issued.toISOString()}"${sessionIndex}><saml:AuthnContext>` +
    `<saml:AuthnContextClassRef>${levels[facts.level - 1]}</saml:AuthnContextClassRef>` +
    `</saml:AuthnContext></saml:AuthnStatement>` +
    `<saml:AttributeStatement>${attributes}</saml:AttributeStatement></saml:Assertion>`
  );
}

export function responseXml(
  facts: Pick<
    AssertionFacts,
    'idpEntityId' | 'acsUrl' | 'inResponseTo' | 'recipient' | 'issueInstant'
  >,
  assertions: string,
): string {
  return (
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ` +
    `xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_${randomUUID()}" ` +
    `Version="2.0" ` +
    `IssueInstant="${(facts.issueInstant ?? new Date()).toISOString()}" ` +
    `Destination="${escapeXml(facts.recipient ?? facts.acsUrl)}" ` +
    `InResponseTo="${escapeXml(facts.inResponseTo)}">` +
    `<saml:Issuer Format="${entityFormat}">${escapeXml(facts.idpEntityId)}</saml:Issuer>` +
    '<samlp:Status><samlp:StatusCode ' +
    'Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>' +
    `${assertions}</samlp:Response>`
  );
}
