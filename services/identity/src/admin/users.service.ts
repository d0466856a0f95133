import type { EntityManager } from 'typeorm';
import type { Caller } from '@app/platform/auth';
import type { Role } from '@app/roles';
import { requireAgency } from '../agencies/agencies.service.js';
import { issueCredentials, maskedEmail } from '../credentials/first-access.js';
import { personByFiscalCode, registerPerson, type PersonFacts } from '../persons/persons.service.js';
import { createProfile, type ProfileView } from '../profiles/profiles.service.js';

export interface NewUser extends PersonFacts {
  agencyId: string;
  officeId: string | null;
  roles: Role[];
}

export interface AddedUser extends ProfileView {
  /** Where first-access credentials were sent, or null: the person already existed, or has no e-mail. */
  firstAccess: { deliveredTo: string; expiresAt: string } | null;
}


/**
 * "Gestione utenti": a profile in the administrator's agency. A person already known keeps their
 * credentials untouched (whatever agency they belong to); only a person new to the platform gets
 * first-access credentials, made by the platform and sent to their own e-mail.
 */
export async function addUserToAgency(manager: EntityManager, caller: Caller, user: NewUser, settings: { days: number; sealKey: string | undefined }): Promise<AddedUser> {
  await requireAgency(manager, user.agencyId);
  const known = await personByFiscalCode(manager, user.fiscalCode);
  const person = known ?? await registerPerson(manager, user);
  const profile = await createProfile(manager, { personId: person.id, agencyId: user.agencyId, officeId: user.officeId, roles: user.roles });
  if (known || !person.email) return { ...profile, firstAccess: null };
  const issued = await issueCredentials(manager, { person, reason: 'primo-accesso', issuedBy: caller.subject, ...settings });
  return { ...profile, firstAccess: { deliveredTo: maskedEmail(issued.email), expiresAt: issued.expiresAt } };
}
