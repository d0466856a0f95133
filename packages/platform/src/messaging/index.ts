export * from './types.js';
export * from './topic.js';
export * from './delivery.js';
export * from './amqp-names.js';
export * from './amqp-transport.js';
export * from './in-process-transport.js';
export * from './dead-letters.js';
