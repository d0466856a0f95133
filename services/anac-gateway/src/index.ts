export { definition } from './service.js';
export { loadServiceConfig, configSchema } from './config.js';
export { rememberAgency } from './directory/agency-directory.js';
