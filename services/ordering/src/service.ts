import type { ServiceDefinition } from '@app/platform/service';

/** The ordering service: orders, their lines, deeds and summary sheets. */
export const definition: ServiceDefinition = {
  name: 'ordering',
  schema: 'ordering',
  version: '0.1.0',
  migrations: [],
  routes: () => [],
};
