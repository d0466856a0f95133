// @peculiar/x509 resolves its ASN.1 types through decorators' metadata.
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config.js';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

export interface Credential {
  privateKeyPem: string;
  certificatePem: string;
}

const algorithm = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', publicExponent: new Uint8Array([1, 0, 1]), modulusLength: 2048 };

/**
 * The SP's signing key and self-signed certificate (allowed for public SPs, Avviso 28/2020), with the
 * subject and policy the SPID rules ask for; made once and kept, so the metadata stays stable.
 */
export async function spCredential(dataSource: DataSource, config: Config, entityId: string): Promise<Credential> {
  const [existing] = await dataSource.query('SELECT private_key_pem AS "privateKeyPem", certificate_pem AS "certificatePem" FROM service_credentials WHERE name = $1', ['spid-sp']);
  if (existing) return existing;
  const keys = await webcrypto.subtle.generateKey(algorithm, true, ['sign', 'verify']);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: Date.now().toString(16),
    name: `CN=${config.SPID_SP_ORGANIZATION}, O=${config.SPID_SP_ORGANIZATION}, 2.5.4.83=${entityId}, 2.5.4.97=PA:IT-${config.SPID_SP_IPA_CODE}, C=IT, L=Roma`,
    notBefore: new Date(Date.now() - 60_000),
    notAfter: new Date(Date.now() + 3 * 365 * 86_400_000),
    keys,
    signingAlgorithm: algorithm,
    extensions: [new x509.CertificatePolicyExtension(['1.3.76.16.4.2.1']), new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation, true)],
  }, webcrypto as unknown as Crypto);
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
  const credential = {
    privateKeyPem: `-----BEGIN PRIVATE KEY-----\n${pkcs8.toString('base64').match(/.{1,64}/g)!.join('\n')}\n-----END PRIVATE KEY-----\n`,
    certificatePem: certificate.toString('pem'),
  };
  // Two replicas may race on the first start: the first stored credential wins for both.
  await dataSource.query('INSERT INTO service_credentials (name, private_key_pem, certificate_pem) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
    ['spid-sp', credential.privateKeyPem, credential.certificatePem]);
  const [stored] = await dataSource.query('SELECT private_key_pem AS "privateKeyPem", certificate_pem AS "certificatePem" FROM service_credentials WHERE name = $1', ['spid-sp']);
  return stored;
}
