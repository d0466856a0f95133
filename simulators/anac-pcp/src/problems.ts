import type { Response } from 'express';

/** GovWay's refusal of a ModI/PDND request: 400 InteroperabilityInvalidRequest, problem+json. */
export function govwayRefusal(res: Response, detail: string, status = 400): void {
  const titles: Record<number, string> = {
    400: 'InteroperabilityInvalidRequest',
    403: 'AuthorizationTokenDeny',
    404: 'InvalidRequest',
    503: 'APIUnavailable',
  };
  const title = titles[status] ?? 'InteroperabilityInvalidRequest';
  res
    .status(status)
    .type('application/problem+json')
    .json({
      type: `https://govway.org/handling-errors/${status}/${title}.html`,
      title,
      status,
      detail,
      govway_id: crypto.randomUUID(),
    });
}

/** A PCP error: the RFC 7807 envelope with `errori` as ANAC codes them. */
export function pcpError(
  res: Response,
  status: number,
  errors: { codice: string; dettaglio: string }[],
  title = 'Bad Request',
): void {
  res
    .status(status)
    .type('application/problem+json')
    .json({
      type: 'about:blank',
      title,
      status,
      detail: errors.map((error) => `${error.codice}: ${error.dettaglio}`).join('; '),
      errori: errors.map((error) => ({ idTipologica: 'errori', ...error })),
    });
}

export const ack = { status: 200, title: 'OK', detail: 'Richiesta acquisita', type: 'about:blank' };

/** The paging fields of ANAC's list answers, and the page itself. */
export function paged<T>(
  items: T[],
  query: { page?: unknown; perPage?: unknown },
  maxPerPage = 100,
) {
  const perPage = Math.min(Math.max(Number(query.perPage ?? 20) || 20, 1), maxPerPage);
  const page = Math.max(Number(query.page ?? 1) || 1, 1);
  const result = items.slice((page - 1) * perPage, page * perPage);
  return {
    totRows: items.length,
    totPages: Math.max(1, Math.ceil(items.length / perPage)),
    currentPage: page,
    elementPage: result.length,
    result,
  };
}
