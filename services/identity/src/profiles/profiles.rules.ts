import { refuse, refusals } from '@app/platform/errors';
import { roleLabels, type Role } from '@app/roles';

/** A profile as clients see it: where the person acts, with which roles. */
export interface ProfileView {
  id: string;
  personId: string;
  fiscalCode: string;
  displayName: string;
  email: string | null;
  agency: {
    id: string;
    name: string;
    kind: string;
    ocpCode: string | null;
    ausaCode: string | null;
    ipaCode: string | null;
  };
  office: { id: string; name: string } | null;
  roles: Role[];
  roleLabels: string[];
  status: 'attivo' | 'disabilitato';
}

export interface NewProfile {
  personId: string;
  agencyId: string;
  officeId: string | null;
  roles: Role[];
}

export const profileRefusals = refusals({
  PROFILE_EXISTS: { status: 409, title: 'Operazione non consentita nello stato attuale' },
});

export const profileExists = () =>
  refuse(
    profileRefusals.PROFILE_EXISTS,
    "La persona ha già un profilo in questo ufficio dell'ente: modifica i suoi ruoli.",
  );

/** The profile with its roles in words. */
export function withLabels(row: Omit<ProfileView, 'roleLabels'>): ProfileView {
  return { ...row, roleLabels: row.roles.map((role) => roleLabels[role] ?? role) };
}
