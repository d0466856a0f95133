export { definition } from './service.js';
export { loadServiceConfig, configSchema } from './config.js';
export {
  saveAgency as rememberAgency,
  saveContract as rememberContract,
  saveMember as rememberMember,
} from './directory/directory.store.js';
export { contractOf } from './directory/directory.service.js';
