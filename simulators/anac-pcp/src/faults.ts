import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import { govwayRefusal, pcpError } from './problems.js';

/** What a test can make the next call to an operation do. */
export type Fault =
  | { kind: 'status'; status: 429 | 500; retryAfterSeconds?: number }
  | { kind: 'unavailable' }
  | { kind: 'delay'; ms: number }
  | { kind: 'ko'; errori: { codice: string; dettaglio: string }[] }
  /**
   * The operation is carried out, then the connection drops before the answer: the caller never
   * learns it.
   */
  | { kind: 'drop-reply' };

const operationOf = (req: Request) => req.path.split('/').pop() ?? '';

/**
 * 429 (with Retry-After when asked) or 500, in ANAC's problem shape. ANAC's list of errors has no
 * code of its own for a rate limit: both carry its generic error, the status tells them apart.
 */
function statusAnswer(res: Response, fault: { status: number; retryAfterSeconds?: number }): void {
  if (fault.retryAfterSeconds !== undefined)
    res.set('retry-after', String(fault.retryAfterSeconds));
  const title = fault.status === 429 ? 'Too Many Requests' : 'Internal Server Error';
  pcpError(res, fault.status, [{ codice: 'ERR9999', dettaglio: 'errore generico' }], title);
}

/** How tests ask for faults: queued for an operation, or drawn at random on every call. */
function faultControls(
  queued: Map<string, Fault[]>,
  setRandom: (rate: number, lateMs: number) => void,
): Router {
  const router: Router = express.Router();
  router.post('/_sim/faults', express.json(), (req, res) => {
    const {
      operation,
      fault,
      times = 1,
    } = req.body as { operation: string; fault: Fault; times?: number };
    queued.set(operation, [
      ...(queued.get(operation) ?? []),
      ...Array.from({ length: times }, () => fault),
    ]);
    res.status(204).end();
  });
  // Random faults on every operation from now on: `{ rate: 0.1, lateMs: 3000 }`; rate 0 stops them.
  router.post('/_sim/fault-rate', express.json(), (req, res) => {
    const { rate = 0, lateMs = 0 } = req.body as { rate?: number; lateMs?: number };
    setRandom(Math.min(Math.max(Number(rate), 0), 1), Math.max(Number(lateMs), 0));
    res.status(204).end();
  });
  return router;
}

/** Faults queued per operation (the last path segment, e.g. `conferma-appalto`), each used once. */
export function createFaults() {
  const queued = new Map<string, Fault[]>();
  // A share of every call answered 500, 429 with Retry-After, or too late for the caller
  // (benchmarks).
  let random = { rate: 0, lateMs: 0 };
  const randomFault = (): Fault | undefined => {
    if (random.rate <= 0 || Math.random() >= random.rate) return undefined;
    const kinds: Fault[] = [
      { kind: 'status', status: 500 },
      { kind: 'status', status: 429, retryAfterSeconds: 1 },
      { kind: 'delay', ms: random.lateMs },
    ];
    return kinds[Math.floor(Math.random() * kinds.length)];
  };
  const take = (operation: string, kind: Fault['kind']): Fault | undefined => {
    const list = queued.get(operation) ?? [];
    const index = list.findIndex((fault) => fault.kind === kind);
    return index === -1 ? undefined : list.splice(index, 1)[0];
  };
  /**
   * HTTP-level faults before the operation runs, answered as ANAC and GovWay answer them: 429 and
   * 500 in ANAC's problem shape (its OpenAPI declares them), an outage as GovWay's 503
   * APIUnavailable.
   */
  const middleware: RequestHandler = async (req, res, next) => {
    const operation = operationOf(req);
    const drawn = randomFault();
    if (drawn) queued.set(operation, [drawn, ...(queued.get(operation) ?? [])]);
    const delay = take(operation, 'delay');
    if (delay?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, delay.ms));
    if (take(operation, 'unavailable'))
      return govwayRefusal(res, "Il servizio dell'erogatore non è al momento disponibile", 503);
    const status = take(operation, 'status');
    if (status?.kind === 'status') return statusAnswer(res, status);
    next();
  };
  const router = faultControls(queued, (rate, lateMs) => {
    random = { rate, lateMs };
  });
  return {
    middleware,
    router,
    takeKo: (operation: string) => {
      const fault = take(operation, 'ko');
      return fault?.kind === 'ko' ? fault.errori : undefined;
    },
    /** Answers, unless the test asked for the answer to be lost after the work was done. */
    reply(req: Request, res: Response, body: unknown): void {
      if (take(operationOf(req), 'drop-reply')) return void req.socket.destroy();
      res.json(body);
    },
  };
}

export type Faults = ReturnType<typeof createFaults>;
