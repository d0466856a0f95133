import { DOMParser } from '@xmldom/xmldom';
import { SignedXml } from 'xml-crypto';
import { certificatePemOf } from '@app/platform/x509';

const dsNs = 'http://www.w3.org/2000/09/xmldsig#';
const tslNs = 'http://uri.etsi.org/02231/v2#';
/** Qualified certificates for signatures are issued by "CA/QC" services. */
const qualifiedCa = 'http://uri.etsi.org/TrstSvc/Svctype/CA/QC';
/**
 * Statuses under which a service's certificates are trusted today (eIDAS "granted", and the older
 * "accredited").
 */
const activeStatuses = new Set([
  'http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/granted',
  'http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/accredited',
]);

export interface QualifiedAuthority {
  provider: string;
  service: string;
  certificatePem: string;
}

const parse = (xml: string) =>
  new DOMParser({
    errorHandler: {
      error: (message: string) => {
        throw new Error(message);
      },
      fatalError: (message: string) => {
        throw new Error(message);
      },
    },
  }).parseFromString(xml, 'text/xml');

/**
 * The list's root, read only where its signature (by the operator's certificate) covers the whole
 * list: what the signature does not cover is never read.
 */
function signedListOf(tslXml: string, operatorCertificatePem: string): Element {
  const root = parse(tslXml).documentElement;
  if (!root || root.localName !== 'TrustServiceStatusList')
    throw new Error(
      'Il file non è una lista di fiducia (TrustServiceStatusList, ETSI TS 119 612).',
    );
  const signature = Array.from(root.childNodes).find(
    (node) =>
      node.nodeType === 1 &&
      (node as Element).localName === 'Signature' &&
      (node as Element).namespaceURI === dsNs,
  );
  if (!signature) throw new Error('La lista di fiducia non è firmata.');
  const verifier = new SignedXml({
    publicCert: operatorCertificatePem,
    getCertFromKeyInfo: () => null,
  });
  verifier.loadSignature(signature as unknown as Node);
  let valid: boolean;
  try {
    valid = verifier.checkSignature(tslXml);
  } catch {
    valid = false;
  }
  if (!valid)
    throw new Error(
      'La firma della lista di fiducia non è valida per il certificato del gestore indicato.',
    );
  const [signedList] = verifier.getSignedReferences();
  const signed = signedList ? parse(signedList).documentElement : null;
  if (!signed || signed.localName !== 'TrustServiceStatusList')
    throw new Error("La firma non copre l'intera lista di fiducia.");
  return signed;
}

/** The qualified CAs of one provider whose service is active (granted or its national equivalents). */
function activeQualifiedCas(provider: Element): QualifiedAuthority[] {
  const providerName = text(elements(provider, 'TSPName')[0], 'Name') ?? 'sconosciuto';
  return elements(provider, 'TSPService').flatMap((service) => {
    const information = elements(service, 'ServiceInformation')[0];
    if (!information) return [];
    const type = text(information, 'ServiceTypeIdentifier');
    const status = text(information, 'ServiceStatus');
    if (type !== qualifiedCa || !status || !activeStatuses.has(status)) return [];
    const serviceName = text(elements(information, 'ServiceName')[0], 'Name') ?? '';
    return elements(information, 'X509Certificate').map((certificate) => ({
      provider: providerName,
      service: serviceName,
      certificatePem: certificatePemOf((certificate.textContent ?? '').replace(/\s+/g, '')),
    }));
  });
}

/**
 * The qualified certification authorities of a national trusted list (ETSI TS 119 612, e.g. AgID's
 * TSL-IT.xml), read only from the part its XML signature covers, after checking that signature
 * against the scheme operator's certificate (published by AgID in the Gazzetta Ufficiale). A list
 * that is not signed by that certificate, or was changed after signing, is refused.
 */
export function qualifiedAuthoritiesOf(
  tslXml: string,
  operatorCertificatePem: string,
): QualifiedAuthority[] {
  const signed = signedListOf(tslXml, operatorCertificatePem);
  return elements(signed, 'TrustServiceProvider').flatMap(activeQualifiedCas);
}

const elements = (parent: Element | undefined, localName: string): Element[] =>
  parent
    ? (Array.from(parent.getElementsByTagNameNS(tslNs, localName)) as unknown as Element[])
    : [];

function text(parent: Element | undefined, localName: string): string | undefined {
  return elements(parent, localName)[0]?.textContent?.trim() || undefined;
}
