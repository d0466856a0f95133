// bench/catalog-search: "Elenco contratti" over 100,000 contracts, through the gateway with a verified
// token, next to a bare Express "hello" on the same machine, in the same run. The same searches repeat
// (popular searches do), so after the first round the catalog answers them from its search cache; the
// last two runs go to a replica with the cache off and show what each search costs PostgreSQL.
//   npm run bench:catalog   (DATABASE_URL; BENCH_CONTRACTS, BENCH_SECONDS)
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import express from 'express';
import pg from 'pg';
import { pino } from 'pino';
import { createTokenVerifier } from '@app/platform/auth';
import { InProcessTransport } from '@app/platform/messaging';
import { startService } from '@app/platform/service';
import { startTestIssuer, uniqueName } from '@app/platform/testing';
import { definition, loadServiceConfig } from '@app/catalog';
import { createGatewayApp, loadGatewayConfig } from '@app/gateway';
import { generateContracts } from '@app/catalog/testing';

const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const contracts = Number(process.env.BENCH_CONTRACTS ?? 100_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const agencies = ['0b5f5d6e-1c1a-4b7e-9d4e-00000000000a', '0b5f5d6e-1c1a-4b7e-9d4e-00000000000b', '0b5f5d6e-1c1a-4b7e-9d4e-00000000000c'];

const listen = (handler: Parameters<typeof createServer>[1]) => new Promise<Server>((resolve) => {
  const server = createServer(handler);
  server.listen(0, '127.0.0.1', () => resolve(server));
});
const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const issuer = await startTestIssuer();
const verifyToken = createTokenVerifier({ jwksUrl: issuer.jwksUrl, issuer: issuer.issuer, audience: issuer.audience });
const schema = uniqueName('bench_catalog');
// Two replicas of the catalog on the same data: as configured (repeated searches answered from
// memory) and with the search cache off, so every search reaches PostgreSQL.
const startCatalog = (cacheSeconds: string) => startService({ ...definition, schema }, {
  config: loadServiceConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', PORT: '0', HOST: '127.0.0.1', DATABASE_POOL_SIZE: '10', SEARCH_CACHE_SECONDS: cacheSeconds }),
  transport: new InProcessTransport(), logger: pino({ level: 'silent' }), verifyToken,
});
const catalog = await startCatalog('10');
console.log(`generating ${contracts.toLocaleString('it-IT')} contracts in ${schema}…`);
await generateContracts(catalog.deps.dataSource, contracts, agencies);
const uncachedCatalog = await startCatalog('0');
const gatewayTo = (catalogUrl: string) => listen(createGatewayApp(loadGatewayConfig({ CATALOG_URL: catalogUrl, RATE_LIMIT_PER_MINUTE: '100000000' }), pino({ level: 'silent' }), verifyToken));
const gateway = await gatewayTo(catalog.url);
const uncachedGateway = await gatewayTo(uncachedCatalog.url);
const hello = express();
hello.get('/hello', (_req, res) => {
  res.json({ hello: 'world' });
});
const bare = await listen(hello);
const token = await issuer.sign({ sub: 'bench-buyer', tenant: agencies[0], roles: ['buyer'] });
const headers = { authorization: `Bearer ${token}` };

const fullText = ['q=pulizia', 'q=servizi%20cloud', 'q=arred', 'q=energia%20elettrica&sort=scadenza', 'q=manutenzione%20verde&pageSize=50', 'q=noleggio%20veicoli&kind=convenzione'];
const filtered = ['kind=convenzione&cpv=72000000-5&expiryFrom=2025-01-01&sort=scadenza', 'amountMin=100000000&amountMax=300000000&status=pubblicato&sort=importo',
  `banditore=${agencies[1]}&expiryTo=2026-12-31&page=3`, 'supplier=Fornitore%2042&sort=titolo'];

interface Figures { rps: number; p50: number; p99: number; errors: number }
async function measure(url: string, paths: string[], rate?: number): Promise<Figures> {
  const result = await autocannon({
    url, connections: 10, duration: seconds, ...(rate ? { overallRate: rate } : {}),
    requests: paths.map((path) => ({ method: 'GET', path, headers })),
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

// Warm-up: JIT, pools, PostgreSQL's caches.
await measure(urlOf(gateway), fullText.map((q) => `/api/v1/contracts?${q}`));
const bareMax = await measure(`${urlOf(bare)}`, ['/hello']);
const textMax = await measure(urlOf(gateway), fullText.map((q) => `/api/v1/contracts?${q}`));
const filterMax = await measure(urlOf(gateway), filtered.map((q) => `/api/v1/contracts?${q}`));
const text300 = await measure(urlOf(gateway), fullText.map((q) => `/api/v1/contracts?${q}`), 300);
const filter300 = await measure(urlOf(gateway), filtered.map((q) => `/api/v1/contracts?${q}`), 300);
const textCold = await measure(urlOf(uncachedGateway), fullText.map((q) => `/api/v1/contracts?${q}`));
const filterCold = await measure(urlOf(uncachedGateway), filtered.map((q) => `/api/v1/contracts?${q}`));
// Every query on its own at an offered 100 req/s with the cache off: as a new search typed by many people.
const each: [string, Figures][] = [];
for (const q of [...fullText, ...filtered]) each.push([q, await measure(urlOf(uncachedGateway), [`/api/v1/contracts?${q}`], 100)]);

const row = (label: string, f: Figures) => `${label.padEnd(52)} ${f.rps.toFixed(0).padStart(7)} req/s   p50 ${String(f.p50).padStart(4)} ms   p99 ${String(f.p99).padStart(4)} ms   errors ${f.errors}`;
const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
const target = (label: string, figure: string, goal: string, met: boolean) => console.log(`${label.padEnd(60)} ${figure.padStart(10)}   target ${goal.padEnd(8)} ${verdict(met)}`);
console.log(`\nbench/catalog-search — ${contracts.toLocaleString('it-IT')} contracts, ${seconds} s per run, 10 connections, same process and machine`);
console.log(row('bare Express "hello" (as fast as possible)', bareMax));
console.log(row('full-text search via gateway (max)', textMax));
console.log(row('filtered search via gateway (max)', filterMax));
console.log(row('full-text search via gateway at 300 req/s', text300));
console.log(row('filtered search via gateway at 300 req/s', filter300));
console.log(row('full-text search, cache off (max)', textCold));
console.log(row('filtered search, cache off (max)', filterCold));
for (const [q, figures] of each) console.log(row(`cache off, 100 req/s: ${decodeURIComponent(q)}`.slice(0, 52), figures));
console.log('');
target('cache off: full-text / bare Express (max)', (textCold.rps / bareMax.rps).toFixed(3), '≥ 0.1', textCold.rps / bareMax.rps >= 0.1);
target('cache off: filtered / bare Express (max)', (filterCold.rps / bareMax.rps).toFixed(3), '≥ 0.1', filterCold.rps / bareMax.rps >= 0.1);
const worst = each.reduce((max, [, figures]) => Math.max(max, figures.p99), 0);
target('cache off: worst p99 of each query at 100 req/s', `${worst} ms`, '≤ 50 ms', worst <= 50 && each.every(([, figures]) => figures.errors === 0));
target('cache on: full-text / bare Express (max)', (textMax.rps / bareMax.rps).toFixed(3), '≥ 0.25', textMax.rps / bareMax.rps >= 0.25);
target('cache on: filtered / bare Express (max)', (filterMax.rps / bareMax.rps).toFixed(3), '≥ 0.25', filterMax.rps / bareMax.rps >= 0.25);
target('cache on: p99 at 300 req/s (worse of the two)', `${Math.max(text300.p99, filter300.p99)} ms`, '≤ 50 ms', Math.max(text300.p99, filter300.p99) <= 50);

for (const server of [gateway, uncachedGateway, bare]) server.close();
// The services stop first: their background refreshes must not meet the DROP.
await uncachedCatalog.stop();
await catalog.stop();
const cleanup = new pg.Client({ connectionString: databaseUrl });
await cleanup.connect();
await cleanup.query(`DROP SCHEMA "${schema}" CASCADE`);
await cleanup.end();
await issuer.close();
