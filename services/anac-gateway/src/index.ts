export { definition } from './service.js';
export { loadServiceConfig, configSchema } from './config.js';
