import { identityEvents } from '@app/events';
import { refuse, refusals } from '@app/platform/errors';
import { defineLifecycle } from '@app/platform/lifecycle';
import type { Role } from '@app/roles';

export type RegistrationStatus = 'in-attesa' | 'approvata' | 'respinta';

export const statusLabels: Record<RegistrationStatus, string> = {
  'in-attesa': 'In attesa',
  approvata: 'Approvata',
  respinta: 'Respinta',
};

export interface RegistrationUser {
  fiscalCode: string;
  givenName: string;
  familyName: string;
  email?: string;
  role: Extract<Role, 'punto-ordinante' | 'punto-richiedente' | 'assistente-punto-ordinante'>;
}

export interface Registration {
  id: string;
  /** Seed 000's module, signed and uploaded by the agency (null until then). */
  moduleDocumentId: string | null;
  kind: 'registrazione' | 'nuove-utenze';
  agencyId: string;
  agencyName: string;
  contractId: string;
  officeId: string | null;
  users: RegistrationUser[];
  status: RegistrationStatus;
  reason: string | null;
  createdAt: string;
  decidedAt: string | null;
}

export const registrationRefusals = refusals({
  REGISTRATION_PENDING: { status: 409, title: 'Richiesta già in attesa' },
  REGISTRATION_DECIDED: { status: 409, title: 'Richiesta già decisa' },
  CONVENTION_UNKNOWN: { status: 422, title: 'Convenzione non disponibile' },
  REGISTRATION_REQUIRED_FIRST: { status: 422, title: 'Registrazione del Punto Ordinante mancante' },
  NOT_FOUND: { status: 404, title: 'Risorsa non trovata' },
});
const why = registrationRefusals;

/** Another agency's request is not seen: it answers as one that does not exist. */
export const registrationNotFound = () =>
  refuse(why.NOT_FOUND, 'Richiesta di registrazione non trovata.');

type Person = Omit<RegistrationUser, 'role'>;

/**
 * Seed 000's form: one Punto Ordinante, the Punti Richiedenti, and an optional Assistente; without
 * the Punto Ordinante it is the «Richiesta nuove utenze» of an agency already registered.
 */
export function usersOf(form: {
  puntoOrdinante?: Person;
  puntiRichiedenti: Person[];
  assistente?: Person;
}): RegistrationUser[] {
  return [
    ...(form.puntoOrdinante ? [{ ...form.puntoOrdinante, role: 'punto-ordinante' as const }] : []),
    ...form.puntiRichiedenti.map((person) => ({ ...person, role: 'punto-richiedente' as const })),
    ...(form.assistente
      ? [{ ...form.assistente, role: 'assistente-punto-ordinante' as const }]
      : []),
  ];
}

/**
 * Seed 000: «è necessario chiedere la registrazione alle singole convenzioni»: a registration names
 * a convention published on the Negozio Elettronico, still open.
 */
export function checkConvention(convention: { status: string } | undefined): void {
  if (convention?.status === 'pubblicato') return;
  throw refuse(
    why.CONVENTION_UNKNOWN,
    convention
      ? `La convenzione non accetta registrazioni: è ${convention.status}.`
      : 'La registrazione si chiede per una convenzione pubblicata sul Negozio Elettronico: ' +
          'quella indicata non lo è.',
  );
}

/** What a request is: the registration of a Punto Ordinante, or new users of a registered agency. */
export const requestKind = (users: Pick<RegistrationUser, 'role'>[]) =>
  users.some((user) => user.role === 'punto-ordinante') ? 'registrazione' : 'nuove-utenze';

/**
 * Seed 000: the «Richiesta nuove utenze» comes «in un momento successivo alla registrazione del
 * Punto Ordinante»: it needs the agency's approved registration to the convention.
 */
export function checkRegisteredFirst(
  users: Pick<RegistrationUser, 'role'>[],
  approvedId: string | undefined,
): void {
  if (requestKind(users) === 'registrazione' || approvedId) return;
  throw refuse(
    why.REGISTRATION_REQUIRED_FIRST,
    'La richiesta di nuove utenze segue la registrazione del Punto Ordinante: l’ente non è ' +
      'ancora registrato a questa convenzione.',
  );
}

export function checkNonePending(pendingId: string | undefined): void {
  if (!pendingId) return;
  throw refuse(
    why.REGISTRATION_PENDING,
    "L'ente ha già una richiesta di registrazione in attesa per questa convenzione.",
  );
}

/**
 * A registration to a convention (seed 000): it waits for the Gestore, who approves it (the users
 * get their profiles) or rejects it with a reason. A decided request is never decided again.
 */
export const registrationLifecycle = defineLifecycle({
  entity: 'registration',
  title: 'Richiesta di registrazione a una convenzione',
  states: statusLabels,
  initial: ['in-attesa'],
  actions: {
    approved: 'Richiesta approvata dal Gestore',
    rejected: 'Richiesta respinta dal Gestore',
  },
  describe: (registration: Pick<Registration, 'status'>) =>
    statusLabels[registration.status].toLowerCase(),
  refusalText: (_step, registration) =>
    `La richiesta è già stata ${statusLabels[registration.status].toLowerCase()}.`,
  steps: {
    approved: {
      from: ['in-attesa'],
      to: 'approvata',
      by: 'Gestore',
      emits: identityEvents.registrationApproved.type,
      refusal: why.REGISTRATION_DECIDED,
      refused: 'approvare',
    },
    rejected: {
      from: ['in-attesa'],
      to: 'respinta',
      by: 'Gestore',
      emits: identityEvents.registrationRejected.type,
      refusal: why.REGISTRATION_DECIDED,
      refused: 'respingere',
    },
  },
});

/** Only a request waiting for the Gestore is decided. */
export function checkUndecided(registration: Registration): void {
  registrationLifecycle.check('approved', registration);
}
