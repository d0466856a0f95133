export { definition } from './service.js';
export { loadServiceConfig, configSchema } from './config.js';
export { saveContract as rememberContract } from './contracts/known-contract.store.js';
export { saveRegisteredPeople as rememberRegistration } from './contracts/registered-people.store.js';
export { rememberSigner as rememberMember } from '@app/signed-documents';
