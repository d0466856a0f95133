export * from './definition.js';
export * from './runtime.js';
