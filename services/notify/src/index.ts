export { definition } from './service.js';
export { loadServiceConfig, configSchema } from './config.js';
export {
  savePerson as rememberPerson,
  saveMember as rememberMember,
  saveAgency as rememberAgency,
} from './recipients/recipients.store.js';
export { keepContract as rememberContract } from './recipients/recipients.service.js';
export { webhookSecretsResealer } from './webhooks/webhook.service.js';
