export * from './claims.js';
export * from './verifier.js';
export * from './access.js';
export * from './guards.js';
export * from './request-token.js';
export * from './session-revocations.js';
export * from './forwarded-certificate.js';
