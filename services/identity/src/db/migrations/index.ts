import { SigningKeys1763900000000 } from './1763900000000-signing-keys.js';
import { PrepublishedKeys1763900000001 } from './1763900000001-prepublished-keys.js';
import { PeopleAndAgencies1764000000000 } from './1764000000000-people-and-agencies.js';
import { LoginSessions1764000000001 } from './1764000000001-login-sessions.js';
import { CredentialsRegistrationsClients1764000000002 } from './1764000000002-credentials-registrations-clients.js';
import { FirstAccessAndLoginLimits1764500000000 } from './1764500000000-first-access-and-login-limits.js';
import { RelyingPartyKeys1765000000000 } from './1765000000000-relying-party-keys.js';
import { RowSecurity1766400000000 } from './1766400000000-row-security.js';
import { KnownConventions1767300000000 } from './1767300000000-known-conventions.js';
import { PasswordRecovery1767400000000 } from './1767400000000-password-recovery.js';
import { RegistrationModules1767400000001 } from './1767400000001-registration-modules.js';
import { SupplierRegistrations1767400000002 } from './1767400000002-supplier-registrations.js';
import {
  Documents1764200000000,
  DocumentSignatureStatus1766200000000,
} from '@app/signed-documents';

/** identity's migrations, oldest first: the order they run in. */
export const identityMigrations = [
  SigningKeys1763900000000,
  PrepublishedKeys1763900000001,
  PeopleAndAgencies1764000000000,
  LoginSessions1764000000001,
  CredentialsRegistrationsClients1764000000002,
  FirstAccessAndLoginLimits1764500000000,
  RelyingPartyKeys1765000000000,
  RowSecurity1766400000000,
  KnownConventions1767300000000,
  PasswordRecovery1767400000000,
  Documents1764200000000,
  DocumentSignatureStatus1766200000000,
  RegistrationModules1767400000001,
  SupplierRegistrations1767400000002,
];
