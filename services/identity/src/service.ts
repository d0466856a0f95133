import { RowSecurity1766400000000 } from './db/migrations/1766400000000-row-security.js';
import type { ServiceDefinition } from '@app/platform/service';
import { agencyRoutes } from './admin/agency.routes.js';
import { userRoutes } from './admin/user.routes.js';
import { SigningKeys1763900000000 } from './db/migrations/1763900000000-signing-keys.js';
import { PrepublishedKeys1763900000001 } from './db/migrations/1763900000001-prepublished-keys.js';
import { PeopleAndAgencies1764000000000 } from './db/migrations/1764000000000-people-and-agencies.js';
import { LoginSessions1764000000001 } from './db/migrations/1764000000001-login-sessions.js';
import { CredentialsRegistrationsClients1764000000002 } from './db/migrations/1764000000002-credentials-registrations-clients.js';
import { identityDeps } from './identity-deps.js';
import { keysRoutes } from './keys/keys.routes.js';
import { activeKeyAgeSeconds } from './keys/keys.service.js';
import { oidcRoutes } from './login/oidc/oidc.routes.js';
import { cnsRoutes } from './login/cns/cns.routes.js';
import { passwordRoutes } from './login/password/password.routes.js';
import { spidServiceProvider } from './login/spid/spid-sp.js';
import { spCertificateSecondsLeft } from './login/spid/sp-credential.js';
import { spidRoutes } from './login/spid/spid.routes.js';
import { accessPageRoutes } from './pages/access-page.routes.js';
import { apiClientRoutes } from './clients/api-client.routes.js';
import { credentialDeliveryOf } from './credentials/credential-delivery.js';
import { credentialRoutes } from './credentials/credentials.routes.js';
import { FirstAccessAndLoginLimits1764500000000 } from './db/migrations/1764500000000-first-access-and-login-limits.js';
import { RelyingPartyKeys1765000000000 } from './db/migrations/1765000000000-relying-party-keys.js';
import { registrationRoutes } from './registrations/registration.routes.js';
import { logoutRoutes } from './login/logout.routes.js';
import { sessionRoutes } from './sessions/session.routes.js';

/** The identity service: persons, agencies, profiles, logins and signing keys. */
export const definition: ServiceDefinition = {
  name: 'identity',
  schema: 'identity',
  version: '0.1.0',
  migrations: [
    SigningKeys1763900000000,
    PrepublishedKeys1763900000001,
    PeopleAndAgencies1764000000000,
    LoginSessions1764000000001,
    CredentialsRegistrationsClients1764000000002,
    FirstAccessAndLoginLimits1764500000000,
    RelyingPartyKeys1765000000000,
    RowSecurity1766400000000,
  ],
  routes: (platformDeps) => {
    const deps = identityDeps(platformDeps);
    // One SP for login and logout, so both use the same cache of IdP metadata.
    const sp = spidServiceProvider(deps.dataSource, deps.config, deps.logger);
    return [
      ...keysRoutes(deps),
      ...passwordRoutes(deps),
      ...spidRoutes(deps, sp),
      ...oidcRoutes(deps),
      ...cnsRoutes(deps),
      ...sessionRoutes(deps),
      ...logoutRoutes(deps, sp),
      ...agencyRoutes(deps),
      ...userRoutes(deps),
      ...credentialRoutes(deps),
      ...registrationRoutes(deps),
      ...apiClientRoutes(deps),
      ...accessPageRoutes(deps),
    ];
  },
  // A person reads their own profiles in other agencies (row-security migration 1766400000000).
  rowSecurityBySubject: true,
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
