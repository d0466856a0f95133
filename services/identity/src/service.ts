import type { ServiceDefinition } from '@app/platform/service';
import { SigningKeys1763900000000 } from './db/migrations/1763900000000-signing-keys.js';
import { PrepublishedKeys1763900000001 } from './db/migrations/1763900000001-prepublished-keys.js';
import { keysRoutes } from './keys/keys.routes.js';

/** The identity service: persons, agencies, profiles, logins and signing keys. */
export const definition: ServiceDefinition = {
  name: 'identity',
  schema: 'identity',
  version: '0.1.0',
  migrations: [SigningKeys1763900000000, PrepublishedKeys1763900000001],
  routes: (deps) => [...keysRoutes(deps)],
};
