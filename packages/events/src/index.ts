export * from './services.js';
export * from './asyncapi.js';
export * from './events/index.js';
export * from './scopes.js';
export * from './partner-data.js';
