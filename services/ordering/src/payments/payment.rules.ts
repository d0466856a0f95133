import { z } from 'zod';
import { checkCig, euroText } from '@app/italian-codes';
import { refusals, defined } from '@app/platform/errors';

const isoDate = z.iso.date('Data nel formato AAAA-MM-GG.');
const cents = z
  .number({ error: 'Importo in centesimi di euro: un numero intero.' })
  .int('Importo in centesimi di euro: un numero intero.');

/** A payment mandate (mandato di pagamento) with the SIOPE+ fields the platform keeps. */
export const mandateSchema = z.object({
  /** Seed 003: the act the mandate refers to (data, numero e importo). */
  act: z
    .object({
      date: isoDate,
      number: z.string().trim().min(1, 'Indica il numero dell’atto.').max(50),
      amountCents: cents.min(0).max(1e13),
    })
    .optional(),
  mandateNumber: z.string().trim().min(1, 'Indica il numero del mandato.').max(50),
  issuedOn: isoDate,
  amountCents: cents.positive("L'importo del mandato deve essere maggiore di zero.").max(1e13),
  paidOn: isoDate.optional(),
  paymentMethod: z.string().trim().max(100).optional(),
  beneficiary: z.object({
    name: z.string().trim().min(2).max(300),
    fiscalCode: z.string().trim().toUpperCase().max(16).optional(),
  }),
  reason: z.string().trim().max(1_000).optional(),
  dueOn: isoDate.optional(),
  cig: z
    .string()
    .trim()
    .toUpperCase()
    .refine((cig) => checkCig(cig).valid, 'CIG non valido (formato o caratteri di controllo).')
    .optional(),
  cup: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{15}$/, 'Il CUP ha 15 caratteri alfanumerici.')
    .optional(),
  invoices: z
    .array(
      z.object({
        number: z.string().trim().min(1).max(50),
        date: isoDate.optional(),
        amountCents: cents.min(0).optional(),
      }),
    )
    .max(100)
    .default([]),
});

export type Mandate = z.output<typeof mandateSchema>;

export const paymentRefusals = refusals({
  CSV_UNREADABLE: { status: 400, title: 'File CSV non leggibile' },
  XML_UNREADABLE: { status: 400, title: 'File XML non leggibile' },
  TOO_MANY_ROWS: { status: 413, title: 'Troppe righe' },
});

/**
 * "1.234,56", "1234,56", "1234.56" or "1234" euro → integer cents, never through floating point.
 */
export function euroToCents(text: string): number | undefined {
  const value = text.trim().replace(/\s|€/g, '');
  const match =
    /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(value) ??
    /^(\d+)(?:\.(\d{1,2}))?$/.exec(value);
  if (!match) return undefined;
  const whole = Number(defined(match[1]).replaceAll('.', ''));
  const fraction = Number((match[2] ?? '').padEnd(2, '0'));
  return whole * 100 + fraction;
}

/** "31/12/2026" or "2026-12-31" → "2026-12-31". */
export function isoDay(text: string | undefined): string | undefined {
  const value = text?.trim();
  if (!value) return undefined;
  const italian = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  return italian ? `${italian[3]}-${italian[2]}-${italian[1]}` : value;
}

/**
 * The CSV's columns (header row, case and spaces ignored), as the agency's accounting exports them.
 */
export const csvColumns = [
  'numero_mandato',
  'data_mandato',
  'importo',
  'data_pagamento',
  'modalita_pagamento',
  'beneficiario',
  'codice_fiscale_beneficiario',
  'causale',
  'data_scadenza',
  'cig',
  'cup',
  'fatture',
  'data_atto',
  'numero_atto',
  'importo_atto',
] as const;

export type RowReport = {
  row: number;
  mandateNumber: string | null;
  outcome: 'registrato' | 'da registrare' | 'già registrato' | 'scartato';
  errors: string[];
};

/** A CSV row as a mandate, or why not (each problem in Italian, by column). */
export function mandateOfRow(
  row: Record<string, string>,
): { mandate: Mandate } | { errors: string[] } {
  const amountCents = euroToCents(row.importo ?? '');
  const act = row.numero_atto || row.data_atto || row.importo_atto;
  const candidate = {
    act: act
      ? {
          date: isoDay(row.data_atto),
          number: row.numero_atto ?? '',
          amountCents: euroToCents(row.importo_atto ?? '') ?? Number.NaN,
        }
      : undefined,
    mandateNumber: row.numero_mandato,
    issuedOn: isoDay(row.data_mandato),
    amountCents: amountCents ?? Number.NaN,
    paidOn: isoDay(row.data_pagamento),
    paymentMethod: row.modalita_pagamento || undefined,
    beneficiary: {
      name: row.beneficiario ?? '',
      fiscalCode: row.codice_fiscale_beneficiario || undefined,
    },
    reason: row.causale || undefined,
    dueOn: isoDay(row.data_scadenza),
    cig: row.cig || undefined,
    cup: row.cup || undefined,
    invoices: (row.fatture ?? '')
      .split(';')
      .map((number) => number.trim())
      .filter(Boolean)
      .map((number) => ({ number })),
  };
  const parsed = mandateSchema.safeParse(candidate);
  if (parsed.success) return { mandate: parsed.data };
  const errors = parsed.error.issues.map(
    (issue) => `${issue.path.join('.') || 'riga'}: ${issue.message}`,
  );
  if (amountCents === undefined)
    errors.unshift(
      `importo: «${row.importo ?? ''}» non è un importo in euro (per esempio 1.234,56).`,
    );
  return { errors: [...new Set(errors)] };
}

/**
 * An order's payments: what was ordered, what the mandates paid, what remains, and whether it was
 * paid beyond.
 */
export function paymentState(orderedCents: number, mandates: { amountCents: number }[]) {
  const paidCents = mandates.reduce((sum, mandate) => sum + mandate.amountCents, 0);
  const overpaid = paidCents > orderedCents;
  return {
    orderedCents,
    paidCents,
    remainingCents: Math.max(orderedCents - paidCents, 0),
    overpaid,
    warning: overpaid
      ? `Pagato più dell'importo ordinato: ${euroText(paidCents)} su ${euroText(orderedCents)}.`
      : null,
  };
}

export type PaymentStatus = 'pagato' | 'da-pagare' | 'scaduto';

/** Seed 003's «stato di pagamento» of a mandate, on a given day, as people read it. */
export function paymentStatus(
  mandate: { paidOn: string | null; dueOn: string | null },
  today: string,
): { status: PaymentStatus; statusLabel: string } {
  const day = (iso: string) => iso.split('-').reverse().join('/');
  if (mandate.paidOn) return { status: 'pagato', statusLabel: `Pagato il ${day(mandate.paidOn)}` };
  if (mandate.dueOn && mandate.dueOn < today)
    return { status: 'scaduto', statusLabel: `Da pagare, scaduto il ${day(mandate.dueOn)}` };
  return { status: 'da-pagare', statusLabel: 'Da pagare' };
}
