import { signatureErrors } from './signature-verification.js';
import { defined } from '@app/platform/errors';

export interface PadesSignature {
  /** The CMS signature (the /Contents hex string, with its zero padding). */
  cms: Buffer;
  /** The bytes the signature covers: the file without the /Contents value. */
  signedBytes: Buffer;
}

const latin1 = (bytes: Buffer) => bytes.toString('latin1');

/**
 * The last signature of a PDF (the one that must cover the whole file). Its /ByteRange must be the
 * prefix and suffix around its /Contents hex string and end at the end of the file: otherwise
 * content appended by a later incremental update would pass unsigned.
 */
export function padesSignatureOf(pdf: Buffer): PadesSignature | undefined {
  const text = latin1(pdf);
  const byteRangeAt = text.lastIndexOf('/ByteRange');
  if (byteRangeAt === -1) return undefined;
  const range = text
    .slice(byteRangeAt, byteRangeAt + 200)
    .match(/^\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/);
  if (!range) throw signatureErrors.unreadable();
  const [start, firstLength, secondStart, secondLength] = range.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  if (start !== 0 || firstLength >= secondStart || secondStart + secondLength !== pdf.length)
    throw signatureErrors.broken();
  const gap = text.slice(firstLength, secondStart);
  const hex = gap.match(/^<([0-9a-fA-F\s]*)>$/);
  if (!hex) throw signatureErrors.broken();
  // The placeholder is zero-padded after the DER; the BER reader stops at the end of the first
  // value.
  const cms = Buffer.from(defined(hex[1]).replace(/\s+/g, ''), 'hex');
  return {
    cms,
    signedBytes: Buffer.concat([
      pdf.subarray(0, firstLength),
      pdf.subarray(secondStart, secondStart + secondLength),
    ]),
  };
}
