import { randomBytes } from 'node:crypto';
import { generateRsaKeys, privateKeyPem, rsaSigning as algorithm, x509 } from './keys.js';
import { defined } from '../errors/index.js';

export interface IssuedCertificate {
  certificatePem: string;
  privateKeyPem: string;
  der: Buffer;
}

export interface CertificateRequest {
  subject: string;
  policies?: string[];
  notAfter?: Date;
  notBefore?: Date;
  dnsNames?: string[];
  /** A TLS server's certificate rather than a client's (a smart card's). */
  serverAuth?: boolean;
  /** A signing certificate (key usage non-repudiation), as qualified signatures use. */
  signing?: boolean;
  /**
   * A time-stamping authority's certificate (extended key usage timeStamping, critical, RFC 3161
   * §2.3).
   */
  timeStamping?: boolean;
  /**
   * Where verifiers ask whether the certificate was revoked: the CRL distribution point and the
   * OCSP responder.
   */
  revocation?: { crlUrl: string; ocspUrl: string };
}

export interface CertificationAuthority extends IssuedCertificate {
  name: string;
  /** The authority's own key: it signs what it issues, its CRLs and its OCSP answers. */
  signingKey: CryptoKey;
  issue(request: CertificateRequest): Promise<IssuedCertificate>;
}

/**
 * A certification authority made on this machine: for tests (CNS cards, TLS) and for the demo
 * world's signing certificates. Never a trust anchor outside development.
 */
export async function createCertificationAuthority(
  name: string,
  years = 1,
): Promise<CertificationAuthority> {
  const keys = await generateRsaKeys();
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name,
    keys,
    signingAlgorithm: algorithm,
    notBefore: new Date(Date.now() - 86_400_000),
    notAfter: new Date(Date.now() + years * 365 * 86_400_000),
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign,
        true,
      ),
    ],
  });
  return authorityOf(ca, keys.privateKey, await privateKeyPem(keys.privateKey));
}

/** An authority kept on disk (the demo world's), able to issue again. */
export async function certificationAuthorityFromPem(
  certificatePem: string,
  keyPem: string,
): Promise<CertificationAuthority> {
  const der = Buffer.from(keyPem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64');
  const key = await crypto.subtle.importKey('pkcs8', der, algorithm, true, ['sign']);
  return authorityOf(new x509.X509Certificate(certificatePem), key, keyPem);
}

/**
 * 64 random bits, positive (RFC 5280 §4.1.2.2): two copies of one authority never issue the same
 * serial.
 */
const randomSerial = () => {
  const bytes = randomBytes(8);
  bytes[0] = (defined(bytes[0]) & 0x7f) | 0x01;
  return bytes.toString('hex');
};

/** The extensions of a certificate as the request asks: its use, names, policies, revocation. */
function extensionsFor(request: CertificateRequest): x509.Extension[] {
  const extensions: x509.Extension[] = [new x509.BasicConstraintsExtension(false, undefined, true)];
  if (request.policies?.length)
    extensions.push(new x509.CertificatePolicyExtension(request.policies));
  if (request.dnsNames?.length) {
    const names = request.dnsNames.map((value) => ({ type: 'dns' as const, value }));
    extensions.push(new x509.SubjectAlternativeNameExtension(names));
  }
  if (request.revocation) {
    extensions.push(new x509.CRLDistributionPointsExtension([request.revocation.crlUrl]));
    extensions.push(new x509.AuthorityInfoAccessExtension({ ocsp: request.revocation.ocspUrl }));
  }
  extensions.push(...usageOf(request));
  return extensions;
}

/** Signing (non-repudiation), time-stamping, or TLS (server or client). */
function usageOf(request: CertificateRequest): x509.Extension[] {
  const { KeyUsagesExtension, KeyUsageFlags, ExtendedKeyUsageExtension, ExtendedKeyUsage } = x509;
  if (request.signing) return [new KeyUsagesExtension(KeyUsageFlags.nonRepudiation, true)];
  if (request.timeStamping)
    return [
      new KeyUsagesExtension(KeyUsageFlags.digitalSignature, true),
      new ExtendedKeyUsageExtension([ExtendedKeyUsage.timeStamping], true),
    ];
  const tls = request.serverAuth ? ExtendedKeyUsage.serverAuth : ExtendedKeyUsage.clientAuth;
  return [new ExtendedKeyUsageExtension([tls])];
}

function authorityOf(
  ca: x509.X509Certificate,
  signingKey: CryptoKey,
  keyPem: string,
): CertificationAuthority {
  return {
    name: ca.subject,
    certificatePem: ca.toString('pem'),
    privateKeyPem: keyPem,
    der: Buffer.from(ca.rawData),
    signingKey,
    async issue(request) {
      const subjectKeys = await generateRsaKeys();
      const certificate = await x509.X509CertificateGenerator.create({
        serialNumber: randomSerial(),
        subject: request.subject,
        issuer: ca.subject,
        notBefore: request.notBefore ?? new Date(Date.now() - 60_000),
        notAfter: request.notAfter ?? new Date(Date.now() + 30 * 86_400_000),
        publicKey: subjectKeys.publicKey,
        signingKey,
        signingAlgorithm: algorithm,
        extensions: extensionsFor(request),
      });
      return {
        certificatePem: certificate.toString('pem'),
        privateKeyPem: await privateKeyPem(subjectKeys.privateKey),
        der: Buffer.from(certificate.rawData),
      };
    },
  };
}
