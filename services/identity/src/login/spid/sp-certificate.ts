import { AsnConvert } from '@peculiar/asn1-schema';
import {
  CertificatePolicies,
  DisplayText,
  id_ce_certificatePolicies,
  id_qt_unotice,
  PolicyInformation,
  PolicyQualifierInfo,
  UserNotice,
} from '@peculiar/asn1-x509';
import { selfSignedCredential, x509, type SigningCredential } from '@app/platform/x509';

/**
 * AgID's policy for certificates of its federations, and the one of public-sector SPID service
 * providers.
 */
export const agidCertPolicy = '1.3.76.16.6';
export const spidPublicSpPolicy = '1.3.76.16.4.2.1';

const policy = (id: string, notice: string) =>
  new PolicyInformation({
    policyIdentifier: id,
    policyQualifiers: [
      new PolicyQualifierInfo({
        policyQualifierId: id_qt_unotice,
        qualifier: AsnConvert.serialize(
          new UserNotice({ explicitText: new DisplayText({ utf8String: notice }) }),
        ),
      }),
    ],
  });

export interface SpIdentity {
  organization: string;
  entityId: string;
  ipaCode: string;
  locality: string;
}

/**
 * The SP's self-signed signing certificate as Avviso SPID n.29 v3 profiles it for a public body:
 * the subject names the organisation, its IPA code and the entity ID; CA false; key usage critical
 * with digital signature and non-repudiation only; policies agIDcert and cert_SP_Pub, neither
 * critical.
 */
export function spidSpCertificate(sp: SpIdentity): Promise<SigningCredential> {
  const escape = (value: string) => value.replace(/([,+"\\<>;=])/g, '\\$1');
  return selfSignedCredential({
    name: [
      `CN=${escape(sp.organization)}`,
      `O=${escape(sp.organization)}`,
      `2.5.4.97=PA:IT-${escape(sp.ipaCode)}`,
      `2.5.4.83=${escape(sp.entityId)}`,
      'C=IT',
      `L=${escape(sp.locality)}`,
    ].join(', '),
    years: 3,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, false),
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation,
        true,
      ),
      new x509.Extension(
        id_ce_certificatePolicies,
        false,
        AsnConvert.serialize(
          new CertificatePolicies([
            policy(agidCertPolicy, 'agIDcert'),
            policy(spidPublicSpPolicy, 'cert_SP_Pub'),
          ]),
        ),
      ),
    ],
  });
}

/** Whether a stored certificate already has the profile (earlier versions made it without). */
export function hasSpidProfile(certificatePem: string): boolean {
  const certificate = new x509.X509Certificate(certificatePem);
  const policies = certificate.getExtension(x509.CertificatePolicyExtension)?.policies ?? [];
  return (
    Boolean(certificate.getExtension(x509.BasicConstraintsExtension)) &&
    policies.includes(agidCertPolicy) &&
    policies.includes(spidPublicSpPolicy)
  );
}
