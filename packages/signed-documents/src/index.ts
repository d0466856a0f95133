export {
  inspectDocument,
  type InspectedDocument,
  type SignatureStatus,
} from './document-inspection.js';
export {
  postgresDocumentStore,
  documentOf,
  type DocumentStore,
  type StoredDocument,
} from './document-store.js';
export { Documents1764200000000 } from './documents.migration.js';
export { DocumentSignatureStatus1766200000000 } from './signature-status.migration.js';
export {
  fiscalCodeOf,
  openSignedEnvelope,
  type SignatureReport,
} from './signature-verification.js';
export {
  documentSignaturePolicy,
  loadTrustList,
  trustListFromPem,
  type SignaturePolicy,
  type TrustList,
} from './trust-list.js';
export {
  httpRevocationChecker,
  revocationSourcesOf,
  type RevocationChecker,
  type RevocationStatus,
} from './revocation.js';
export {
  addSignatureTimestamp,
  requestTimestamp,
  verifySignatureTimestamp,
  type VerifiedTimestamp,
} from './timestamp.js';
export {
  pendingSignatureGauges,
  recheckPendingSignatures,
  type RecheckOutcome,
} from './signature-recheck.js';
export { signatureEnv, trustListFrom } from './signature-config.js';
export { receiveUpload, safeFileName, type ReceivedFile } from './upload.js';
export { signCades, type SigningIdentity } from './cades-signer.js';
export { sendDocument } from './download.js';
export { s3DocumentStore, type S3StoreOptions } from './s3-document-store.js';
export { documentStoreEnv, documentStoreFrom } from './document-store-config.js';
export { qualifiedAuthoritiesOf, type QualifiedAuthority } from './trusted-list.js';
export { checkSignaturesVerified } from './signature-readiness.js';
export { rememberSigner, signsFor, type AgencySigner } from './signers.js';
