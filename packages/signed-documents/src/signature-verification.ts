import { createHash } from 'node:crypto';
import { AppError, defined } from '@app/platform/errors';
import { asn1js, oids, parseBer, pkijs } from './cms-engine.js';
import { verifySignatureTimestamp, type VerifiedTimestamp } from './timestamp.js';
import type { TrustList } from './trust-list.js';

/**
 * What a verified signature tells: who signed, when (by a time-stamp, or the signer's own clock),
 * under which authority.
 */
export interface SignatureReport {
  format: 'CAdES' | 'PAdES';
  signerName: string;
  /** From the certificate's subject serialNumber (`TINIT-<codice fiscale>`), when present. */
  signerFiscalCode: string | null;
  /** The signing-time attribute: what the signer's software declared, not a time-stamp. */
  signingTime: string | null;
  issuer: string;
  certificateSerial: string;
  certificateValidUntil: string;
  /** The RFC 3161 time-stamp that dates the signature (CAdES-T / PAdES-T), when it carries one. */
  timestamp?: VerifiedTimestamp | null;
  /** The certification authority's answer on revocation: which service, when asked. */
  revocation?: { source: 'OCSP' | 'CRL'; checkedAt: string } | null;
}

// As the portal writes dates (dd/mm/yyyy hh:mm, Rome); packages may not import the portal's
// helpers.
const italianDateTime = (date: Date) =>
  date
    .toLocaleString('it-IT', {
      timeZone: 'Europe/Rome',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
    .replace(',', '');
const refused = (code: string, detail: string) =>
  new AppError({ code, status: 422, title: 'Firma digitale non valida', detail });

export const signatureErrors = {
  broken: () =>
    refused(
      'SIGNATURE_INVALID',
      'La firma digitale non è valida: il documento è stato modificato dopo la ' +
        'firma oppure la firma è danneggiata.',
    ),
  untrusted: () =>
    refused(
      'SIGNATURE_UNTRUSTED',
      "Il certificato del firmatario non è emesso da un'autorità di " +
        'certificazione riconosciuta oppure non era valido alla data della firma ' +
        '(scaduto o non ancora valido).',
    ),
  noTrustList: () =>
    refused(
      'SIGNATURE_NO_TRUST_LIST',
      'Nessuna autorità di certificazione è configurata: le firme digitali non ' +
        'possono essere verificate.',
    ),
  unreadable: () =>
    refused(
      'SIGNATURE_UNREADABLE',
      'La busta di firma non è leggibile: è richiesto un file .p7m (CAdES) o un ' +
        'PDF firmato (PAdES).',
    ),
  notNonRepudiation: () =>
    refused(
      'SIGNATURE_KEY_USAGE',
      'Il certificato del firmatario non è un certificato di firma (manca l’uso "non ripudio").',
    ),
  untimestamped: () =>
    refused(
      'SIGNATURE_NOT_TIMESTAMPED',
      'La firma non ha una marca temporale: l’ora dichiarata dal firmatario non ' +
        'prova che il certificato fosse valido quando ha firmato. Firma di nuovo ' +
        'apponendo la marca temporale (CAdES-T o PAdES-T).',
    ),
  revoked: (at: Date) =>
    refused(
      'SIGNATURE_REVOKED',
      `Il certificato del firmatario è stato revocato o sospeso il ` +
        `${italianDateTime(at)}, prima della firma: la firma non è valida.`,
    ),
  noRevocationSource: () =>
    refused(
      'SIGNATURE_NO_REVOCATION_SOURCE',
      'Il certificato del firmatario non indica dove verificarne la revoca (né ' +
        'OCSP né CRL): la firma non può essere verificata.',
    ),
};

/**
 * A signature whose every check held except revocation, which the authority could not answer yet:
 * «verifica in corso», never accepted until it does.
 */
export class SignaturePending extends Error {
  constructor(
    readonly report: SignatureReport,
    readonly reason: string,
  ) {
    super(`Verifica della revoca in corso: ${reason}`);
  }
}

/** The SignedData of a CMS ContentInfo, or undefined when the bytes are not one. */
export function signedDataOf(der: Uint8Array): pkijs.SignedData | undefined {
  const asn1 = parseBer(der);
  if (!asn1) return undefined;
  try {
    const info = new pkijs.ContentInfo({ schema: asn1 });
    if (info.contentType !== oids.signedData) return undefined;
    return new pkijs.SignedData({ schema: info.content });
  } catch {
    return undefined;
  }
}

/** The content an attached (CAdES) signature wraps; chunked BER octet strings are joined. */
export function encapsulatedContent(signed: pkijs.SignedData): Buffer | undefined {
  const content = signed.encapContentInfo.eContent;
  return content ? Buffer.from(content.getValue()) : undefined;
}

/**
 * Verifies the first signer of a CMS SignedData: its time-stamp when it has one, the signature over
 * the content (attached, or the `detached` bytes of a PAdES byte range), the signer's chain up to
 * the trust list at the time-stamp's time (else now), then revocation as the issuing authority
 * answers it. Certificates carried inside the envelope are never trust anchors. Throws
 * SignaturePending when only the authority's answer is missing.
 */
export async function verifySignedData(
  signed: pkijs.SignedData,
  trust: TrustList,
  format: SignatureReport['format'],
  detached?: Uint8Array,
): Promise<SignatureReport> {
  if (trust.anchors.length === 0) throw signatureErrors.noTrustList();
  const signer = signed.signerInfos[0];
  if (!signer) throw signatureErrors.unreadable();
  const timestamp = (await verifySignatureTimestamp(signer, trust.timestampAuthorities)) ?? null;
  const at = timestamp ? new Date(timestamp.time) : new Date();
  const { certificate, path } = await verifySignatureAndChain(signed, trust, at, detached);
  checkSigningCertificateAttribute(signer, certificate);
  if (!allowsNonRepudiation(certificate)) throw signatureErrors.notNonRepudiation();
  if (!timestamp && trust.policy.timestamp === 'required') throw signatureErrors.untimestamped();
  const report: SignatureReport = {
    format,
    signerName:
      nameValue(certificate.subject, oids.commonName) ??
      certificate.subject.typesAndValues
        .map((entry) => String(entry.value.valueBlock.value))
        .join(', '),
    signerFiscalCode: fiscalCodeOf(nameValue(certificate.subject, oids.subjectSerialNumber)),
    signingTime: signingTimeOf(signer),
    issuer: nameValue(certificate.issuer, oids.commonName) ?? 'sconosciuto',
    certificateSerial: Buffer.from(certificate.serialNumber.valueBlock.valueHexView).toString(
      'hex',
    ),
    certificateValidUntil: certificate.notAfter.value.toISOString(),
    timestamp,
    revocation: null,
  };
  report.revocation = await revocationAt(
    certificate,
    await issuerOf(certificate, [...path, ...trust.anchors]),
    trust,
    at,
    report,
  );
  return report;
}

async function verifySignatureAndChain(
  signed: pkijs.SignedData,
  trust: TrustList,
  at: Date,
  detached?: Uint8Array,
) {
  let result: pkijs.SignedDataVerifyResult;
  try {
    result = await signed.verify({
      signer: 0,
      checkChain: true,
      trustedCerts: trust.anchors,
      checkDate: at,
      extendedMode: true,
      passedWhenNotRevValues: true,
      ...(detached
        ? {
            data: detached.buffer.slice(
              detached.byteOffset,
              detached.byteOffset + detached.byteLength,
            ) as ArrayBuffer,
          }
        : {}),
    });
  } catch (error) {
    const code = (error as { code?: number }).code;
    if (code === 5) throw signatureErrors.untrusted();
    if (code === 2 || code === 3) throw signatureErrors.unreadable();
    throw signatureErrors.broken();
  }
  if (!result.signatureVerified || !result.signerCertificate) throw signatureErrors.broken();
  return { certificate: result.signerCertificate, path: result.certificatePath ?? [] };
}

/**
 * The certificate that issued `certificate`, among those already trusted: its signature must
 * verify.
 */
async function issuerOf(
  certificate: pkijs.Certificate,
  candidates: pkijs.Certificate[],
): Promise<pkijs.Certificate> {
  for (const candidate of candidates) {
    if (
      candidate !== certificate &&
      candidate.subject.isEqual(certificate.issuer) &&
      (await certificate.verify(candidate).catch(() => false))
    )
      return candidate;
  }
  throw signatureErrors.untrusted();
}

/**
 * Revoked before the time the signature is dated (a time-stamp, or now without one): refused.
 * Revoked after a time-stamp: the signature was made while the certificate held, and stands. No
 * answer: pending.
 */
async function revocationAt(
  certificate: pkijs.Certificate,
  issuer: pkijs.Certificate,
  trust: TrustList,
  at: Date,
  report: SignatureReport,
): Promise<SignatureReport['revocation']> {
  const status = await trust.revocation.status(certificate, issuer);
  if (status.state === 'unnamed') {
    if (trust.policy.revocation === 'required') throw signatureErrors.noRevocationSource();
    return null;
  }
  if (status.state === 'unknown') throw new SignaturePending(report, status.reason);
  if (status.state === 'revoked' && status.revokedAt.getTime() <= at.getTime())
    throw signatureErrors.revoked(status.revokedAt);
  return { source: status.source, checkedAt: new Date().toISOString() };
}

function nameValue(name: pkijs.RelativeDistinguishedNames, oid: string): string | undefined {
  const entry = name.typesAndValues.find((candidate) => candidate.type === oid);
  return entry ? String(entry.value.valueBlock.value) : undefined;
}

/** `TINIT-RSSMRA80A01H501U` (ETSI semantics identifier) or the older `IT:` form. */
export function fiscalCodeOf(serialNumber: string | undefined): string | null {
  const match = serialNumber?.trim().match(/^(?:TINIT-|IT:)?([A-Z0-9]{16}|\d{11})$/i);
  return match ? defined(match[1]).toUpperCase() : null;
}

function signingTimeOf(signer: pkijs.SignerInfo): string | null {
  const attribute = signer.signedAttrs?.attributes.find(
    (candidate) => candidate.type === oids.signingTime,
  );
  const value = attribute?.values[0] as asn1js.UTCTime | asn1js.GeneralizedTime | undefined;
  return value && 'toDate' in value ? value.toDate().toISOString() : null;
}

/**
 * CAdES-BES binds the certificate by hash (signingCertificateV2); when present it must name the
 * signer's.
 */
function checkSigningCertificateAttribute(
  signer: pkijs.SignerInfo,
  certificate: pkijs.Certificate,
): void {
  const attribute = signer.signedAttrs?.attributes.find(
    (candidate) => candidate.type === oids.signingCertificateV2,
  );
  if (!attribute) return;
  try {
    const certs = (attribute.values[0] as asn1js.Sequence).valueBlock.value[0] as asn1js.Sequence;
    const first = certs.valueBlock.value[0] as asn1js.Sequence;
    const parts = first.valueBlock.value;
    // ESSCertIDv2: an optional hash algorithm (SHA-256 when absent), then the certificate's hash.
    const hashIndex = parts[0] instanceof asn1js.OctetString ? 0 : 1;
    const algorithm =
      hashIndex === 0
        ? 'sha256'
        : hashName(new pkijs.AlgorithmIdentifier({ schema: parts[0] }).algorithmId);
    const expected = Buffer.from((parts[hashIndex] as asn1js.OctetString).valueBlock.valueHexView);
    const actual = createHash(algorithm)
      .update(Buffer.from(certificate.toSchema().toBER()))
      .digest();
    if (!expected.equals(actual)) throw signatureErrors.broken();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw signatureErrors.unreadable();
  }
}

function hashName(oid: string): string {
  const names: Record<string, string> = {
    [oids.sha256]: 'sha256',
    '2.16.840.1.101.3.4.2.2': 'sha384',
    '2.16.840.1.101.3.4.2.3': 'sha512',
    '1.3.14.3.2.26': 'sha1',
  };
  const name = names[oid];
  if (!name) throw signatureErrors.unreadable();
  return name;
}

function allowsNonRepudiation(certificate: pkijs.Certificate): boolean {
  const extension = certificate.extensions?.find((candidate) => candidate.extnID === '2.5.29.15');
  // Without the extension any use is allowed (RFC 5280 §4.2.1.3).
  if (!extension) return true;
  const bits = extension.parsedValue as asn1js.BitString | undefined;
  const first = bits ? (new Uint8Array(bits.valueBlock.valueHexView)[0] ?? 0) : 0;
  // Bit 0 digitalSignature (0x80), bit 1 nonRepudiation / contentCommitment (0x40).
  return (first & 0x40) !== 0;
}

/**
 * Opens an attached CMS signature (an S/MIME `smime.p7m`, a `.p7m`): the content it wraps, and the
 * signature verified against the trust list, or why it does not verify. Unreadable bytes are
 * refused.
 */
export async function openSignedEnvelope(
  der: Uint8Array,
  trust: TrustList,
): Promise<{ content: Buffer; signature: SignatureReport | null; problem: string | null }> {
  const signed = signedDataOf(der);
  const content = signed && encapsulatedContent(signed);
  if (!signed || !content) throw signatureErrors.unreadable();
  try {
    return { content, signature: await verifySignedData(signed, trust, 'CAdES'), problem: null };
  } catch (error) {
    if (error instanceof SignaturePending)
      return { content, signature: null, problem: error.message };
    return {
      content,
      signature: null,
      problem: error instanceof AppError ? String(error.detail) : String(error),
    };
  }
}
