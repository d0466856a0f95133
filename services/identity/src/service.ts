import type { ServiceDefinition } from '@app/platform/service';

/** The identity service: persons, agencies, profiles, logins and signing keys. */
export const definition: ServiceDefinition = {
  name: 'identity',
  schema: 'identity',
  version: '0.1.0',
  migrations: [],
  routes: () => [],
};
