import { z } from 'zod';
import { refusals } from '@app/platform/errors';
import { defineLifecycle } from '@app/platform/lifecycle';

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
  `La casella è nello stato «${mailboxStates[state]}»: si possono gestire ` +
  `solo caselle attive o in attesa di accettazione.`;

/**
 * A mailbox's life (seed 004), every step on the provider's answer: asked for, then created active
 * or waiting for its holder's acceptance, then deleted or moved to another Order's panel; or
 * refused.
 */
export const mailboxLifecycle = defineLifecycle({
  entity: 'pec.mailbox',
  title: 'Casella PEC di un iscritto',
  states: mailboxStates,
  initial: ['richiesta'],
  actions: {
    created: 'Creata, in attesa di accettazione',
    'created-active': 'Creata attiva',
    accepted: 'Accettata dal titolare',
    deleted: 'Cancellata',
    transferred: 'Trasferita ad altro Ordine',
    refused: 'Rifiutata dal gestore',
  },
  describe: (box: { status: MailboxState }) => liveMessage(box.status),
  steps: {
    created: { from: ['richiesta'], to: 'non-attiva', by: 'gestore PEC', system: true },
    // Every event of a box comes from the outcome of its request, not from the step: a box created
    // active is announced as activated, one moved in (created too) as transferred, and it ends the
    // source box elsewhere.
    'created-active': { from: ['richiesta'], to: 'attiva', by: 'gestore PEC', system: true },
    accepted: { from: ['non-attiva'], to: 'attiva', by: 'titolare', system: true },
    deleted: { from: ['non-attiva', 'attiva'], to: 'cancellata', by: 'gestore PEC', system: true },
    transferred: {
      from: ['non-attiva', 'attiva'],
      to: 'trasferita',
      by: 'gestore PEC',
      system: true,
    },
    refused: { from: ['richiesta'], to: 'rifiutata', by: 'gestore PEC', system: true },
  },
});

export type MailboxStep = keyof typeof mailboxLifecycle.steps;

const address = z
  .email('Indirizzo PEC non valido.')
  .max(254)
  .transform((value) => value.toLowerCase());

export const newMailboxSchema = z.strictObject({
  memberId: z.uuid('Iscritto non valido.'),
  /**
   * A member coming from another Order keeps the box: its address, to be moved into this Order's
   * panel.
   */
  transferFromAddress: address.optional(),
});

/** The destination Order by its province's initials (the provider's code of the panel). */
export const transferOutSchema = z.strictObject({
  destinationOrder: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "Indica l'Ordine di destinazione con la sigla della provincia (es. RM)."),
});

export const mailboxQuery = z.object({
  stato: z.enum(Object.keys(mailboxStates) as [MailboxState, ...MailboxState[]]).optional(),
  q: z.string().trim().min(1).max(100).optional(),
});

export const withStateLabel = <T extends { state: string }>(box: T) => ({
  ...box,
  stateLabel: mailboxStates[box.state as MailboxState] ?? box.state,
});
