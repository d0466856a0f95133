import { readFileSync } from 'node:fs';
import { cnsRefused } from '../login.rules.js';
import { checkFiscalCode } from '@app/italian-codes';
import { x509 } from '@app/platform/x509';

/**
 * Certificate policies of a Carta Nazionale dei Servizi and of the CIE's authentication
 * certificate.
 */
export const acceptedPolicies = ['1.3.76.16.2.1', '1.3.76.47.4'];
const serialNumberOid = '2.5.4.5';

/** The CAs of a PEM bundle (the AgID trusted list, filtered, in production). */
export function readTrustedCas(path: string): x509.X509Certificate[] {
  const pem = readFileSync(path, 'utf8');
  return (pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []).map(
    (block) => new x509.X509Certificate(block),
  );
}

/**
 * Checks a card's certificate (issued by a trusted CA, in its validity period, with the CNS or CIE
 * policy) and reads the codice fiscale: `serialNumber` (`TINIT-…`) first, else the CN before the
 * `/`.
 */
export async function cnsIdentity(
  der: Buffer,
  trusted: x509.X509Certificate[],
  now = new Date(),
): Promise<{ fiscalCode: string; issuer: string }> {
  let certificate: x509.X509Certificate;
  try {
    certificate = new x509.X509Certificate(new Uint8Array(der));
  } catch {
    throw cnsRefused('Il certificato presentato non è leggibile.');
  }
  if (certificate.notBefore > now || certificate.notAfter < now)
    throw cnsRefused('Il certificato della carta è scaduto o non ancora valido.');
  const issuers = trusted.filter((ca) => ca.subject === certificate.issuer);
  let signedByTrusted = false;
  for (const ca of issuers)
    if (await certificate.verify({ publicKey: ca.publicKey, signatureOnly: true }))
      signedByTrusted = true;
  if (!signedByTrusted)
    throw cnsRefused(
      "Il certificato non è stato emesso da un'autorità di certificazione riconosciuta.",
    );
  const policies = certificate.getExtension(x509.CertificatePolicyExtension)?.policies ?? [];
  if (!policies.some((policy) => acceptedPolicies.includes(policy)))
    throw cnsRefused('Il certificato non è di una Carta Nazionale dei Servizi o di una CIE.');
  const serial = certificate.subjectName.getField(serialNumberOid)[0];
  const commonName = certificate.subjectName.getField('CN')[0];
  const fromSerial = serial?.toUpperCase().startsWith('TINIT-') ? serial : undefined;
  const fiscal = checkFiscalCode(fromSerial ?? (commonName?.split('/')[0] ?? '').slice(0, 16));
  if (!fiscal.valid)
    throw cnsRefused(`Il codice fiscale del certificato non è valido: ${fiscal.reason}`);
  return { fiscalCode: fiscal.code, issuer: certificate.issuer };
}
