export { createWebApp } from './app.js';
export { loadWebConfig, type WebConfig } from './config.js';
export { startWeb, type RunningWeb } from './server.js';
