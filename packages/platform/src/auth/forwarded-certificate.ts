import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * How the TLS terminator (the gateway) hands a verified client certificate to the identity service:
 * the certificate, the time, and an HMAC of both under a secret only they share. The gateway drops
 * these headers from every client request first, and a copied set expires within `maxAgeSeconds`.
 */
export const forwardedCertificateHeaders = {
  certificate: 'x-client-cert',
  time: 'x-client-cert-time',
  signature: 'x-client-cert-signature',
} as const;

const maxAgeSeconds = 30;
const mac = (secret: string, time: string, certificate: string) =>
  createHmac('sha256', secret).update(`${time}.${certificate}`).digest('base64url');

export function signForwardedCertificate(
  certificateDer: Buffer,
  secret: string,
  now = Date.now(),
): Record<string, string> {
  const certificate = certificateDer.toString('base64');
  const time = String(Math.floor(now / 1000));
  return {
    [forwardedCertificateHeaders.certificate]: certificate,
    [forwardedCertificateHeaders.time]: time,
    [forwardedCertificateHeaders.signature]: mac(secret, time, certificate),
  };
}

/**
 * The forwarded certificate (DER), if the headers came from the trusted terminator; else undefined.
 */
export function verifiedForwardedCertificate(
  header: (name: string) => string | undefined,
  secret: string,
  now = Date.now(),
): Buffer | undefined {
  const certificate = header(forwardedCertificateHeaders.certificate);
  const time = header(forwardedCertificateHeaders.time);
  const signature = header(forwardedCertificateHeaders.signature);
  if (!certificate || !time || !signature) return undefined;
  if (Math.abs(now / 1000 - Number(time)) > maxAgeSeconds) return undefined;
  const expected = Buffer.from(mac(secret, time, certificate));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  return Buffer.from(certificate, 'base64');
}
