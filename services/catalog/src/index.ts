export { definition } from './service.js';
export { loadServiceConfig, configSchema } from './config.js';
export { seedDemoContracts } from './demo/demo-contracts.js';
export { rememberAgency } from './directory/agency-directory.js';
export { announcedContracts } from './contracts/contracts.service.js';
