import type { ServiceDefinition } from '@app/platform/service';

/** The pec-admin service: PEC mailboxes of professional orders and agencies. */
export const definition: ServiceDefinition = {
  name: 'pec-admin',
  schema: 'pec_admin',
  version: '0.1.0',
  migrations: [],
  routes: () => [],
};
