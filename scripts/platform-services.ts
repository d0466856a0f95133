import type { ServiceDefinition, StartOptions } from '@app/platform/service';
import * as identity from '@app/identity';
import * as catalog from '@app/catalog';
import * as adhesion from '@app/adhesion';
import * as ordering from '@app/ordering';
import * as anacGateway from '@app/anac-gateway';
import * as notify from '@app/notify';
import * as pecAdmin from '@app/pec-admin';

/** Every service of the platform, in start order, with its configuration loader. */
export const platformServices: {
  definition: ServiceDefinition;
  loadConfig: (env: NodeJS.ProcessEnv) => StartOptions['config'];
}[] = [
  { definition: identity.definition, loadConfig: identity.loadServiceConfig },
  { definition: catalog.definition, loadConfig: catalog.loadServiceConfig },
  { definition: adhesion.definition, loadConfig: adhesion.loadServiceConfig },
  // The ANAC gateway before ordering: ordering reads CIG requests from it where a person waits.
  { definition: anacGateway.definition, loadConfig: anacGateway.loadServiceConfig },
  { definition: ordering.definition, loadConfig: ordering.loadServiceConfig },
  { definition: notify.definition, loadConfig: notify.loadServiceConfig },
  { definition: pecAdmin.definition, loadConfig: pecAdmin.loadServiceConfig },
];
