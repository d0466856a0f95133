import { refuse, refusals } from '@app/platform/errors';
import type { Role } from '@app/roles';

export type RegistrationStatus = 'in-attesa' | 'approvata' | 'respinta';

export const statusLabels: Record<RegistrationStatus, string> = {
  'in-attesa': 'In attesa', 'approvata': 'Approvata', 'respinta': 'Respinta',
};

export interface RegistrationUser {
  fiscalCode: string; givenName: string; familyName: string; email?: string;
  role: Extract<Role, 'punto-ordinante' | 'punto-richiedente' | 'assistente-punto-ordinante'>;
}

export interface Registration {
  id: string; agencyId: string; agencyName: string; contractId: string; officeId: string | null;
  users: RegistrationUser[]; status: RegistrationStatus; reason: string | null; createdAt: string; decidedAt: string | null;
}

export const registrationRefusals = refusals({
  REGISTRATION_PENDING: { status: 409, title: 'Richiesta già in attesa' },
  REGISTRATION_DECIDED: { status: 409, title: 'Richiesta già decisa' },
  OFFICE_NOT_IN_AGENCY: { status: 400, title: 'Dati non validi' },
});
const why = registrationRefusals;

type Person = Omit<RegistrationUser, 'role'>;

/** Seed 000's form: one Punto Ordinante, the Punti Richiedenti, and an optional Assistente. */
export function usersOf(form: { puntoOrdinante: Person; puntiRichiedenti: Person[]; assistente?: Person }): RegistrationUser[] {
  return [
    { ...form.puntoOrdinante, role: 'punto-ordinante' },
    ...form.puntiRichiedenti.map((person) => ({ ...person, role: 'punto-richiedente' as const })),
    ...(form.assistente ? [{ ...form.assistente, role: 'assistente-punto-ordinante' as const }] : []),
  ];
}

export function checkNonePending(pendingId: string | undefined): void {
  if (!pendingId) return;
  throw refuse(why.REGISTRATION_PENDING, "L'ente ha già una richiesta di registrazione in attesa per questa convenzione.");
}

export function checkOfficeOfAgency(found: boolean): void {
  if (!found) throw refuse(why.OFFICE_NOT_IN_AGENCY, "L'ufficio indicato non appartiene all'ente.");
}

/** Only a request waiting for the Gestore is decided. */
export function checkUndecided(registration: Registration): void {
  if (registration.status === 'in-attesa') return;
  throw refuse(why.REGISTRATION_DECIDED, `La richiesta è già stata ${statusLabels[registration.status].toLowerCase()}.`);
}
