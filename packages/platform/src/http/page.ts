import { z } from 'zod';

/**
 * A list's page, as the query string asks it: the lists of a contract hold tens of thousands of
 * rows on a national convention, so none is answered whole. A page with `pageSize` items may be
 * followed by another; a shorter one is the last. Refusals in Italian, whatever is wrong.
 */
export function pageQueryOf(limits: {
  maxPageSize: number;
  defaultPageSize: number;
  maxPage: number;
}) {
  const whole = 'La pagina è un numero intero da 1 in su.';
  const rows = `Le righe per pagina sono un numero intero da 1 a ${limits.maxPageSize}.`;
  return z.object({
    page: z.coerce
      .number({ error: whole })
      .int(whole)
      .min(1, 'La pagina parte da 1.')
      .max(limits.maxPage, `Al massimo pagina ${limits.maxPage}.`)
      .default(1),
    pageSize: z.coerce
      .number({ error: rows })
      .int(rows)
      .min(1, 'Almeno una riga per pagina.')
      .max(limits.maxPageSize, `Al massimo ${limits.maxPageSize} per pagina.`)
      .default(limits.defaultPageSize),
  });
}

export const pageQuery = pageQueryOf({ maxPageSize: 200, defaultPageSize: 50, maxPage: 100_000 });

/** The short lists (announcements, ANAC's code lists): 20 to a page, at most 100. */
export const shortPageQuery = pageQueryOf({
  maxPageSize: 100,
  defaultPageSize: 20,
  maxPage: 10_000,
});

export type PageQuery = z.output<typeof pageQuery>;

/** LIMIT and OFFSET of a page. */
export const limitOffset = (page: PageQuery) => ({
  limit: page.pageSize,
  offset: (page.page - 1) * page.pageSize,
});
