import type { ServiceDeps } from '@app/platform/service';
import type { Config } from './config.js';

/** What identity's routes get: the platform's deps with identity's own configuration. */
export interface IdentityDeps extends ServiceDeps {
  config: Config;
}

/** The runtime hands over the config the service was started with, which identity parsed itself. */
export const identityDeps = (deps: ServiceDeps): IdentityDeps => deps as IdentityDeps;
