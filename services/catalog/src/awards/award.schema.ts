import { z } from 'zod';
import { paging } from '../contracts/contract-search.schema.js';
import { procurementTypes } from '../notices/procurement-type.js';

export const awardQuery = z.object({
  q: z.string().trim().max(200).optional(),
  tipo: z.enum(procurementTypes).optional(),
  stato: z.enum(['Aggiudicazione efficace', 'Annullata']).optional(),
  contratto: z.uuid('Contratto non valido.').optional(),
  /** Column of the table to sort by; newest publication first unless asked. */
  ordina: z.enum(['pubblicazione', 'importo', 'oggetto', 'cig']).default('pubblicazione'),
  verso: z.enum(['asc', 'desc']).optional(),
  ...paging,
});

export type AwardQuery = z.output<typeof awardQuery>;
