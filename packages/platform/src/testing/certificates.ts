import { generateRsaKeys, privateKeyPem, rsaSigning as algorithm, x509 } from '../x509/index.js';

export interface IssuedCertificate {
  certificatePem: string;
  privateKeyPem: string;
  der: Buffer;
}

export interface TestAuthority extends IssuedCertificate {
  name: string;
  /** Issues an end-entity certificate (a smart card's, a TLS server's). */
  issue(options: { subject: string; policies?: string[]; notAfter?: Date; notBefore?: Date; dnsNames?: string[]; serverAuth?: boolean }): Promise<IssuedCertificate>;
}

/** A certification authority made at test time, never downloaded: for CNS cards and TLS in tests. */
export async function createTestAuthority(name: string): Promise<TestAuthority> {
  const keys = await generateRsaKeys();
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01', name, keys, signingAlgorithm: algorithm,
    notBefore: new Date(Date.now() - 86_400_000), notAfter: new Date(Date.now() + 365 * 86_400_000),
    extensions: [new x509.BasicConstraintsExtension(true, 0, true), new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true)],
  });
  let serial = 1;
  return {
    name, certificatePem: ca.toString('pem'), privateKeyPem: await privateKeyPem(keys.privateKey), der: Buffer.from(ca.rawData),
    async issue(options) {
      const subjectKeys = await generateRsaKeys();
      const extensions: x509.Extension[] = [new x509.BasicConstraintsExtension(false, undefined, true)];
      if (options.policies?.length) extensions.push(new x509.CertificatePolicyExtension(options.policies));
      if (options.dnsNames?.length) extensions.push(new x509.SubjectAlternativeNameExtension(options.dnsNames.map((value) => ({ type: 'dns' as const, value }))));
      extensions.push(new x509.ExtendedKeyUsageExtension([options.serverAuth ? x509.ExtendedKeyUsage.serverAuth : x509.ExtendedKeyUsage.clientAuth]));
      const certificate = await x509.X509CertificateGenerator.create({
        serialNumber: (++serial).toString(16).padStart(2, '0'), subject: options.subject, issuer: ca.subject,
        notBefore: options.notBefore ?? new Date(Date.now() - 60_000), notAfter: options.notAfter ?? new Date(Date.now() + 30 * 86_400_000),
        publicKey: subjectKeys.publicKey, signingKey: keys.privateKey, signingAlgorithm: algorithm, extensions,
      });
      return { certificatePem: certificate.toString('pem'), privateKeyPem: await privateKeyPem(subjectKeys.privateKey), der: Buffer.from(certificate.rawData) };
    },
  };
}
