import type { ServiceDefinition } from '@app/platform/service';

/** The notify service: notifications, messages and partner event delivery. */
export const definition: ServiceDefinition = {
  name: 'notify',
  schema: 'notify',
  version: '0.1.0',
  migrations: [],
  routes: () => [],
};
