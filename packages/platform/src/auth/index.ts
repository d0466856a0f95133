export * from './claims.js';
export * from './verifier.js';
export * from './guards.js';
