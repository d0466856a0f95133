import type { ServiceDefinition } from '@app/platform/service';

/** The anac-gateway service: CIG requests and the exchanges with ANAC PCP. */
export const definition: ServiceDefinition = {
  name: 'anac-gateway',
  schema: 'anac_gateway',
  version: '0.1.0',
  migrations: [],
  routes: () => [],
};
