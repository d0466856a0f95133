export * from './pec-provider.js';
