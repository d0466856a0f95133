export * from './token-issuer.js';
export * from './environment.js';
