export { createQualifiedCaSimulator, issueQualifiedSigner, type DemoSigner, type QualifiedCaSimulator } from './qualified-ca.js';
