// @peculiar/x509 resolves its ASN.1 types through decorators' metadata.
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { defined } from '../errors/index.js';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

export { x509 };

/** RSA-2048 with SHA-256: what SAML signatures (SPID) and the test CAs use. */
export const rsaSigning = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
};

export const generateRsaKeys = () =>
  webcrypto.subtle.generateKey(rsaSigning, true, ['sign', 'verify']) as Promise<CryptoKeyPair>;

export async function privateKeyPem(key: CryptoKey): Promise<string> {
  const der = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', key)).toString('base64');
  return (
    `-----BEGIN PRIVATE ` +
    `KEY-----\n${defined(der.match(/.{1,64}/g)).join('\n')}\n-----END PRIVATE ` +
    `KEY-----\n`
  );
}

export interface SigningCredential {
  privateKeyPem: string;
  certificatePem: string;
  /** Base64 DER, as SAML metadata and KeyInfo carry it. */
  certificateBase64: string;
}

/**
 * A fresh RSA key with a self-signed certificate (a SAML SP or IdP; public SPs may self-sign,
 * Avviso 28/2020).
 */
export async function selfSignedCredential(options: {
  name: string;
  years?: number;
  extensions?: x509.Extension[];
}): Promise<SigningCredential> {
  const keys = await generateRsaKeys();
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: Date.now().toString(16),
    name: options.name,
    keys,
    signingAlgorithm: rsaSigning,
    notBefore: new Date(Date.now() - 60_000),
    notAfter: new Date(Date.now() + (options.years ?? 1) * 365 * 86_400_000),
    extensions: options.extensions,
  });
  return {
    privateKeyPem: await privateKeyPem(keys.privateKey),
    certificatePem: certificate.toString('pem'),
    certificateBase64: certificate.toString('base64'),
  };
}

/** A certificate's DER, in base64 as XML signatures and metadata carry it, as a PEM block. */
export const certificatePemOf = (base64Der: string) =>
  [
    '-----BEGIN CERTIFICATE-----',
    ...(base64Der.match(/.{1,64}/g) ?? []),
    '-----END CERTIFICATE-----',
    '',
  ].join('\n');
