import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { SignedXml } from 'xml-crypto';
import { hiddenFields } from '@app/platform/testing';
import { assertionXml, responseXml } from '@app/sim-spid-idp';
import type { IdentityWorld, WorldPerson } from './harness.js';
import { defined } from '@app/platform/errors';

/** Changes made to the Assertion (before the IdP signs it) or to the Response (before it signs that). */
export interface Crafting {
  assertion?: (assertion: Element) => void;
  response?: (response: Element) => void;
  signatureAlgorithm?: 'sha256' | 'sha1';
  level?: number;
}

const saml = 'urn:oasis:names:tc:SAML:2.0:assertion';
const samlp = 'urn:oasis:names:tc:SAML:2.0:protocol';
const parse = (xml: string) =>
  defined(new DOMParser().parseFromString(xml, 'text/xml').documentElement);
const serialize = (element: Element) => new XMLSerializer().serializeToString(element);

/** The first descendant element with this local name (in either SAML namespace). */
export function find(root: Element, name: string): Element {
  const found =
    root.getElementsByTagNameNS(saml, name)[0] ?? root.getElementsByTagNameNS(samlp, name)[0];
  if (!found) throw new Error(`no ${name} in the crafted message`);
  return found;
}

export const remove = (element: Element) => defined(element.parentNode).removeChild(element);

/** Signs like an IdP (enveloped, exclusive c14n), the signature after the Issuer, or first if there is none. */
function sign(
  xml: string,
  localName: string,
  world: IdentityWorld,
  algorithm: 'sha256' | 'sha1',
): string {
  const hasIssuer = Array.from(parse(xml).childNodes).some(
    (n) => (n as Element).localName === 'Issuer',
  );
  const signer = new SignedXml({
    privateKey: world.idp.credential.privateKeyPem,
    publicCert: world.idp.credential.certificatePem,
    signatureAlgorithm:
      algorithm === 'sha1'
        ? 'http://www.w3.org/2000/09/xmldsig#rsa-sha1'
        : 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  });
  signer.addReference({
    xpath: `/*[local-name(.)='${localName}']`,
    transforms: [
      'http://www.w3.org/2000/09/xmldsig#enveloped-signature',
      'http://www.w3.org/2001/10/xml-exc-c14n#',
    ],
    digestAlgorithm:
      algorithm === 'sha1'
        ? 'http://www.w3.org/2000/09/xmldsig#sha1'
        : 'http://www.w3.org/2001/04/xmlenc#sha256',
  });
  signer.computeSignature(xml, {
    location: hasIssuer
      ? { reference: `/*[local-name(.)='${localName}']/*[local-name(.)='Issuer']`, action: 'after' }
      : { reference: `/*[local-name(.)='${localName}']`, action: 'prepend' },
  });
  return signer.getSignedXml();
}

/** Starts a login at the SP, as a browser would, and returns the ID of the AuthnRequest it made. */
export async function pendingRequest(world: IdentityWorld, level = 2): Promise<string> {
  const start = await fetch(`${world.url}/api/v1/auth/spid/login?idp=demo&level=${level}`);
  const request = Buffer.from(
    defined(hiddenFields(await start.text()).SAMLRequest),
    'base64',
  ).toString('utf8');
  return defined(parse(request).getAttribute('ID'));
}

/**
 * A SPID Response to a pending request, for a person, changed as a test asks and then signed with
 * the simulator IdP's own key: only the rule under test can make the SP refuse it.
 */
export function craftedResponse(
  world: IdentityWorld,
  requestId: string,
  person: WorldPerson,
  crafting: Crafting = {},
): string {
  const [givenName, ...family] = person.displayName.split(' ');
  const facts = {
    idpEntityId: world.idp.entityId,
    spEntityId: `${world.url}/api/v1/auth/spid/metadata`,
    acsUrl: `${world.url}/api/v1/auth/spid/acs`,
    inResponseTo: requestId,
    level: crafting.level ?? 2,
    attributes: {
      spidCode: 'SIMU0000000001',
      fiscalNumber: `TINIT-${person.fiscalCode}`,
      name: defined(givenName),
      familyName: family.join(' '),
      email: `${person.username}@example.it`,
    },
  };
  const algorithm = crafting.signatureAlgorithm ?? 'sha256';
  const assertion = parse(assertionXml(facts));
  crafting.assertion?.(assertion);
  const signedAssertion = sign(serialize(assertion), 'Assertion', world, algorithm);
  const response = parse(responseXml(facts, signedAssertion));
  crafting.response?.(response);
  return Buffer.from(sign(serialize(response), 'Response', world, algorithm)).toString('base64');
}
