import { refuse, refusals } from '@app/platform/errors';

/** The file a document of the Documentazione allegata offers for download (a model to fill in). */
export interface AttachedFile {
  documentId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

export interface ContractDocument {
  title: string;
  description?: string;
  file?: AttachedFile;
}

export const contractDocumentRefusals = refusals({
  DOCUMENT_NOT_LISTED: { status: 404, title: 'Documento non trovato' },
  NO_FILE: { status: 404, title: 'File non disponibile' },
});
const why = contractDocumentRefusals;

/** The document at a position of the Documentazione allegata, or 404. */
export function documentAt(documents: ContractDocument[], index: number): ContractDocument {
  const document = documents[index];
  if (!document) {
    throw refuse(
      why.DOCUMENT_NOT_LISTED,
      `La documentazione allegata del contratto non ha un documento numero ${index + 1}.`,
    );
  }
  return document;
}

/** The file of a listed document, or 404 while the banditore has not attached one. */
export function fileOf(documents: ContractDocument[], index: number): AttachedFile {
  const { title, file } = documentAt(documents, index);
  if (!file) throw refuse(why.NO_FILE, `Per «${title}» non è ancora disponibile un file.`);
  return file;
}

/**
 * A change of the list keeps each file with its document: a document keeps the file of the one with
 * the same title (the list may be reordered or extended without losing what was attached).
 */
export function keepingFiles(
  before: ContractDocument[],
  after: ContractDocument[],
): ContractDocument[] {
  return after.map((document) => {
    if (document.file) return document;
    const file = before.find((old) => old.title === document.title)?.file;
    return file ? { ...document, file } : document;
  });
}
