import type { ServiceDefinition } from '@app/platform/service';

/** The catalog service: framework agreements and conventions, price lists, ceiling ledger, public notices. */
export const definition: ServiceDefinition = {
  name: 'catalog',
  schema: 'catalog',
  version: '0.1.0',
  migrations: [],
  routes: () => [],
};
