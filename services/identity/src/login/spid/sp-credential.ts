import { X509Certificate } from 'node:crypto';
import type { DataSource } from 'typeorm';
import * as store from '../login.store.js';
import type { Config } from '../../config.js';
import { openText, sealText } from '../../keys/sealed-key.js';
import { hasSpidProfile, spidSpCertificate } from './sp-certificate.js';

export interface Credential {
  privateKeyPem: string;
  certificatePem: string;
}

const credentialName = 'spid-sp';

/**
 * The key as stored: sealed (AES-256-GCM) under SIGNING_KEY_SECRET where it is set, as the
 * token-signing keys are, so neither the table nor a backup holds it in the clear; plain in
 * development without it.
 */
const sealedPrefix = 'sealed:';
const storedKey = (pem: string, secret: string | undefined) =>
  secret ? `${sealedPrefix}${sealText(pem, secret)}` : pem;

function openedKey(stored: string, secret: string | undefined): string {
  if (!stored.startsWith(sealedPrefix)) return stored;
  if (!secret) throw new Error('the SPID signing key is sealed: set SIGNING_KEY_SECRET');
  return openText(stored.slice(sealedPrefix.length), secret);
}

/**
 * The SP's signing key and self-signed certificate (allowed for public SPs, Avviso 28/2020), made
 * once and kept so the metadata stays stable; one made before the Avviso 29 profile is replaced
 * once.
 */
export async function spCredential(
  dataSource: DataSource,
  config: Config,
  entityId: string,
): Promise<Credential> {
  const secret = config.SIGNING_KEY_SECRET;
  const existing = await store.serviceCredential(dataSource, credentialName);
  if (existing && hasSpidProfile(existing.certificatePem)) {
    // A key stored before sealing began is sealed now, once (the certificate, hence the metadata,
    // stays).
    if (secret && !existing.privateKeyPem.startsWith(sealedPrefix)) {
      const privateKeyPem = storedKey(existing.privateKeyPem, secret);
      await store.replaceServiceKey(dataSource, credentialName, {
        privateKeyPem,
        previousKey: existing.privateKeyPem,
      });
    }
    return { ...existing, privateKeyPem: openedKey(existing.privateKeyPem, secret) };
  }
  const credential = await spidSpCertificate({
    organization: config.SPID_SP_ORGANIZATION,
    entityId,
    ipaCode: config.SPID_SP_IPA_CODE,
    locality: config.SPID_SP_LOCALITY,
  });
  // Two replicas may race on the first start: the first stored compliant credential wins for both.
  await store.storeServiceCredential(dataSource, credentialName, {
    privateKeyPem: storedKey(credential.privateKeyPem, secret),
    certificatePem: credential.certificatePem,
    replacing: existing?.certificatePem ?? '',
  });
  const stored = await store.serviceCredential(dataSource, credentialName);
  if (!stored) throw new Error('the SPID SP credential was not stored');
  return { ...stored, privateKeyPem: openedKey(stored.privateKeyPem, secret) };
}

/**
 * Seconds until the SP's certificate (in AgID's metadata) expires; +Inf before the first is made.
 */
export async function spCertificateSecondsLeft(dataSource: DataSource): Promise<number> {
  const stored = await store.serviceCredential(dataSource, credentialName);
  if (!stored) return Number.POSITIVE_INFINITY;
  return (Date.parse(new X509Certificate(stored.certificatePem).validTo) - Date.now()) / 1000;
}
