import { certificatePemOf } from '@app/platform/x509';
import { createSign, createVerify } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { defined } from '@app/platform/errors';

const rsaSha256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';

/**
 * A SAML message in the HTTP-Redirect binding: deflated, and signed over the query string (Bindings
 * §3.4.4.1).
 */
export function redirectBindingUrl(
  target: string,
  kind: 'SAMLRequest' | 'SAMLResponse',
  xml: string,
  relayState: string,
  privateKeyPem: string,
): string {
  const query = new URLSearchParams({
    [kind]: deflateRawSync(xml).toString('base64'),
    RelayState: relayState,
    SigAlg: rsaSha256,
  }).toString();
  const signature = createSign('RSA-SHA256').update(query).sign(privateKeyPem, 'base64');
  return `${target}?${query}&Signature=${encodeURIComponent(signature)}`;
}

/**
 * The XML of a redirect-bound message if one of the certificates signed its query string; else
 * undefined.
 */
export function verifiedRedirectMessage(
  rawQuery: string,
  kind: 'SAMLRequest' | 'SAMLResponse',
  certificatesPem: string[],
): string | undefined {
  const parts = rawQuery.split('&');
  const raw = (name: string) => parts.find((part) => part.startsWith(`${name}=`));
  // The signed string is rebuilt from the parameters exactly as they were sent.
  const signed = [kind, 'RelayState', 'SigAlg'].map(raw).filter(Boolean).join('&');
  const params = new URLSearchParams(rawQuery);
  if (params.get('SigAlg') !== rsaSha256 || !params.get('Signature') || !params.get(kind))
    return undefined;
  const valid = certificatesPem.some((pem) =>
    createVerify('RSA-SHA256')
      .update(signed)
      .verify(pem, defined(params.get('Signature')), 'base64'),
  );
  if (!valid) return undefined;
  try {
    return inflateRawSync(Buffer.from(defined(params.get(kind)), 'base64')).toString('utf8');
  } catch {
    return undefined;
  }
}

export const certificatePem = certificatePemOf;
