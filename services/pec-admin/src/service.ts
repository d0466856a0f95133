import { IdempotencyKeys1764200000001 } from '@app/platform/idempotency';
import type { ServiceDefinition } from '@app/platform/service';
import { Members1765700000000 } from './db/migrations/1765700000000-members.js';
import { memberRoutes } from './members/member.routes.js';

/** The pec-admin service (seed 004): each professional Order manages its members' PEC mailboxes; mailboxes and requests to come. */
export const definition: ServiceDefinition = {
  name: 'pec-admin',
  schema: 'pec_admin',
  version: '0.2.0',
  migrations: [IdempotencyKeys1764200000001, Members1765700000000],
  routes: (deps) => memberRoutes(deps),
};
