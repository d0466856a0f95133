import { refuse, refusals } from '@app/platform/errors';
import { platformOnlyRoles, type Role } from '@app/roles';

export const gestore = 'gestore-piattaforma';

export const administrationRefusals = refusals({
  TENANT_REQUIRED: { status: 403, title: 'Operazione non consentita' },
  OTHER_AGENCY: { status: 403, title: 'Operazione non consentita' },
  ROLE_NOT_GRANTABLE: { status: 403, title: 'Operazione non consentita' },
  SELF_DISABLE: { status: 409, title: 'Operazione non consentita' },
});
const why = administrationRefusals;

/** Who administers: their roles and the agency they act for. */
export interface Administrator {
  subject: string;
  roles: string[];
  tenant?: string;
  profileId?: string;
}

export const isGestore = (caller: Pick<Administrator, 'roles'>) => caller.roles.includes(gestore);

/** The agency an administrator means: the one named, or their own. */
export function agencyMeant(caller: Administrator, named: string | undefined): string {
  const agencyId = named ?? caller.tenant;
  if (!agencyId) throw refuse(why.TENANT_REQUIRED, 'Nessun ente associato al profilo selezionato.');
  return agencyId;
}

/** The Gestore administers every agency; anyone else only their own. */
export function checkAdministers(caller: Administrator, agencyId: string): void {
  if (isGestore(caller)) return;
  if (!caller.tenant)
    throw refuse(why.TENANT_REQUIRED, 'Nessun ente associato al profilo selezionato.');
  if (caller.tenant !== agencyId) throw refuse(why.OTHER_AGENCY, 'Puoi operare solo sul tuo ente.');
}

/** An agency administrator never hands out the platform's own roles. */
export function checkGrantable(caller: Pick<Administrator, 'roles'>, granted: Role[]): void {
  if (isGestore(caller)) return;
  const refused = granted.filter((role) => platformOnlyRoles.has(role));
  if (refused.length)
    throw refuse(
      why.ROLE_NOT_GRANTABLE,
      `Ruolo assegnabile solo dal Gestore della piattaforma: ${refused.join(', ')}.`,
    );
}

/** Credentials are never chosen by an administrator: the fields of a body that try to. */
export function chosenCredentialFields(body: unknown): string[] {
  return body && typeof body === 'object'
    ? Object.keys(body).filter((key) => ['username', 'password'].includes(key))
    : [];
}

export const chosenCredentialsMessage =
  'le credenziali non si scelgono: la piattaforma invia quelle di primo ' +
  'accesso alla persona, per e-mail.';

export function checkNotOwnProfile(
  caller: Administrator,
  profile: { id: string; personId: string },
): void {
  if (profile.personId !== caller.subject || profile.id !== caller.profileId) return;
  throw refuse(why.SELF_DISABLE, 'Non puoi disabilitare il profilo con cui stai operando.');
}

/**
 * Tokens carry roles: revoking any ends the sessions that use the profile, so they stop working
 * now.
 */
export const rolesRevoked = (before: string[], after: string[]) =>
  before.some((role) => !after.includes(role));
