import type { Config } from '../../config.js';
import type { Credential } from './sp-credential.js';
import { signElement } from './spid-xml.js';

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const certificateBody = (pem: string) => pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');

/**
 * The requested attributes: what the platform needs to know the person (AttributeConsumingService
 * 0).
 */
const requestedAttributes = ['fiscalNumber', 'name', 'familyName', 'email', 'spidCode'];

/**
 * SP metadata as SPID asks (reference/identity.md §1.4): signed, POST ACS index 0, SLO,
 * organisation, public-body contact.
 */
export function spMetadata(
  config: Config,
  urls: { entityId: string; acsUrl: string; sloUrl: string },
  credential: Credential,
): string {
  const organisation = escape(config.SPID_SP_ORGANIZATION);
  // Stable for an entity ID, so the metadata only changes when what it says changes.
  const id = `_${Buffer.from(urls.entityId).toString('hex').slice(0, 32)}`;
  const xml = `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"
  xmlns:spid="https://spid.gov.it/saml-extensions" entityID="${escape(urls.entityId)}" ID="${id}">
<md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"
  AuthnRequestsSigned="true" WantAssertionsSigned="true">
<md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
<ds:X509Data><ds:X509Certificate>${certificateBody(credential.certificatePem)}</ds:X509Certificate>
</ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
<md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
  Location="${escape(urls.sloUrl)}"/>
<md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>
<md:AssertionConsumerService index="0" isDefault="true"
  Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${escape(urls.acsUrl)}"/>
<md:AttributeConsumingService index="0">
<md:ServiceName xml:lang="it">${organisation}</md:ServiceName>
${requestedAttributes.map((name) => `<md:RequestedAttribute Name="${name}"/>`).join('\n')}
</md:AttributeConsumingService>
</md:SPSSODescriptor>
<md:Organization><md:OrganizationName xml:lang="it">${organisation}</md:OrganizationName>
<md:OrganizationDisplayName xml:lang="it">${organisation}</md:OrganizationDisplayName>
<md:OrganizationURL xml:lang="it">${escape(config.PUBLIC_URL)}</md:OrganizationURL>
</md:Organization>
<md:ContactPerson contactType="other"><md:Extensions>
<spid:IPACode>${escape(config.SPID_SP_IPA_CODE)}</spid:IPACode><spid:Public/></md:Extensions>
<md:EmailAddress>${escape(config.SPID_SP_CONTACT_EMAIL)}</md:EmailAddress></md:ContactPerson>
</md:EntityDescriptor>`;
  return signElement(xml, 'EntityDescriptor', credential, 'first-child');
}
