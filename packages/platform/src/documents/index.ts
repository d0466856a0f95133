export { inspectDocument, type InspectedDocument } from './document-inspection.js';
export { postgresDocumentStore, documentOf, type DocumentStore, type StoredDocument } from './document-store.js';
export { Documents1764200000000 } from './documents.migration.js';
export { fiscalCodeOf, type SignatureReport } from './signature-verification.js';
export { loadTrustList, trustListFromPem, type TrustList } from './trust-list.js';
export { receiveUpload, safeFileName, type ReceivedFile } from './upload.js';
export { signCades } from './cades-signer.js';
export { sendDocument } from './download.js';
