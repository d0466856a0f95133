export * from './data-source.js';
export * from './migrate.js';
export * from './platform-tables.migration.js';
export * from './like.js';
export * from './row-security.js';
export * from './today-in-italy.js';
export * from './concurrent-index.js';
