import { z } from 'zod';
import { cigSchema, cpvSchema, fiscalCodeSchema, organisationCodeSchema } from '@app/italian-codes';

/** Amounts are integer euro cents, never floating point. */
export const cents = z
  .number({ message: 'Importo in centesimi di euro.' })
  .int('Importo in centesimi di euro: un numero intero.')
  .positive("L'importo deve essere positivo.")
  .max(Number.MAX_SAFE_INTEGER);

const requirement = z.object({
  name: z.string().trim().min(2).max(300),
  mandatory: z.boolean().default(true),
  signed: z.boolean().default(false),
});

/**
 * A round of the adhesion iter (seed 001: "da quante fasi di invio di documentazione è composto").
 */
export const roundSchema = z.object({
  title: z.string().trim().min(2).max(300),
  documents: z
    .array(requirement.extend({ ipotesi: z.enum(['A', 'B', 'AB']).default('AB') }))
    .min(1, 'Ogni fase deve richiedere almeno un documento.'),
});

const isoDate = z.iso.date('Data non valida: atteso AAAA-MM-GG.');

export const contractFields = z.object({
  kind: z.enum(['convenzione', 'accordo-quadro'], {
    message: 'Tipo: convenzione o accordo-quadro.',
  }),
  title: z.string().trim().min(5).max(500),
  description: z.string().trim().min(5).max(20_000),
  cig: cigSchema,
  cup: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{15}$/, 'Il CUP ha 15 caratteri alfanumerici.')
    .optional(),
  cpv: z.array(cpvSchema).min(1, 'Indica almeno un codice CPV.'),
  lots: z
    .array(
      z.object({
        number: z.number().int().min(1),
        title: z.string().trim().min(2).max(300),
        amountCents: cents,
      }),
    )
    .min(1, 'Indica almeno un lotto.'),
  rup: z.object({ name: z.string().trim().min(3).max(200), fiscalCode: fiscalCodeSchema }),
  ceilingCents: cents,
  startDate: isoDate,
  expiryDate: isoDate,
  /** null: every agency may adhere. */
  eligibleAgencies: z.array(z.uuid()).min(1).nullable().default(null),
  supplier: z.object({
    name: z.string().trim().min(2).max(300),
    fiscalCode: organisationCodeSchema,
    pec: z.email("L'indirizzo PEC dell'operatore economico non è valido."),
  }),
  documents: z
    .array(
      z.object({
        title: z.string().trim().min(2).max(300),
        description: z.string().max(2000).optional(),
      }),
    )
    .default([]),
  rounds: z.array(roundSchema).min(1, "Indica almeno una fase dell'iter di adesione."),
  orderRequirements: z.array(requirement).default([]),
  enabledUsers: z.array(fiscalCodeSchema).default([]),
  /**
   * Days the supplier has to dispute an approved order (MePA's rule); past them it counts as
   * acknowledged.
   */
  supplierResponseDays: z
    .number()
    .int()
    .min(1, 'Almeno un giorno.')
    .max(90, 'Al massimo 90 giorni.')
    .default(10),
  /**
   * Whether the supplier may dispute an approved order within those days. Off by default: seed 001
   * says issuing the order «perfeziona l’obbligazione» between the agency and the supplier.
   */
  supplierMayDispute: z.boolean({ error: 'Indica sì o no.' }).default(false),
  contacts: z.string().trim().max(2000).optional(),
});

const datesInOrder = (c: { startDate?: string; expiryDate?: string }) =>
  !c.startDate || !c.expiryDate || c.expiryDate > c.startDate;
const datesMessage = {
  message: 'La scadenza deve essere successiva alla data di inizio.',
  path: ['expiryDate'],
};

export const newContractSchema = contractFields
  .refine(datesInOrder, datesMessage)
  .refine((c) => c.lots.reduce((sum, lot) => sum + lot.amountCents, 0) <= c.ceilingCents, {
    message: 'La somma dei lotti supera il massimale.',
    path: ['lots'],
  });

/**
 * Once published, only these change: description, documents, expiry, contacts, and whether the
 * supplier may dispute the orders approved from then on.
 */
export const editableAfterPublication = [
  'description',
  'documents',
  'expiryDate',
  'contacts',
  'supplierMayDispute',
] as const;

/**
 * A change names only what it changes: the fields' defaults apply to a new contract, never to a
 * change (a description alone would otherwise put back the documents, the days and the options).
 */
const { shape } = contractFields;
const withoutDefaults = contractFields.partial().extend({
  eligibleAgencies: shape.eligibleAgencies.unwrap().optional(),
  documents: shape.documents.unwrap().optional(),
  orderRequirements: shape.orderRequirements.unwrap().optional(),
  enabledUsers: shape.enabledUsers.unwrap().optional(),
  supplierResponseDays: shape.supplierResponseDays.unwrap().optional(),
  supplierMayDispute: shape.supplierMayDispute.unwrap().optional(),
});

export const contractChangeSchema = withoutDefaults
  .partial()
  .refine((c) => Object.keys(c).length > 0, 'Nessuna modifica indicata.');

export type ContractFields = z.output<typeof contractFields>;
