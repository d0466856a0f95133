export {
  createQualifiedCaSimulator,
  issueQualifiedSigner,
  servicesAt,
  type DemoSigner,
  type QualifiedCaSimulator,
} from './qualified-ca.js';
