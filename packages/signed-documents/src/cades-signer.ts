import { createHash, webcrypto } from 'node:crypto';
import { asn1js, certificatesFromPem, oids, pkijs } from './cms-engine.js';

export interface SigningIdentity {
  certificatePem: string;
  privateKeyPem: string;
  /** The issuing CAs, carried in the envelope so verifiers can build the chain. */
  chainPem?: string;
}

const attribute = (type: string, value: asn1js.AsnType) =>
  new pkijs.Attribute({ type, values: [value] });

/**
 * The signed attributes of CAdES-BES: content type, message digest, signing time and
 * signingCertificateV2, which binds the signer's certificate (by its SHA-256) into the signature.
 */
function signedAttributes(content: Buffer, certificate: pkijs.Certificate, signingTime: Date) {
  const digest = createHash('sha256').update(content).digest();
  const certificateDer = Buffer.from(certificate.toSchema().toBER());
  const certificateHash = createHash('sha256').update(certificateDer).digest();
  // SigningCertificateV2 { certs SEQUENCE OF ESSCertIDv2 { certHash } }: SHA-256 is the default.
  const essCertId = new asn1js.Sequence({
    value: [new asn1js.OctetString({ valueHex: certificateHash })],
  });
  const signingCertificate = new asn1js.Sequence({
    value: [new asn1js.Sequence({ value: [essCertId] })],
  });
  return new pkijs.SignedAndUnsignedAttributes({
    type: 0,
    attributes: [
      attribute(oids.contentType, new asn1js.ObjectIdentifier({ value: oids.data })),
      attribute(oids.messageDigest, new asn1js.OctetString({ valueHex: digest })),
      attribute(oids.signingTime, new asn1js.UTCTime({ valueDate: signingTime })),
      attribute(oids.signingCertificateV2, signingCertificate),
    ],
  });
}

/**
 * A CAdES-BES attached signature (`.p7m`, DER) of `content`: content type, message digest, signing
 * time and signingCertificateV2 as signed attributes, SHA-256 with RSA. What a qualified signature
 * device produces, made here with a software key for the demo world.
 */
export async function signCades(
  content: Buffer,
  identity: SigningIdentity,
  signingTime = new Date(),
): Promise<Buffer> {
  const [certificate] = certificatesFromPem(identity.certificatePem);
  if (!certificate) throw new Error('Certificato del firmatario mancante');
  const chain = identity.chainPem ? certificatesFromPem(identity.chainPem) : [];
  const key = await webcrypto.subtle.importKey(
    'pkcs8',
    pemBody(identity.privateKeyPem),
    { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const signer = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({
      issuer: certificate.issuer,
      serialNumber: certificate.serialNumber,
    }),
    signedAttrs: signedAttributes(content, certificate, signingTime),
  });
  const signed = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType: oids.data,
      eContent: new asn1js.OctetString({ valueHex: content }),
    }),
    signerInfos: [signer],
    certificates: [certificate, ...chain],
  });
  await signed.sign(key as unknown as CryptoKey, 0, 'SHA-256');
  const info = new pkijs.ContentInfo({
    contentType: oids.signedData,
    content: signed.toSchema(true),
  });
  return Buffer.from(info.toSchema().toBER());
}

function pemBody(pem: string): Buffer {
  return Buffer.from(pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64');
}
