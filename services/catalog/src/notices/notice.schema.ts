import { z } from 'zod';
import { maxPageSize } from '../contracts/contract-search.schema.js';
import { procurementTypes } from './procurement-type.js';

export const noticeQuery = z.object({
  q: z.string().trim().max(200).optional(),
  tipo: z.enum(procurementTypes).optional(),
  stato: z.enum(['Pubblicato', 'Sospeso', 'Chiuso', 'Scaduto']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .default(20)
    .transform((size) => Math.min(size, maxPageSize)),
});

export type NoticeQuery = z.output<typeof noticeQuery>;
