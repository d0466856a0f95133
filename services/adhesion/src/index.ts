export { definition } from './service.js';
export { loadServiceConfig, configSchema } from './config.js';
export { saveContract as rememberContract } from './contracts/known-contract.store.js';
export { rememberSigner as rememberMember } from '@app/signed-documents';
