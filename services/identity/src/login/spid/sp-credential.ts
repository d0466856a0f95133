import type { DataSource } from 'typeorm';
import { selfSignedCredential, x509 } from '@app/platform/x509';
import type { Config } from '../../config.js';

export interface Credential {
  privateKeyPem: string;
  certificatePem: string;
}

const storedCredential = 'SELECT private_key_pem AS "privateKeyPem", certificate_pem AS "certificatePem" FROM service_credentials WHERE name = $1';

/**
 * The SP's signing key and self-signed certificate (allowed for public SPs, Avviso 28/2020), with the
 * subject and policy the SPID rules ask for; made once and kept, so the metadata stays stable.
 */
export async function spCredential(dataSource: DataSource, config: Config, entityId: string): Promise<Credential> {
  const [existing] = await dataSource.query(storedCredential, ['spid-sp']);
  if (existing) return existing;
  const credential = await selfSignedCredential({
    name: `CN=${config.SPID_SP_ORGANIZATION}, O=${config.SPID_SP_ORGANIZATION}, 2.5.4.83=${entityId}, 2.5.4.97=PA:IT-${config.SPID_SP_IPA_CODE}, C=IT, L=Roma`,
    years: 3,
    extensions: [new x509.CertificatePolicyExtension(['1.3.76.16.4.2.1']), new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation, true)],
  });
  // Two replicas may race on the first start: the first stored credential wins for both.
  await dataSource.query('INSERT INTO service_credentials (name, private_key_pem, certificate_pem) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
    ['spid-sp', credential.privateKeyPem, credential.certificatePem]);
  const [stored] = await dataSource.query(storedCredential, ['spid-sp']);
  return stored;
}
