export { definition } from './service.js';
export { loadServiceConfig, configSchema } from './config.js';
export { seedDemoWorld, readDemoIdentities, type DemoIdentity } from './demo/demo-world.js';
export { rotateKey } from './keys/keys.service.js';
export { rememberConvention } from './registrations/convention.service.js';
export { seedDemoRegistrations } from './demo/demo-registrations.js';
