export * from './token-issuer.js';
export * from './environment.js';
export * from './token-forgeries.js';
export * from './certificates.js';
export * from './html-forms.js';
export * from './virtual-host.js';
export * from './run-schemas.js';
export * from './unchecked-json.js';
