import { z } from 'zod';

export const maxPageSize = 100;

/** A page of a list: the first unless asked, 20 rows; absurd page sizes are capped, not refused. */
export const paging = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .default(20)
    .transform((size) => Math.min(size, maxPageSize)),
};
/**
 * Counting every match of a common word costs more than the page itself; beyond this, "at least".
 */
export const countLimit = 1_000;

export const searchQuery = z.object({
  q: z.string().trim().max(200).optional(),
  kind: z.enum(['convenzione', 'accordo-quadro']).optional(),
  status: z.enum(['bozza', 'pubblicato', 'sospeso', 'chiuso', 'scaduto']).optional(),
  banditore: z.uuid().optional(),
  supplier: z.string().trim().max(200).optional(),
  cpv: z
    .string()
    .trim()
    .regex(/^\d{8}-\d$/, 'Codice CPV non valido.')
    .optional(),
  expiryFrom: z.iso.date().optional(),
  expiryTo: z.iso.date().optional(),
  amountMin: z.coerce.number().int().min(0).optional(),
  amountMax: z.coerce.number().int().min(0).optional(),
  sort: z
    .enum(['rilevanza', 'scadenza', 'importo', 'titolo', 'pubblicazione'])
    .default('rilevanza'),
  order: z.enum(['asc', 'desc']).optional(),
  ...paging,
});

export type SearchQuery = z.output<typeof searchQuery>;
