import { createHash, webcrypto } from 'node:crypto';
import { asn1js, certificatesFromPem, oids, pkijs } from './cms-engine.js';

export interface SigningIdentity {
  certificatePem: string;
  privateKeyPem: string;
  /** The issuing CAs, carried in the envelope so verifiers can build the chain. */
  chainPem?: string;
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
  const digest = createHash('sha256').update(content).digest();
  const certificateHash = createHash('sha256')
    .update(Buffer.from(certificate.toSchema().toBER()))
    .digest();
  const attribute = (type: string, value: asn1js.AsnType) =>
    new pkijs.Attribute({ type, values: [value] });
  const signed = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType: oids.data,
      eContent: new asn1js.OctetString({ valueHex: content }),
    }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({
          issuer: certificate.issuer,
          serialNumber: certificate.serialNumber,
        }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            attribute(oids.contentType, new asn1js.ObjectIdentifier({ value: oids.data })),
            attribute(oids.messageDigest, new asn1js.OctetString({ valueHex: digest })),
            attribute(oids.signingTime, new asn1js.UTCTime({ valueDate: signingTime })),
            // SigningCertificateV2 { certs SEQUENCE OF ESSCertIDv2 { certHash } } — SHA-256 is the
            // default algorithm.
            attribute(
              oids.signingCertificateV2,
              new asn1js.Sequence({
                value: [
                  new asn1js.Sequence({
                    value: [
                      new asn1js.Sequence({
                        value: [new asn1js.OctetString({ valueHex: certificateHash })],
                      }),
                    ],
                  }),
                ],
              }),
            ),
          ],
        }),
      }),
    ],
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
