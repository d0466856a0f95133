export { definition } from './service.js';
export { loadServiceConfig, configSchema } from './config.js';
export { rememberContract } from './contracts/known-contracts.js';
export { rememberMember } from './members/agency-members.js';
