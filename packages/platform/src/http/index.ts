export * from './app.js';
export * from './route.js';
export * from './openapi.js';
export * from './health.js';
export * from './request-id.js';
export * from './error-handler.js';
export * from './validation.js';
export * from './prepared-json.js';
