import { identityMigrations } from './db/migrations/index.js';
import type { ServiceDefinition } from '@app/platform/service';
import { agencyRoutes } from './admin/agency.routes.js';
import { userRoutes } from './admin/user.routes.js';
import { identityDeps } from './identity-deps.js';
import { keysRoutes } from './keys/keys.routes.js';
import { activeKeyAgeSeconds } from './keys/keys.service.js';
import { oidcRoutes } from './login/oidc/oidc.routes.js';
import { cnsRoutes } from './login/cns/cns.routes.js';
import { passwordRoutes } from './login/password/password.routes.js';
import { passwordRecoveryRoutes } from './credentials/recovery/password-recovery.routes.js';
import { supplierRegistrationRoutes } from './suppliers/supplier-registration.routes.js';
import { spidServiceProvider } from './login/spid/spid-sp.js';
import { spCertificateSecondsLeft } from './login/spid/sp-credential.js';
import { spidRoutes } from './login/spid/spid.routes.js';
import { accessPageRoutes } from './pages/access-page.routes.js';
import { apiClientRoutes } from './clients/api-client.routes.js';
import { credentialDeliveryOf } from './credentials/credential-delivery.js';
import { credentialRoutes } from './credentials/credentials.routes.js';
import { registrationRoutes } from './registrations/registration.routes.js';
import * as conventions from './registrations/convention.service.js';
import { catalogEvents } from '@app/events';
import { logoutRoutes } from './login/logout.routes.js';
import { sessionRoutes } from './sessions/session.routes.js';

/** The identity service: persons, agencies, profiles, logins and signing keys. */
export const definition: ServiceDefinition = {
  name: 'identity',
  schema: 'identity',
  version: '0.1.0',
  migrations: identityMigrations,
  routes: (platformDeps) => {
    const deps = identityDeps(platformDeps);
    // One SP for login and logout, so both use the same cache of IdP metadata.
    const sp = spidServiceProvider(deps.dataSource, deps.config, deps.logger);
    return [
      ...keysRoutes(deps),
      ...passwordRoutes(deps),
      ...passwordRecoveryRoutes(deps),
      ...spidRoutes(deps, sp),
      ...oidcRoutes(deps),
      ...cnsRoutes(deps),
      ...sessionRoutes(deps),
      ...logoutRoutes(deps, sp),
      ...agencyRoutes(deps),
      ...userRoutes(deps),
      ...credentialRoutes(deps),
      ...registrationRoutes(deps),
      ...supplierRegistrationRoutes(deps),
      ...apiClientRoutes(deps),
      ...accessPageRoutes(deps),
    ];
  },
  // A person reads their own profiles in other agencies (row-security migration 1766400000000).
  rowSecurityBySubject: true,
  handlers: () => ({
    [catalogEvents.contractPublished.type]: conventions.contractPublished,
    [catalogEvents.contractUpdated.type]: conventions.contractUpdated,
    [catalogEvents.contractExpired.type]: conventions.contractExpired,
  }),
  jobs: (platformDeps) => {
    const { dataSource, config, logger } = identityDeps(platformDeps);
    return [
      {
        name: 'credential-delivery',
        everyMs: 2_000,
        run: credentialDeliveryOf(dataSource, config, logger).run,
      },
    ];
  },
  gauges: ({ dataSource }) => [
    {
      name: 'signing_key_age_seconds',
      description: 'Age of the key that signs access tokens (keys:rotate every 90 days)',
      read: () => activeKeyAgeSeconds(dataSource),
    },
    {
      name: 'certificate_expires_seconds',
      description: 'Seconds until the SPID service provider certificate expires',
      read: () => spCertificateSecondsLeft(dataSource),
    },
  ],
};
