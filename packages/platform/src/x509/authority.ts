import { generateRsaKeys, privateKeyPem, rsaSigning as algorithm, x509 } from './index.js';

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
}

export interface CertificationAuthority extends IssuedCertificate {
  name: string;
  issue(request: CertificateRequest): Promise<IssuedCertificate>;
}

/**
 * A certification authority made on this machine: for tests (CNS cards, TLS) and for the demo world's
 * signing certificates. Never a trust anchor outside development.
 */
export async function createCertificationAuthority(name: string, years = 1): Promise<CertificationAuthority> {
  const keys = await generateRsaKeys();
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01', name, keys, signingAlgorithm: algorithm,
    notBefore: new Date(Date.now() - 86_400_000), notAfter: new Date(Date.now() + years * 365 * 86_400_000),
    extensions: [new x509.BasicConstraintsExtension(true, 0, true), new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true)],
  });
  return authorityOf(ca, keys.privateKey, await privateKeyPem(keys.privateKey));
}

/** An authority kept on disk (the demo world's), able to issue again. */
export async function certificationAuthorityFromPem(certificatePem: string, keyPem: string): Promise<CertificationAuthority> {
  const der = Buffer.from(keyPem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64');
  const key = await crypto.subtle.importKey('pkcs8', der, algorithm, true, ['sign']);
  return authorityOf(new x509.X509Certificate(certificatePem), key, keyPem);
}

function authorityOf(ca: x509.X509Certificate, signingKey: CryptoKey, keyPem: string): CertificationAuthority {
  let serial = Number.parseInt(Date.now().toString().slice(-6), 10);
  return {
    name: ca.subject, certificatePem: ca.toString('pem'), privateKeyPem: keyPem, der: Buffer.from(ca.rawData),
    async issue(request) {
      const subjectKeys = await generateRsaKeys();
      const extensions: x509.Extension[] = [new x509.BasicConstraintsExtension(false, undefined, true)];
      if (request.policies?.length) extensions.push(new x509.CertificatePolicyExtension(request.policies));
      if (request.dnsNames?.length) extensions.push(new x509.SubjectAlternativeNameExtension(request.dnsNames.map((value) => ({ type: 'dns' as const, value }))));
      if (request.signing) extensions.push(new x509.KeyUsagesExtension(x509.KeyUsageFlags.nonRepudiation, true));
      else extensions.push(new x509.ExtendedKeyUsageExtension([request.serverAuth ? x509.ExtendedKeyUsage.serverAuth : x509.ExtendedKeyUsage.clientAuth]));
      const certificate = await x509.X509CertificateGenerator.create({
        serialNumber: (++serial).toString(16).padStart(2, '0'), subject: request.subject, issuer: ca.subject,
        notBefore: request.notBefore ?? new Date(Date.now() - 60_000), notAfter: request.notAfter ?? new Date(Date.now() + 30 * 86_400_000),
        publicKey: subjectKeys.publicKey, signingKey, signingAlgorithm: algorithm, extensions,
      });
      return { certificatePem: certificate.toString('pem'), privateKeyPem: await privateKeyPem(subjectKeys.privateKey), der: Buffer.from(certificate.rawData) };
    },
  };
}
