export * from './token-issuer.js';
export * from './environment.js';
export * from './token-forgeries.js';
