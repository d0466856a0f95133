// bench/gateway/fairness: one agency sends 10× the requests of another. Behind the gateway a
// service with a fixed capacity (4 requests at once, 10 ms each, the rest queued: a pool of
// database connections, 400 req/s in all); in the same run the quiet agency's latency alone, then
// beside the busy one through a gateway without per-agency limits, then through one with them
// (AGENCY_CONCURRENCY: half the service). Target: with the limits, the quiet agency's p99 within
// 1.5 × its p99 alone. npm run bench:fairness   (BENCH_SECONDS=10)
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createTokenVerifier } from '@app/platform/auth';
import { startTestIssuer } from '@app/platform/testing';
import {
  createGatewayApp,
  loadGatewayConfig,
  serviceNames,
  serviceUrlVariable,
} from '@app/gateway';
import { paced, type Figures } from '../catalog-search/load.js';
import { liftedGatewayLimits } from '../gateway-limits.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const quietRate = 50;
const floodRate = 10 * quietRate;
const capacity = 4;
const workMs = 10;

const listening = (server: Server) =>
  new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );

/** A service that serves `capacity` requests at once, `workMs` each; the others wait their turn. */
function boundedService(): { server: Server; drained: () => Promise<void> } {
  let busy = 0;
  const waiting: (() => void)[] = [];
  const done = () => {
    busy--;
    waiting.shift()?.();
  };
  const server = createServer((_req, res) => {
    const work = () => {
      busy++;
      setTimeout(() => {
        res.setHeader('content-type', 'application/json');
        res.end('{"items":[]}');
        done();
      }, workMs);
    };
    if (busy < capacity) work();
    else waiting.push(work);
  });
  /** Resolves once what an earlier run left queued is served: each run starts on an idle service. */
  const drained = async () => {
    while (busy > 0 || waiting.length > 0) await new Promise((resolve) => setTimeout(resolve, 50));
  };
  return { server, drained };
}

const issuer = await startTestIssuer();
const verifyToken = createTokenVerifier({
  jwksUrl: issuer.jwksUrl,
  issuer: issuer.issuer,
  audience: issuer.audience,
});
const bounded = boundedService();
const service = await listening(bounded.server);
const gatewayWith = (agencyConcurrency: string) => {
  const env: Record<string, string> = {
    ...liftedGatewayLimits,
    AGENCY_CONCURRENCY: agencyConcurrency,
  };
  for (const name of serviceNames) env[serviceUrlVariable(name)] = service;
  return listening(
    createServer(createGatewayApp(loadGatewayConfig(env), pino({ level: 'silent' }), verifyToken)),
  );
};
const unlimited = await gatewayWith('100000');
const limited = await gatewayWith(String(capacity / 2));
const token = (tenant: string) =>
  issuer.sign({ sub: `persona-${tenant}`, tenant, roles: ['buyer'] });
const quiet = { authorization: `Bearer ${await token('ente-quieto')}` };
const flooder = { authorization: `Bearer ${await token('ente-in-piena')}` };
const path = '/api/v1/contracts?q=pulizia';

async function withFlood(gateway: string): Promise<{ quiet: Figures; flood: Figures }> {
  const flood = paced(gateway, [path], flooder, floodRate, seconds + 2);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const figures = await paced(gateway, [path], quiet, quietRate, seconds);
  return { quiet: figures, flood: await flood };
}

await paced(limited, [path], quiet, quietRate, 2);
const idle = await paced(limited, [path], quiet, quietRate, seconds);
const open = await withFlood(unlimited);
await bounded.drained();
const fair = await withFlood(limited);

const row = (label: string, f: Figures) =>
  `${label.padEnd(58)} p50 ${String(f.p50).padStart(4)} ms   p99 ${String(f.p99).padStart(5)} ms` +
  `   errors ${f.errors}`;
console.log(
  `\nbench/gateway/fairness — a service of ${capacity} at once × ${workMs} ms; the quiet agency at ` +
    `${quietRate} req/s, the busy one at ${floodRate} req/s (10×), ${seconds} s`,
);
console.log(row('quiet agency alone', idle));
console.log(row('quiet agency beside the busy one, no per-agency limits', open.quiet));
console.log(
  row(`quiet agency beside the busy one, AGENCY_CONCURRENCY ${capacity / 2}`, fair.quiet),
);
console.log(row('busy agency, no per-agency limits', open.flood));
console.log(row('busy agency, with them (errors: its 429 answers)', fair.flood));
const ratio = fair.quiet.p99 / Math.max(idle.p99, 1);
console.log(
  `${'with the limits: quiet p99 / alone'.padEnd(58)} ${ratio.toFixed(2).padStart(8)}   target ≤ 1.5 ` +
    `${ratio <= 1.5 && fair.quiet.errors === 0 ? 'met' : 'NOT met'}`,
);
const unlimitedRatio = open.quiet.p99 / Math.max(idle.p99, 1);
console.log(
  `${'without them: quiet p99 / alone'.padEnd(58)} ${unlimitedRatio.toFixed(2).padStart(8)}` +
    '   (for reference)',
);
await issuer.close();
process.exit(0);
