import { z } from 'zod';
import { checkCig, checkCpv, organisationCodeSchema } from '@app/italian-codes';

const cents = z
  .number({ error: 'Importo in centesimi di euro, intero.' })
  .int('Importo in centesimi di euro, intero.')
  .positive("L'importo deve essere maggiore di zero.")
  .max(Number.MAX_SAFE_INTEGER);
const text = (label: string, min = 3) =>
  z
    .string({ error: `${label}: campo obbligatorio.` })
    .trim()
    .min(min, `${label}: campo obbligatorio.`)
    .max(500);
const code = (label: string) =>
  z
    .string({ error: `${label}: campo obbligatorio.` })
    .trim()
    .min(1, `${label}: campo obbligatorio.`)
    .max(40);

/**
 * A CPV as ANAC codes it (list `CPV`): the eight digits, without the control digit the catalog
 * shows (`72000000-5` is accepted and becomes `72000000`).
 */
const anacCpv = z
  .string()
  .trim()
  .regex(/^\d{8}(-\d)?$/, 'CPV: otto cifre (per esempio 72000000), con o senza cifra di controllo.')
  .superRefine((value, context) => {
    const check = checkCpv(`${value.slice(0, 8)}-0`);
    if (!check.valid)
      context.addIssue({
        code: 'custom',
        message: `Il codice CPV «${value}» non appartiene ad alcuna divisione del vocabolario.`,
      });
  })
  .transform((value) => value.slice(0, 8));
const cup = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{15}$/, 'CUP: 15 caratteri, lettere e cifre.');

/**
 * A lot of the appalto: the "totale dell'ordine" orders are checked against is the sum of these
 * amounts. Coded fields carry ANAC's codes (the lists of `GET /api/v1/code-lists/{list}`).
 */
export const lotSchema = z.object({
  lotIdentifier: z
    .string()
    .trim()
    .regex(
      /^[A-Za-z0-9._-]{1,64}$/,
      'Identificativo del lotto: lettere, cifre, . _ - (fino a 64).',
    ),
  subject: text('Oggetto del lotto'),
  contractObject: z.enum(['servizi', 'forniture', 'lavori'], {
    error: 'Oggetto del contratto: servizi, forniture o lavori.',
  }),
  amountCents: cents,
  cpv: anacCpv,
  secondaryCpv: z.array(anacCpv).max(20).default([]),
  nuts: code('Codice NUTS (elenco codNUTS)'),
  istat: code('Comune ISTAT (elenco codIstat)'),
  ccnl: code('CCNL applicato (elenco ccnl)'),
  category: code('Categoria prevalente (elenco categoria)'),
  secondaryCategories: z.array(code('Categoria scorporabile')).max(20).default([]),
  cup: cup.optional(),
  financing: z
    .array(
      z.object({
        type: code('Tipo di finanziamento (elenco tipoFinanziamento)'),
        amountCents: cents,
      }),
    )
    .min(1, 'Indica almeno una fonte di finanziamento del lotto.'),
});

/** The "Richiedi CIG" form: the appalto of an adhesion without a new competition (scheda AD4). */
export const cigRequestSchema = z
  .object({
    parentCig: z
      .string()
      .trim()
      .toUpperCase()
      .superRefine((value, context) => {
        const check = checkCig(value);
        if (!check.valid)
          context.addIssue({
            code: 'custom',
            message: `CIG dell'accordo quadro o convenzione: ${check.reason}`,
          });
      }),
    adhesionId: z.uuid().nullable().default(null),
    codiceAppalto: z
      .string()
      .trim()
      .min(8, 'Il codice appalto ha da 8 a 64 caratteri.')
      .max(64, 'Il codice appalto ha da 8 a 64 caratteri.')
      .optional(),
    subject: text("Oggetto dell'appalto"),
    adhesionDate: z.iso.date('Data di adesione nel formato AAAA-MM-GG.'),
    costCentre: code('Centro di costo'),
    supplier: z.object({
      fiscalCode: organisationCodeSchema,
      name: text("Denominazione dell'operatore economico"),
      country: z.string().length(2).default('IT'),
      // ANAC's codes: a single operator (ruoloOE 14) that is a company (tipoOE 1), unless said
      // otherwise.
      role: code("Ruolo dell'operatore economico (elenco ruoloOE)").default('14'),
      kind: code('Tipo di operatore economico (elenco tipoOE)').default('1'),
    }),
    lots: z.array(lotSchema).min(1, 'Serve almeno un lotto.').max(50),
    singleProcedureReport: z.boolean({
      error: 'Dichiara se è stata redatta la Relazione Unica sulle Procedure.',
    }),
    urbanisationWorks: z.boolean().default(false),
    pnrr: z.boolean().default(false),
  })
  .superRefine((request, context) => {
    const ids = request.lots.map((lot) => lot.lotIdentifier);
    const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
    if (duplicate)
      context.addIssue({
        code: 'custom',
        path: ['lots'],
        message: `Identificativo di lotto ripetuto: ${duplicate}.`,
      });
    request.lots.forEach((lot, index) => {
      const funded = lot.financing.reduce((sum, item) => sum + item.amountCents, 0);
      if (funded !== lot.amountCents)
        context.addIssue({
          code: 'custom',
          path: ['lots', index, 'financing'],
          message:
            `I finanziamenti del lotto ${lot.lotIdentifier} non coprono esattamente ` +
            `il suo importo.`,
        });
    });
  });

export type CigRequestData = z.output<typeof cigRequestSchema>;

export const totalOf = (data: CigRequestData) =>
  data.lots.reduce((sum, lot) => sum + lot.amountCents, 0);
