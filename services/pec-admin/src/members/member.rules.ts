import { z } from 'zod';
import { refusals } from '@app/platform/errors';
import { fiscalCodeSchema } from '@app/italian-codes';

export const memberRefusals = refusals({
  HOLDER_IDENTITY_FIXED: { status: 422, title: 'Dati non modificabili' },
  MEMBER_EXISTS: { status: 409, title: 'Iscritto già presente' },
});

/**
 * Seed 004 and the national panel: the holder's name and codice fiscale never change through the
 * Order.
 */
export const fixedFields = ['givenName', 'familyName', 'fiscalCode'] as const;

const name = (what: string) => z.string().trim().min(1, `${what} obbligatorio.`).max(100);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ./-]{6,20}$/, 'Numero di telefono non valido.')
  .nullable()
  .optional();

/**
 * What editing a holder may change: contacts and residence (seed 004's "dati anagrafici del
 * titolare").
 */
export const editableMember = {
  address: optionalText(300),
  phone,
  fax: phone,
  referenceEmail: z.email('E-mail di riferimento non valida.').max(254).optional(),
};

export const newMemberSchema = z.strictObject({
  givenName: name('Nome'),
  familyName: name('Cognome'),
  fiscalCode: fiscalCodeSchema,
  registrationNumber: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9/-]{1,20}$/, "Numero d'iscrizione non valido."),
  registeredOn: z.iso.date("Data d'iscrizione non valida (AAAA-MM-GG)."),
  ...editableMember,
  referenceEmail: z.email('E-mail di riferimento non valida.').max(254),
});

/** A change asks for the fixed fields only to be refused clearly (422), never silently ignored. */
export const memberChangeSchema = z.strictObject({
  ...editableMember,
  givenName: z.string().optional(),
  familyName: z.string().optional(),
  fiscalCode: z.string().optional(),
});

/** The fixed fields a change tries to alter (the same value again is no change). */
export function fixedFieldsChanged(
  current: Partial<Record<(typeof fixedFields)[number], unknown>>,
  change: Record<string, unknown>,
): string[] {
  return fixedFields.filter(
    (field) =>
      change[field] !== undefined &&
      String(change[field]).trim().toUpperCase() !== String(current[field]).toUpperCase(),
  );
}

const labels: Record<(typeof fixedFields)[number], string> = {
  givenName: 'nome',
  familyName: 'cognome',
  fiscalCode: 'codice fiscale',
};
export const fixedFieldsMessage = (fields: string[]) =>
  `Il ${fields.map((field) => labels[field as keyof typeof labels]).join(', ')} ` +
  `del titolare non si modifica dal pannello dell'Ordine: per una ` +
  `correzione serve una segnalazione al gestore.`;

/** Our names of the holder's contacts → the provider's, for *modifica dati del titolare*. */
export function holderChanges(change: Record<string, unknown>): Record<string, unknown> {
  const names: Record<string, string> = {
    address: 'indirizzoResidenza',
    phone: 'telefono',
    fax: 'fax',
    referenceEmail: 'emailRiferimento',
  };
  return Object.fromEntries(
    Object.entries(change)
      .filter(([key, value]) => names[key] && value !== undefined)
      .map(([key, value]) => [names[key], value]),
  );
}
