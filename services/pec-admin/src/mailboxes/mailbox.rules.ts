import { z } from 'zod';
import { refusals } from '@app/platform/errors';

export const mailboxStates = {
  richiesta: 'In richiesta al gestore',
  'non-attiva': "Non attiva: in attesa dell'accettazione del titolare",
  attiva: 'Attiva',
  cancellata: 'Cancellata',
  trasferita: 'Trasferita ad altro Ordine',
  rifiutata: 'Rifiutata dal gestore',
} as const;
export type MailboxState = keyof typeof mailboxStates;

/** A box the provider still holds for the Order: it can be changed, reset, deleted or moved. */
export const live: MailboxState[] = ['non-attiva', 'attiva'];

export const mailboxRefusals = refusals({
  MAILBOX_EXISTS: { status: 409, title: 'Casella già presente' },
  MAILBOX_NOT_LIVE: { status: 409, title: 'Casella non gestibile' },
  REQUEST_PENDING: { status: 409, title: 'Richiesta già in corso' },
});

export const liveMessage = (state: MailboxState) =>
  `La casella è nello stato «${mailboxStates[state]}»: si possono gestire solo caselle attive o in attesa di accettazione.`;

const address = z.email('Indirizzo PEC non valido.').max(254).transform((value) => value.toLowerCase());

export const newMailboxSchema = z.strictObject({
  memberId: z.uuid('Iscritto non valido.'),
  /** A member coming from another Order keeps the box: its address, to be moved into this Order's panel. */
  transferFromAddress: address.optional(),
});

/** The destination Order by its province's initials (the provider's code of the panel). */
export const transferOutSchema = z.strictObject({
  destinationOrder: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "Indica l'Ordine di destinazione con la sigla della provincia (es. RM)."),
});

export const mailboxQuery = z.object({
  stato: z.enum(Object.keys(mailboxStates) as [MailboxState, ...MailboxState[]]).optional(),
  q: z.string().trim().min(1).max(100).optional(),
});


export const withStateLabel = <T extends { state: string }>(box: T) => ({ ...box, stateLabel: mailboxStates[box.state as MailboxState] ?? box.state });
