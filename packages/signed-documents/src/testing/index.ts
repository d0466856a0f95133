export * from './signing-fixtures.js';
