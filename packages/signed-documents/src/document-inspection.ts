import { createHash } from 'node:crypto';
import { AppError, defined } from '@app/platform/errors';
import { padesSignatureOf } from './pades.js';
import {
  encapsulatedContent,
  SignaturePending,
  signatureErrors,
  signedDataOf,
  verifySignedData,
  type SignatureReport,
} from './signature-verification.js';
import type { TrustList } from './trust-list.js';
import type { pkijs } from './cms-engine.js';

/**
 * Where a document's signature stands: verified; waiting for the certification authority's answer
 * on revocation («verifica in corso», not yet accepted for anything a signature is required for);
 * failed (kept only where no signature was required); none.
 */
export type SignatureStatus = 'valida' | 'verifica in corso' | 'non valida' | 'assente';

export interface InspectedDocument {
  contentType: 'application/pdf' | 'application/pkcs7-mime';
  sha256: string;
  size: number;
  /** The verified signature, or null for a document that carries none. */
  signature: SignatureReport | null;
  /** Why a signature that was not required did not verify, or what its verification waits for. */
  signatureProblem: string | null;
  signatureStatus: SignatureStatus;
  /** The PDF itself: the file, or what its CAdES envelopes wrap (a PAdES file is its own PDF). */
  pdf: Buffer;
}

const unsupported = () =>
  new AppError({
    code: 'DOCUMENT_TYPE_NOT_ALLOWED',
    status: 415,
    title: 'Formato del documento non ammesso',
    detail: 'Sono ammessi solo documenti PDF o PDF firmati digitalmente (.p7m CAdES, PDF PAdES).',
  });
const notPdf = (what: string) =>
  new AppError({
    code: 'DOCUMENT_NOT_PDF',
    status: 415,
    title: 'Il documento non è un PDF valido',
    detail: what,
  });
const unsigned = () =>
  new AppError({
    code: 'SIGNATURE_REQUIRED',
    status: 422,
    title: 'Firma digitale richiesta',
    detail:
      'Il documento deve essere firmato digitalmente: carica il file .p7m ' +
      '(CAdES) o il PDF firmato (PAdES).',
  });

/** Envelopes inside envelopes (`.p7m.p7m`) are opened down to this depth. */
const maxNesting = 3;

/**
 * Decides what an upload is from its bytes, never from its name or declared type: a PDF, or a CAdES
 * envelope wrapping a PDF (DER, BER or base64). Signatures found are verified against the trust
 * list; where `signatureRequired`, a missing or failing signature refuses the document.
 */
export async function inspectDocument(
  bytes: Buffer,
  options: { signatureRequired: boolean; trust: TrustList },
): Promise<InspectedDocument> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const base = { sha256, size: bytes.length };
  if (isPdf(bytes)) {
    checkPdfBody(bytes);
    const pades = padesSignatureOf(bytes);
    if (!pades) {
      if (options.signatureRequired) throw unsigned();
      return {
        ...base,
        contentType: 'application/pdf',
        signature: null,
        signatureProblem: null,
        signatureStatus: 'assente',
        pdf: bytes,
      };
    }
    const outcome = await settle(async () => {
      const signed = signedDataOf(pades.cms);
      if (!signed) throw signatureErrors.unreadable();
      return verifySignedData(signed, options.trust, 'PAdES', pades.signedBytes);
    }, options.signatureRequired);
    return { ...base, contentType: 'application/pdf', ...outcome, pdf: bytes };
  }
  // Only what was recognised is kept: an envelope that does not parse, or wraps no PDF, is not a
  // document.
  const layers = envelopeLayers(bytes);
  const outcome = await settle(
    () => verifyLayers(layers, options.trust),
    options.signatureRequired,
  );
  return {
    ...base,
    contentType: 'application/pkcs7-mime',
    ...outcome,
    pdf: defined(encapsulatedContent(defined(layers.at(-1)))),
  };
}

/**
 * The SignedData layers of a CAdES file, outermost first, down to the PDF they wrap (`.p7m.p7m`
 * nests them). Anything else is refused as a format, whatever the signature requirement.
 */
function envelopeLayers(bytes: Buffer): pkijs.SignedData[] {
  const layers: pkijs.SignedData[] = [];
  let current = cmsBytes(bytes);
  if (!current) throw unsupported();
  while (current) {
    const signed = signedDataOf(current);
    const content = signed && encapsulatedContent(signed);
    if (!signed || !content) throw unsupported();
    layers.push(signed);
    if (isPdf(content)) {
      checkPdfBody(content);
      return layers;
    }
    current = layers.length < maxNesting ? cmsBytes(content) : undefined;
  }
  throw notPdf('Il file firmato non contiene un documento PDF.');
}

/** Every layer's signature must hold; the outermost one is the one reported. */
async function verifyLayers(
  layers: pkijs.SignedData[],
  trust: TrustList,
): Promise<SignatureReport> {
  const reports: SignatureReport[] = [];
  let pending: SignaturePending | undefined;
  for (const signed of layers) {
    try {
      reports.push(await verifySignedData(signed, trust, 'CAdES'));
    } catch (error) {
      // A layer waiting for its authority does not spare the others their checks.
      if (!(error instanceof SignaturePending)) throw error;
      pending ??= error;
      reports.push(error.report);
    }
  }
  if (pending) throw new SignaturePending(defined(reports[0]), pending.reason);
  return defined(reports[0]);
}

type Settled = Pick<InspectedDocument, 'signature' | 'signatureProblem' | 'signatureStatus'>;

/**
 * A required signature's failure refuses the document; an optional one's is only reported. A
 * signature waiting for the authority's answer on revocation is kept «verifica in corso», required
 * or not.
 */
async function settle(verify: () => Promise<SignatureReport>, required: boolean): Promise<Settled> {
  try {
    return { signature: await verify(), signatureProblem: null, signatureStatus: 'valida' };
  } catch (error) {
    if (error instanceof SignaturePending)
      return {
        signature: error.report,
        signatureProblem: error.message,
        signatureStatus: 'verifica in corso',
      };
    if (required || !(error instanceof AppError) || error.status !== 422) throw error;
    return {
      signature: null,
      signatureProblem: error.detail ?? error.title,
      signatureStatus: 'non valida',
    };
  }
}

const isPdf = (bytes: Buffer) => bytes.subarray(0, 5).toString('latin1') === '%PDF-';

function checkPdfBody(bytes: Buffer): void {
  // A PDF ends with %%EOF (allowing trailing whitespace or a short tail some producers add).
  if (
    !bytes
      .subarray(Math.max(0, bytes.length - 1024))
      .toString('latin1')
      .includes('%%EOF')
  ) {
    throw notPdf(
      'Il file inizia come un PDF ma è incompleto o danneggiato (manca la fine del documento).',
    );
  }
}

/** DER/BER starts with a SEQUENCE tag; some .p7m files are the same bytes in base64 text. */
function cmsBytes(bytes: Buffer): Buffer | undefined {
  if (bytes[0] === 0x30) return bytes;
  const text = bytes.subarray(0, Math.min(bytes.length, 64)).toString('latin1');
  const body = text.startsWith('-----BEGIN')
    ? bytes.toString('latin1').replace(/-----[A-Z0-9 ]+-----/g, '')
    : bytes.toString('latin1');
  if (!/^[A-Za-z0-9+/=\s]+$/.test(body.slice(0, 4096))) return undefined;
  const decoded = Buffer.from(body.replace(/\s+/g, ''), 'base64');
  return decoded[0] === 0x30 ? decoded : undefined;
}
