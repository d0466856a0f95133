import type { Request } from 'express';
import { isoDateOfTyped } from '@app/page-layout';

/**
 * The query string's text values only (arrays and empty values dropped), for forwarding to the API.
 */
export function textQuery(req: Request, names: string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of names) {
    const value = req.query[name];
    if (typeof value === 'string' && value.trim() !== '') picked[name] = value.trim();
  }
  return picked;
}

export const withQuery = (path: string, query: Record<string, string | number>) => {
  const search = new URLSearchParams(
    Object.entries(query).map(([k, v]) => [k, String(v)]),
  ).toString();
  return search ? `${path}?${search}` : path;
};

/**
 * Previous and next page links keeping the filters; the API says a page is full when it has
 * pageSize items.
 */
export function pagination(
  path: string,
  query: Record<string, string>,
  page: number,
  shown: number,
  pageSize: number,
  total?: number,
) {
  const last =
    total === undefined
      ? shown < pageSize
        ? page
        : undefined
      : Math.max(1, Math.ceil(total / pageSize));
  return {
    page,
    last,
    previous: page > 1 ? withQuery(path, { ...query, page: page - 1 }) : undefined,
    next:
      (last === undefined || page < last) && shown === pageSize
        ? withQuery(path, { ...query, page: page + 1 })
        : undefined,
  };
}

export const pageNumber = (req: Request) =>
  Math.max(1, Math.min(10_000, Number(req.query.page) || 1));

/**
 * A date in the query string as typed in a filter (gg/mm/aaaa) or as a link carries it (ISO), as an
 * ISO date; anything else is no date.
 */
export function queryDate(value: unknown): string | undefined {
  return typeof value === 'string' ? isoDateOfTyped(value) : undefined;
}
