export { definition } from './service.js';
export { loadServiceConfig, configSchema } from './config.js';
export { rememberAgency } from './directory/agency-directory.js';
export { keptLists as anacCodeLists } from './code-lists/code-lists.rules.js';
