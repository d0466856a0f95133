import { z } from 'zod';
import { paging } from '../contracts/contract-search.schema.js';
import { procurementTypes } from './procurement-type.js';

export const noticeQuery = z.object({
  q: z.string().trim().max(200).optional(),
  tipo: z.enum(procurementTypes).optional(),
  stato: z.enum(['Pubblicato', 'Sospeso', 'Chiuso', 'Scaduto']).optional(),
  ...paging,
});

export type NoticeQuery = z.output<typeof noticeQuery>;
