import { certificatePemOf } from '@app/platform/x509';
import { DOMParser } from '@xmldom/xmldom';
import { defined } from '@app/platform/errors';

const md = 'urn:oasis:names:tc:SAML:2.0:metadata';

export interface ServiceProvider {
  entityId: string;
  acsUrl: string;
  sloUrl?: string;
  certificatesPem: string[];
}

const pem = certificatePemOf;

/**
 * Service providers known to the simulator, each read from its metadata. As with the SPID registry,
 * an SP is trusted only through its metadata; here it is fetched from the entity ID (an https URL).
 */
export function serviceProviders(
  metadataUrlOf: (entityId: string) => string = (entityId) => entityId,
) {
  const known = new Map<string, ServiceProvider>();
  return async (entityId: string): Promise<ServiceProvider> => {
    const cached = known.get(entityId);
    if (cached) return cached;
    const response = await fetch(metadataUrlOf(entityId), { signal: AbortSignal.timeout(5_000) });
    if (!response.ok)
      throw new Error(
        `metadati del service provider ${entityId} non raggiungibili (${response.status})`,
      );
    const doc = new DOMParser().parseFromString(await response.text(), 'text/xml');
    const descriptor = doc.getElementsByTagNameNS(md, 'SPSSODescriptor')[0];
    if (!descriptor)
      throw new Error(`metadati del service provider ${entityId} senza SPSSODescriptor`);
    const acs = Array.from(descriptor.getElementsByTagNameNS(md, 'AssertionConsumerService')).find(
      (e) => e.getAttribute('index') === '0',
    );
    const slo = descriptor.getElementsByTagNameNS(md, 'SingleLogoutService')[0];
    const certificates = Array.from(
      descriptor.getElementsByTagNameNS('http://www.w3.org/2000/09/xmldsig#', 'X509Certificate'),
    ).map((c) => pem((c.textContent ?? '').replace(/\s+/g, '')));
    if (!acs?.getAttribute('Location') || certificates.length === 0)
      throw new Error(`metadati del service provider ${entityId} incompleti`);
    const sp = {
      entityId,
      acsUrl: defined(acs.getAttribute('Location')),
      sloUrl: slo?.getAttribute('Location') ?? undefined,
      certificatesPem: certificates,
    };
    known.set(entityId, sp);
    return sp;
  };
}
