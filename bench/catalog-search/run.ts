// bench/catalog-search: "Elenco contratti" over 100,000 contracts, through the gateway with a
// verified token, next to a bare Express "hello" on the same machine, in the same run. The same
// searches repeat (popular searches do), so after the first round the catalog answers them from its
// search cache; the last two runs go to a replica with the cache off and show what each search
// costs PostgreSQL, beside the fair baseline: the same SQL for the same queries run by a bare Node +
// pg server, in alternating rounds with it. npm run bench:catalog   (DATABASE_URL; BENCH_CONTRACTS,
// BENCH_SECONDS)
import { fork } from 'node:child_process';
import pg from 'pg';
import { pino } from 'pino';
import { InProcessTransport } from '@app/platform/messaging';
import { startService } from '@app/platform/service';
import { startTestIssuer, uniqueName } from '@app/platform/testing';
import { definition, loadServiceConfig } from '@app/catalog';
import { generateContracts } from '@app/catalog/testing';
import { flatOut, paced, type Figures } from './load.js';
import { defined } from '@app/platform/errors';

const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const contracts = Number(process.env.BENCH_CONTRACTS ?? 100_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const agencies = [
  '0b5f5d6e-1c1a-4b7e-9d4e-00000000000a',
  '0b5f5d6e-1c1a-4b7e-9d4e-00000000000b',
  '0b5f5d6e-1c1a-4b7e-9d4e-00000000000c',
];

const issuer = await startTestIssuer();
const schema = uniqueName('bench_catalog');
// The data first, written by a catalog in this process (its migrations make the schema).
const loader = await startService(
  { ...definition, schema },
  {
    config: loadServiceConfig({
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'silent',
      PORT: '0',
      HOST: '127.0.0.1',
    }),
    transport: new InProcessTransport(),
    logger: pino({ level: 'silent' }),
  },
);
console.log(`generating ${contracts.toLocaleString('it-IT')} contracts in ${schema}…`);
await generateContracts(loader.deps.dataSource, contracts, agencies);
// The freshly written pages reach disk now, not in a checkpoint in the middle of a measured run.
await loader.deps.dataSource.query('CHECKPOINT');
await loader.stop();

// Then every piece in its own process, as the platform runs: two catalogs on the same data — as
// configured (repeated searches answered from memory) and with the search cache off, so every
// search reaches PostgreSQL — each behind its gateway; the bare Express baseline alone in its
// process.
const children: ReturnType<typeof fork>[] = [];
const spawn = (role: string, env: Record<string, string>) =>
  new Promise<string>((resolve, reject) => {
    const child = fork(new URL('./serve.ts', import.meta.url), [role], {
      execArgv: ['--import', 'tsx'],
      env: {
        ...process.env,
        ...env,
        BENCH_ISSUER: JSON.stringify({
          jwksUrl: issuer.jwksUrl,
          issuer: issuer.issuer,
          audience: issuer.audience,
        }),
      },
    });
    children.push(child);
    child.once('message', (message) => resolve((message as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`${role} exited with ${code}`)));
  });
const catalogWith = (cacheSeconds: string) =>
  spawn('catalog', {
    DATABASE_URL: databaseUrl,
    BENCH_SCHEMA: schema,
    SEARCH_CACHE_SECONDS: cacheSeconds,
  });
const gateway = await spawn('gateway', { CATALOG_URL: await catalogWith('10') });
const uncachedGateway = await spawn('gateway', { CATALOG_URL: await catalogWith('0') });
const bare = await spawn('bare', {});
const sameSql = await spawn('same-sql', {
  DATABASE_URL: databaseUrl,
  BENCH_SCHEMA: schema,
  BENCH_TENANT: defined(agencies[0]),
});
const token = await issuer.sign({ sub: 'bench-buyer', tenant: agencies[0], roles: ['buyer'] });
const headers = { authorization: `Bearer ${token}` };

const fullText = [
  'q=pulizia',
  'q=servizi%20cloud',
  'q=arred',
  'q=energia%20elettrica&sort=scadenza',
  'q=manutenzione%20verde&pageSize=50',
  'q=noleggio%20veicoli&kind=convenzione',
];
const filtered = [
  'kind=convenzione&cpv=72000000-5&expiryFrom=2025-01-01&sort=scadenza',
  'amountMin=100000000&amountMax=300000000&status=pubblicato&sort=importo',
  `banditore=${agencies[1]}&expiryTo=2026-12-31&page=3`,
  'supplier=Fornitore%2042&sort=titolo',
];

const measure = (url: string, paths: string[], rate?: number) =>
  rate ? paced(url, paths, headers, rate, seconds) : flatOut(url, paths, headers, seconds);

// Warm-up of both paths: JIT, pools, PostgreSQL's caches.
await measure(
  gateway,
  fullText.map((q) => `/api/v1/contracts?${q}`),
);
await measure(
  uncachedGateway,
  [...fullText, ...filtered].map((q) => `/api/v1/contracts?${q}`),
);
const bareMax = await measure(bare, ['/hello']);
// The fair baseline: the same statements for the same queries, by a bare Node + pg server.
await measure(
  sameSql,
  [...fullText, ...filtered].map((q) => `/api/v1/contracts?${q}`),
);

/**
 * The catalog with its cache off and the same SQL by bare Node + pg, in alternating rounds: a
 * machine that slows down or speeds up during the run does so for both. Rates are the rounds'
 * mean; p50 and p99 the rounds' worst.
 */
async function alternating(paths: string[], rounds = 3) {
  const sides = { ours: [] as Figures[], baseline: [] as Figures[] };
  for (let round = 0; round < rounds; round++) {
    sides.baseline.push(await measure(sameSql, paths));
    sides.ours.push(await measure(uncachedGateway, paths));
  }
  const combined = (all: Figures[]): Figures => ({
    rps: all.reduce((sum, f) => sum + f.rps, 0) / all.length,
    p50: Math.max(...all.map((f) => f.p50)),
    p99: Math.max(...all.map((f) => f.p99)),
    errors: all.reduce((sum, f) => sum + f.errors, 0),
  });
  const ratios = sides.ours.map((f, n) => (f.rps / defined(sides.baseline[n]).rps).toFixed(2));
  return { ours: combined(sides.ours), baseline: combined(sides.baseline), ratios };
}
const textMax = await measure(
  gateway,
  fullText.map((q) => `/api/v1/contracts?${q}`),
);
const filterMax = await measure(
  gateway,
  filtered.map((q) => `/api/v1/contracts?${q}`),
);
const text300 = await measure(
  gateway,
  fullText.map((q) => `/api/v1/contracts?${q}`),
  300,
);
const filter300 = await measure(
  gateway,
  filtered.map((q) => `/api/v1/contracts?${q}`),
  300,
);
const textRounds = await alternating(fullText.map((q) => `/api/v1/contracts?${q}`));
const filterRounds = await alternating(filtered.map((q) => `/api/v1/contracts?${q}`));
const [textCold, textSql, filterCold, filterSql] = [
  textRounds.ours,
  textRounds.baseline,
  filterRounds.ours,
  filterRounds.baseline,
];
// Every query on its own at an offered 100 req/s with the cache off: as a new search typed by many
// people.
const each: [string, Figures][] = [];
for (const q of [...fullText, ...filtered])
  each.push([q, await measure(uncachedGateway, [`/api/v1/contracts?${q}`], 100)]);

const row = (label: string, f: Figures) =>
  `${label.padEnd(52)} ${f.rps.toFixed(0).padStart(7)} req/s   p50 ${String(f.p50).padStart(4)} ` +
  `ms   p99 ${String(f.p99).padStart(4)} ms   errors ${f.errors}`;
const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
const target = (label: string, figure: string, goal: string, met: boolean) =>
  console.log(
    `${label.padEnd(60)} ${figure.padStart(10)}   target ${goal.padEnd(8)} ${verdict(met)}`,
  );
console.log(
  `\nbench/catalog-search — ${contracts.toLocaleString('it-IT')} contracts, ` +
    `${seconds} s per run; catalogs, gateways and the baseline each in its ` +
    `own process,`,
);
console.log(
  'the load from this one: as fast as possible with 10 connections ' +
    '(autocannon), or one request every 1/rate s (loadtest)',
);
console.log(row('bare Express "hello" (as fast as possible)', bareMax));
console.log(row('full-text search via gateway (max)', textMax));
console.log(row('filtered search via gateway (max)', filterMax));
console.log(row('full-text search via gateway at 300 req/s', text300));
console.log(row('filtered search via gateway at 300 req/s', filter300));
console.log(row('full-text, same SQL by bare Node + pg (max)', textSql));
console.log(row('filtered, same SQL by bare Node + pg (max)', filterSql));
console.log(row('full-text search, cache off (max)', textCold));
console.log(row('filtered search, cache off (max)', filterCold));
console.log(
  `cache off / same SQL, round by round (${seconds} s each, alternating): full text ` +
    `${textRounds.ratios.join(', ')}; filtered ${filterRounds.ratios.join(', ')}`,
);
for (const [q, figures] of each)
  console.log(row(`cache off, 100 req/s: ${decodeURIComponent(q)}`.slice(0, 52), figures));
console.log('');
target(
  'cache off: full-text / bare Express (max)',
  (textCold.rps / bareMax.rps).toFixed(3),
  '≥ 0.1',
  textCold.rps / bareMax.rps >= 0.1,
);
target(
  'cache off: filtered / bare Express (max)',
  (filterCold.rps / bareMax.rps).toFixed(3),
  '≥ 0.1',
  filterCold.rps / bareMax.rps >= 0.1,
);
target(
  'cache off: full-text / same SQL by bare Node + pg (max)',
  (textCold.rps / textSql.rps).toFixed(3),
  '≥ 0.7',
  textCold.rps / textSql.rps >= 0.7,
);
target(
  'cache off: filtered / same SQL by bare Node + pg (max)',
  (filterCold.rps / filterSql.rps).toFixed(3),
  '≥ 0.7',
  filterCold.rps / filterSql.rps >= 0.7,
);
const worst = each.reduce((max, [, figures]) => Math.max(max, figures.p99), 0);
target(
  'cache off: worst p99 of each query at 100 req/s',
  `${worst} ms`,
  '≤ 50 ms',
  worst <= 50 && each.every(([, figures]) => figures.errors === 0),
);
target(
  'cache on: full-text / bare Express (max)',
  (textMax.rps / bareMax.rps).toFixed(3),
  '≥ 0.25',
  textMax.rps / bareMax.rps >= 0.25,
);
target(
  'cache on: filtered / bare Express (max)',
  (filterMax.rps / bareMax.rps).toFixed(3),
  '≥ 0.25',
  filterMax.rps / bareMax.rps >= 0.25,
);
target(
  'cache on: p99 at 300 req/s (worse of the two)',
  `${Math.max(text300.p99, filter300.p99)} ms`,
  '≤ 50 ms',
  Math.max(text300.p99, filter300.p99) <= 50,
);

// The services stop first: their background refreshes must not meet the DROP.
await Promise.all(
  children.map(
    (child) =>
      new Promise((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', resolve);
        child.disconnect();
      }),
  ),
);
const cleanup = new pg.Client({ connectionString: databaseUrl });
await cleanup.connect();
await cleanup.query(`DROP SCHEMA "${schema}" CASCADE`);
await cleanup.end();
await issuer.close();
