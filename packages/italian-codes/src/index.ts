export * from './cig.js';
export * from './cpv.js';
export * from './fiscal-code.js';
export * from './schemas.js';
export * from './money.js';
export * from './organisation-code.js';
