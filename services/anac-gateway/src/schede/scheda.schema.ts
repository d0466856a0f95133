import { z } from 'zod';

const date = (label: string) => z.iso.date(`${label} nel formato AAAA-MM-GG.`);
const count = z.number().int('Numero intero.').min(0).max(100_000);
const cents = z
  .number()
  .int('Importo in centesimi, intero.')
  .min(0, "L'importo non può essere negativo.")
  .max(Number.MAX_SAFE_INTEGER);

/**
 * What the person enters for each scheda; the rest (CIG lists, AUSA, participant, contract id) the
 * gateway knows.
 */
export const newSchedaSchema = z.discriminatedUnion(
  'code',
  [
    // ANN: the CIG and the reason "1 – Errata comunicazione" are prefilled; the reason cannot be
    // changed.
    z.object({ code: z.literal('ANN'), cig: z.string().trim().toUpperCase().optional() }),
    z.object({
      code: z.literal('SC1'),
      cig: z.string().trim().toUpperCase().optional(),
      startDate: date('Data di decorrenza'),
      endDate: date('Data di scadenza'),
      guaranteeCents: cents,
      signedOn: date('Data di stipula').optional(),
      enforceableFrom: date('Data di esecutività').optional(),
    }),
    z.object({
      code: z.literal('I1'),
      actualStartDate: date('Data di effettivo inizio'),
      expectedEndDate: date('Data di fine prevista'),
      deliveredWithReserve: z.boolean().default(false),
      deliveredInParts: z.boolean().optional(),
      startedInPhases: z.boolean().optional(),
      firstDeliveryReportDate: date('Data del verbale di prima consegna').optional(),
    }),
    z.object({
      code: z.literal('CO1'),
      completionDate: date('Data di ultimazione'),
      amountCents: cents.optional(),
      accidents: count.optional(),
      permanentInjuries: count.optional(),
      fatalities: count.optional(),
    }),
    z.object({
      code: z.literal('CO2'),
      cig: z.string().trim().toUpperCase().optional(),
      startDate: date('Data di inizio'),
      completionDate: date('Data di ultimazione'),
      amountCents: cents,
    }),
  ],
  { error: 'Scheda non gestita: ANN, SC1, I1, CO1 o CO2.' },
);

export type NewScheda = z.output<typeof newSchedaSchema>;
export type SchedaCode = NewScheda['code'];

/**
 * The schede of the execution phase: once one is sent, ANN is no longer admitted (ANAC's
 * orchestrator).
 */
export const executionPhase: ReadonlySet<SchedaCode> = new Set(['SC1', 'I1', 'CO1', 'CO2']);
