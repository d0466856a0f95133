import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * How an endpoint behaves: answers at once, slowly, or fails every call until a moment, then
 * recovers.
 */
export type Behaviour =
  { kind: 'fast' } | { kind: 'slow'; delayMs: number } | { kind: 'recovering'; failUntil: number };

/**
 * What the endpoints saw: each message id per endpoint with the time it was answered 2xx, and the
 * repeats.
 */
export interface Tally {
  delivered: Map<string, number>;
  duplicates: number;
  failedAnswers: number;
  requests: number;
}

/**
 * One HTTP server standing for many partners' endpoints (`/hook/<n>`), each with its behaviour. It
 * counts 2xx answers per (endpoint, message id): a second 2xx for the same pair is a duplicate.
 */
export interface Endpoints {
  url(n: number): string;
  readonly tally: Tally;
  reset(): void;
  close(): Promise<void>;
}

export async function startEndpoints(behaviours: Behaviour[]): Promise<Endpoints> {
  let tally: Tally = { delivered: new Map(), duplicates: 0, failedAnswers: 0, requests: 0 };
  const server: Server = createServer((req, res) => {
    const n = Number(/^\/hook\/(\d+)/.exec(req.url ?? '')?.[1]);
    const behaviour = behaviours[n] ?? { kind: 'fast' };
    const chunks: Buffer[] = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      tally.requests++;
      const id = String(
        req.headers['webhook-id'] ?? JSON.parse(Buffer.concat(chunks).toString()).id,
      );
      const answer = () => {
        if (behaviour.kind === 'recovering' && Date.now() < behaviour.failUntil) {
          tally.failedAnswers++;
          return res.writeHead(503).end();
        }
        const key = `${n}:${id}`;
        if (tally.delivered.has(key)) tally.duplicates++;
        else tally.delivered.set(key, Date.now());
        res.writeHead(204).end();
      };
      if (behaviour.kind === 'slow') setTimeout(answer, behaviour.delayMs);
      else answer();
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (n: number) => `http://127.0.0.1:${port}/hook/${n}`,
    get tally() {
      return tally;
    },
    reset() {
      tally = { delivered: new Map(), duplicates: 0, failedAnswers: 0, requests: 0 };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
