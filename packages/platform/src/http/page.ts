import { z } from 'zod';

/**
 * A list's page, as the query string asks it: the lists of a contract hold tens of thousands of
 * rows on a national convention, so none is answered whole. A page with `pageSize` items may be
 * followed by another; a shorter one is the last.
 */
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1, 'La pagina parte da 1.').max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200, 'Al massimo 200 per pagina.').default(50),
});

export type PageQuery = z.output<typeof pageQuery>;

/** LIMIT and OFFSET of a page. */
export const limitOffset = (page: PageQuery) => ({
  limit: page.pageSize,
  offset: (page.page - 1) * page.pageSize,
});
