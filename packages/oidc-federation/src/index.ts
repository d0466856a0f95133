export * from './entity-statement.js';
export * from './metadata-policy.js';
export * from './trust-chain.js';
