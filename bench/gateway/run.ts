// bench/gateway: the gateway's own cost per proxied request — the same search (answered from
// catalog's cache, so the service costs little) asked directly of catalog and through the gateway,
// one at a time, interleaved, in the same run; the difference of the medians is what the gateway
// adds. npm run bench:gateway   (DATABASE_URL; BENCH_REQUESTS)
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createTokenVerifier } from '@app/platform/auth';
import { InProcessTransport } from '@app/platform/messaging';
import { startService } from '@app/platform/service';
import { startTestIssuer, uniqueName } from '@app/platform/testing';
import { definition, loadServiceConfig } from '@app/catalog';
import { generateContracts } from '@app/catalog/testing';
import { createGatewayApp, loadGatewayConfig } from '@app/gateway';
import { defined } from '@app/platform/errors';
import { liftedGatewayLimits } from '../gateway-limits.js';

const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const requests = Number(process.env.BENCH_REQUESTS ?? 3000);
const agency = '0b5f5d6e-1c1a-4b7e-9d4e-00000000000a';

const issuer = await startTestIssuer();
const verifyToken = createTokenVerifier({
  jwksUrl: issuer.jwksUrl,
  issuer: issuer.issuer,
  audience: issuer.audience,
});
const schema = uniqueName('bench_gateway');
const catalog = await startService(
  { ...definition, schema },
  {
    config: loadServiceConfig({
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'silent',
      PORT: '0',
      HOST: '127.0.0.1',
      SEARCH_CACHE_SECONDS: '300',
    }),
    transport: new InProcessTransport(),
    logger: pino({ level: 'silent' }),
    verifyToken,
  },
);
await generateContracts(catalog.deps.dataSource, 1_000, [agency]);
const gateway = await new Promise<Server>((resolve) => {
  const server = createServer(
    createGatewayApp(
      loadGatewayConfig({
        CATALOG_URL: catalog.url,
        ...liftedGatewayLimits,
      }),
      pino({ level: 'silent' }),
      verifyToken,
    ),
  );
  server.listen(0, '127.0.0.1', () => resolve(server));
});
const token = await issuer.sign({ sub: 'bench-buyer', tenant: agency, roles: ['buyer'] });
const path = '/api/v1/contracts?q=pulizia';
const direct = catalog.url;
const viaGateway = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;

async function once(base: string): Promise<number> {
  const started = performance.now();
  // Node's fetch keeps its connections alive: both ways pay the same client.
  const answer = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
  await answer.arrayBuffer();
  if (answer.status !== 200) throw new Error(`${base}: ${answer.status}`);
  return performance.now() - started;
}

for (let i = 0; i < 500; i++) {
  await once(direct);
  await once(viaGateway);
}
const times = { direct: [] as number[], gateway: [] as number[] };
for (let i = 0; i < requests; i++) {
  times.direct.push(await once(direct));
  times.gateway.push(await once(viaGateway));
}
const at = (list: number[], q: number) =>
  defined([...list].sort((a, b) => a - b)[Math.floor(q * (list.length - 1))]);
const cost = at(times.gateway, 0.5) - at(times.direct, 0.5);
console.log(
  `\nbench/gateway — ${requests} requests each way, one at a time, interleaved, same process`,
);
console.log(
  `direct to catalog      p50 ${at(times.direct, 0.5).toFixed(2)} ms   p99 ${at(times.direct, 0.99).toFixed(2)} ` +
    `ms`,
);
console.log(
  `through the gateway    p50 ${at(times.gateway, 0.5).toFixed(2)} ms   p99 ` +
    `${at(times.gateway, 0.99).toFixed(2)} ms`,
);
console.log(
  `${"the gateway's own cost, p50 of proxied minus direct".padEnd(56)} ${cost.toFixed(2).padStart(6)} ` +
    `ms   target ≤ 1 ms    ${cost <= 1 ? 'met' : 'NOT met'}`,
);

await catalog.deps.dataSource.query(`DROP SCHEMA "${schema}" CASCADE`);
gateway.close();
await catalog.stop();
await issuer.close();
process.exit(0);
