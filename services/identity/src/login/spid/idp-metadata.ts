import { DOMParser } from '@xmldom/xmldom';
import { providerUnavailable, providerUnknown } from '../login.rules.js';
import { defined } from '@app/platform/errors';

const md = 'urn:oasis:names:tc:SAML:2.0:metadata';
const ds = 'http://www.w3.org/2000/09/xmldsig#';
const postBinding = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST';
const redirectBinding = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';

export interface IdentityProvider {
  name: string;
  entityId: string;
  ssoPostUrl: string;
  sloRedirectUrl?: string;
  /** Base64 DER signing certificates. */
  certificates: string[];
}

/** Reads what the SP needs from an IdP's SAML metadata. */
export function parseIdpMetadata(name: string, xml: string): IdentityProvider {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const entity = doc.getElementsByTagNameNS(md, 'EntityDescriptor')[0];
  const descriptor = doc.getElementsByTagNameNS(md, 'IDPSSODescriptor')[0];
  if (!entity || !descriptor) throw new Error(`metadata of ${name} has no IDPSSODescriptor`);
  const endpoint = (tag: string, binding: string) =>
    Array.from(descriptor.getElementsByTagNameNS(md, tag))
      .find((e) => e.getAttribute('Binding') === binding)
      ?.getAttribute('Location') ?? undefined;
  const certificates = Array.from(descriptor.getElementsByTagNameNS(md, 'KeyDescriptor'))
    .filter((k) => (k.getAttribute('use') ?? 'signing') === 'signing')
    .flatMap((k) =>
      Array.from(k.getElementsByTagNameNS(ds, 'X509Certificate')).map((c) =>
        (c.textContent ?? '').replace(/\s+/g, ''),
      ),
    );
  const ssoPostUrl = endpoint('SingleSignOnService', postBinding);
  if (!ssoPostUrl || certificates.length === 0)
    throw new Error(`metadata of ${name} lacks an HTTP-POST SSO endpoint or a signing certificate`);
  return {
    name,
    entityId: defined(entity.getAttribute('entityID')),
    ssoPostUrl,
    sloRedirectUrl: endpoint('SingleLogoutService', redirectBinding),
    certificates,
  };
}

const cacheMs = 60_000;

/** The trusted IdPs, each fetched from its configured metadata URL and kept for a minute. */
export function identityProviders(metadataUrls: Record<string, string>) {
  const cache = new Map<string, { idp: IdentityProvider; at: number }>();
  return {
    names: Object.keys(metadataUrls),
    async byName(name: string): Promise<IdentityProvider> {
      const url = metadataUrls[name];
      if (!url) throw providerUnknown(name, Object.keys(metadataUrls));
      const cached = cache.get(name);
      if (cached && Date.now() - cached.at < cacheMs) return cached.idp;
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) }).catch(
        () => undefined,
      );
      if (!response?.ok) throw providerUnavailable(name);
      const idp = parseIdpMetadata(name, await response.text());
      cache.set(name, { idp, at: Date.now() });
      return idp;
    },
    async byEntityId(entityId: string): Promise<IdentityProvider | undefined> {
      for (const name of Object.keys(metadataUrls)) {
        const idp = await this.byName(name);
        if (idp.entityId === entityId) return idp;
      }
      return undefined;
    },
  };
}

export type IdentityProviders = ReturnType<typeof identityProviders>;
