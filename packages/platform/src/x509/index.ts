/**
 * Certificates and keys: RSA keys, self-signed credentials, and a certification authority for tests
 * and simulators.
 */
export * from './keys.js';
export * from './authority.js';
