import type { ServiceDefinition } from '@app/platform/service';

/** The adhesion service: adhesions to contracts, their rounds and documents. */
export const definition: ServiceDefinition = {
  name: 'adhesion',
  schema: 'adhesion',
  version: '0.1.0',
  migrations: [],
  routes: () => [],
};
