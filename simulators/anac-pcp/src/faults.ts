import express, { type RequestHandler, type Router } from 'express';

/** What a test can make the next call to an operation do. */
export type Fault =
  | { kind: 'status'; status: 429 | 500 | 503; retryAfterSeconds?: number }
  | { kind: 'delay'; ms: number }
  | { kind: 'ko'; errori: { codice: string; dettaglio: string }[] };

/** Faults queued per operation (the last path segment, e.g. `conferma-appalto`), each used once. */
export function createFaults() {
  const queued = new Map<string, Fault[]>();
  const take = (operation: string, kind: Fault['kind']): Fault | undefined => {
    const list = queued.get(operation) ?? [];
    const index = list.findIndex((fault) => fault.kind === kind);
    return index === -1 ? undefined : list.splice(index, 1)[0];
  };
  /** Applies HTTP-level faults (status, delay) before the operation runs. */
  const middleware: RequestHandler = async (req, res, next) => {
    const operation = req.path.split('/').pop() ?? '';
    const delay = take(operation, 'delay');
    if (delay?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, delay.ms));
    const status = take(operation, 'status');
    if (status?.kind === 'status') {
      if (status.retryAfterSeconds !== undefined) res.set('retry-after', String(status.retryAfterSeconds));
      return void res.status(status.status).type('application/problem+json').json({ type: 'about:blank', title: status.status === 429 ? 'Too Many Requests' : 'Service Unavailable', status: status.status });
    }
    next();
  };
  const router: Router = express.Router();
  router.post('/_sim/faults', express.json(), (req, res) => {
    const { operation, fault, times = 1 } = req.body as { operation: string; fault: Fault; times?: number };
    queued.set(operation, [...(queued.get(operation) ?? []), ...Array.from({ length: times }, () => fault)]);
    res.status(204).end();
  });
  return { middleware, router, takeKo: (operation: string) => { const fault = take(operation, 'ko'); return fault?.kind === 'ko' ? fault.errori : undefined; } };
}
