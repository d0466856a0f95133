export { definition } from './service.js';
export { loadServiceConfig, configSchema } from './config.js';
export { saveAgency as rememberAgency } from './directory/directory.store.js';
export { keptLists as anacCodeLists } from './code-lists/code-lists.rules.js';
