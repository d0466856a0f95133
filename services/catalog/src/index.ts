export { definition } from './service.js';
export { loadServiceConfig, configSchema } from './config.js';
export { seedDemoContracts } from './demo/demo-contracts.js';
export { saveAgency as rememberAgency } from './directory/directory.store.js';
export { announcedContracts } from './contracts/contract.service.js';
export {
  scanMode,
  scanSettings,
  searchContracts,
  searchStatements,
  similarityThreshold,
  summarySelect,
} from './contracts/contract-search.store.js';
export { searchQuery } from './contracts/contract-search.schema.js';
