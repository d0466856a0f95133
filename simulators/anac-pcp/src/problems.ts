import type { Response } from 'express';

/** GovWay's refusal of a ModI/PDND request: 400 InteroperabilityInvalidRequest, problem+json. */
export function govwayRefusal(res: Response, detail: string, status = 400): void {
  const title = status === 400 ? 'InteroperabilityInvalidRequest' : 'AuthorizationTokenDeny';
  res.status(status).type('application/problem+json').json({
    type: `https://govway.org/handling-errors/${status}/${title}.html`, title, status, detail, govway_id: crypto.randomUUID(),
  });
}

/** A PCP error: the RFC 7807 envelope with `errori` as ANAC codes them. */
export function pcpError(res: Response, status: number, errors: { codice: string; dettaglio: string }[], title = 'Bad Request'): void {
  res.status(status).type('application/problem+json').json({
    type: 'about:blank', title, status, detail: errors.map((error) => `${error.codice}: ${error.dettaglio}`).join('; '),
    errori: errors.map((error) => ({ idTipologica: 'errori', ...error })),
  });
}

export const ack = { status: 200, title: 'OK', detail: 'Richiesta acquisita', type: 'about:blank' };
