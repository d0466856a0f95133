export * from './writer.js';
export * from './relay.js';
export * from './backlog.js';
