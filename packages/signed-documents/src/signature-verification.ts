import { createHash } from 'node:crypto';
import { AppError } from '@app/platform/errors';
import { asn1js, oids, parseBer, pkijs } from './cms-engine.js';
import type { TrustList } from './trust-list.js';

/** What a verified signature tells: who signed, when by their own clock, under which authority. */
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
}

const refused = (code: string, detail: string) => new AppError({ code, status: 422, title: 'Firma digitale non valida', detail });

export const signatureErrors = {
  broken: () => refused('SIGNATURE_INVALID', 'La firma digitale non è valida: il documento è stato modificato dopo la firma oppure la firma è danneggiata.'),
  untrusted: () => refused('SIGNATURE_UNTRUSTED', "Il certificato del firmatario non è emesso da un'autorità di certificazione riconosciuta oppure non è valido alla data odierna (scaduto o non ancora valido)."),
  noTrustList: () => refused('SIGNATURE_NO_TRUST_LIST', 'Nessuna autorità di certificazione è configurata: le firme digitali non possono essere verificate.'),
  unreadable: () => refused('SIGNATURE_UNREADABLE', 'La busta di firma non è leggibile: è richiesto un file .p7m (CAdES) o un PDF firmato (PAdES).'),
  notNonRepudiation: () => refused('SIGNATURE_KEY_USAGE', 'Il certificato del firmatario non è un certificato di firma (manca l’uso "non ripudio").'),
};

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
 * Verifies the first signer of a CMS SignedData: the signature over the content (attached, or the
 * `detached` bytes of a PAdES byte range) and the signer's certificate chain up to the trust list,
 * at the current date. Certificates carried inside the envelope are never trust anchors.
 */
export async function verifySignedData(signed: pkijs.SignedData, trust: TrustList, format: SignatureReport['format'], detached?: Uint8Array): Promise<SignatureReport> {
  if (trust.anchors.length === 0) throw signatureErrors.noTrustList();
  if (signed.signerInfos.length === 0) throw signatureErrors.unreadable();
  let result: pkijs.SignedDataVerifyResult;
  try {
    result = await signed.verify({
      signer: 0, checkChain: true, trustedCerts: trust.anchors, extendedMode: true, passedWhenNotRevValues: true,
      ...(detached ? { data: detached.buffer.slice(detached.byteOffset, detached.byteOffset + detached.byteLength) as ArrayBuffer } : {}),
    });
  } catch (error) {
    const code = (error as { code?: number }).code;
    if (code === 5) throw signatureErrors.untrusted();
    if (code === 2 || code === 3) throw signatureErrors.unreadable();
    throw signatureErrors.broken();
  }
  if (!result.signatureVerified || !result.signerCertificate) throw signatureErrors.broken();
  const certificate = result.signerCertificate;
  checkSigningCertificateAttribute(signed.signerInfos[0]!, certificate);
  if (!allowsNonRepudiation(certificate)) throw signatureErrors.notNonRepudiation();
  return {
    format,
    signerName: nameValue(certificate.subject, oids.commonName) ?? certificate.subject.typesAndValues.map((entry) => String(entry.value.valueBlock.value)).join(', '),
    signerFiscalCode: fiscalCodeOf(nameValue(certificate.subject, oids.subjectSerialNumber)),
    signingTime: signingTimeOf(signed.signerInfos[0]!),
    issuer: nameValue(certificate.issuer, oids.commonName) ?? 'sconosciuto',
    certificateSerial: Buffer.from(certificate.serialNumber.valueBlock.valueHexView).toString('hex'),
    certificateValidUntil: certificate.notAfter.value.toISOString(),
  };
}

function nameValue(name: pkijs.RelativeDistinguishedNames, oid: string): string | undefined {
  const entry = name.typesAndValues.find((candidate) => candidate.type === oid);
  return entry ? String(entry.value.valueBlock.value) : undefined;
}

/** `TINIT-RSSMRA80A01H501U` (ETSI semantics identifier) or the older `IT:` form. */
export function fiscalCodeOf(serialNumber: string | undefined): string | null {
  const match = serialNumber?.trim().match(/^(?:TINIT-|IT:)?([A-Z0-9]{16}|\d{11})$/i);
  return match ? match[1]!.toUpperCase() : null;
}

function signingTimeOf(signer: pkijs.SignerInfo): string | null {
  const attribute = signer.signedAttrs?.attributes.find((candidate) => candidate.type === oids.signingTime);
  const value = attribute?.values[0] as asn1js.UTCTime | asn1js.GeneralizedTime | undefined;
  return value && 'toDate' in value ? value.toDate().toISOString() : null;
}

/** CAdES-BES binds the certificate by hash (signingCertificateV2); when present it must name the signer's. */
function checkSigningCertificateAttribute(signer: pkijs.SignerInfo, certificate: pkijs.Certificate): void {
  const attribute = signer.signedAttrs?.attributes.find((candidate) => candidate.type === oids.signingCertificateV2);
  if (!attribute) return;
  try {
    const certs = (attribute.values[0] as asn1js.Sequence).valueBlock.value[0] as asn1js.Sequence;
    const first = certs.valueBlock.value[0] as asn1js.Sequence;
    const parts = first.valueBlock.value;
    // ESSCertIDv2: an optional hash algorithm (SHA-256 when absent), then the certificate's hash.
    const hashIndex = parts[0] instanceof asn1js.OctetString ? 0 : 1;
    const algorithm = hashIndex === 0 ? 'sha256' : hashName(new pkijs.AlgorithmIdentifier({ schema: parts[0] }).algorithmId);
    const expected = Buffer.from((parts[hashIndex] as asn1js.OctetString).valueBlock.valueHexView);
    const actual = createHash(algorithm).update(Buffer.from(certificate.toSchema().toBER())).digest();
    if (!expected.equals(actual)) throw signatureErrors.broken();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw signatureErrors.unreadable();
  }
}

function hashName(oid: string): string {
  const names: Record<string, string> = { [oids.sha256]: 'sha256', '2.16.840.1.101.3.4.2.2': 'sha384', '2.16.840.1.101.3.4.2.3': 'sha512', '1.3.14.3.2.26': 'sha1' };
  const name = names[oid];
  if (!name) throw signatureErrors.unreadable();
  return name;
}

function allowsNonRepudiation(certificate: pkijs.Certificate): boolean {
  const extension = certificate.extensions?.find((candidate) => candidate.extnID === '2.5.29.15');
  // Without the extension any use is allowed (RFC 5280 §4.2.1.3).
  if (!extension) return true;
  const bits = extension.parsedValue as asn1js.BitString | undefined;
  const first = bits ? new Uint8Array(bits.valueBlock.valueHexView)[0] ?? 0 : 0;
  // Bit 0 digitalSignature (0x80), bit 1 nonRepudiation / contentCommitment (0x40).
  return (first & 0x40) !== 0;
}

/**
 * Opens an attached CMS signature (an S/MIME `smime.p7m`, a `.p7m`): the content it wraps, and the
 * signature verified against the trust list, or why it does not verify. Unreadable bytes are refused.
 */
export async function openSignedEnvelope(der: Uint8Array, trust: TrustList): Promise<{ content: Buffer; signature: SignatureReport | null; problem: string | null }> {
  const signed = signedDataOf(der);
  const content = signed && encapsulatedContent(signed);
  if (!signed || !content) throw signatureErrors.unreadable();
  try {
    return { content, signature: await verifySignedData(signed, trust, 'CAdES'), problem: null };
  } catch (error) {
    return { content, signature: null, problem: error instanceof AppError ? String(error.detail) : String(error) };
  }
}
