export * from './definition.js';
export * from './runtime.js';
export * from './process.js';
export * from './shutdown.js';
export * from './partition-upkeep.js';
