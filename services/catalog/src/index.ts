export { definition } from './service.js';
export { loadServiceConfig, configSchema } from './config.js';
export { seedDemoContracts } from './demo/demo-contracts.js';
export { saveAgency as rememberAgency } from './directory/directory.store.js';
export { announcedContracts } from './contracts/contract.service.js';
