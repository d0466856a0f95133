export { definition } from './service.js';
export { loadServiceConfig, configSchema } from './config.js';
export { savePerson as rememberPerson, saveMember as rememberMember } from './recipients/recipients.store.js';
