// bench/national: the platform loaded as Italy would load it (bench/national/dataset.ts: 23,000
// agencies, 276,000 profiles, 100,000 contracts, 250,000 adhesions, 2 million orders, 20 million
// notifications, the feed and audit they imply), then every list a person or partner reads, each on
// its own at an offered 100 req/s through the gateway with the search cache off, and a partner
// walking the feed from cursor 0. The dataset is loaded once into its own database and kept for
// the next run while its scale, seed and the services' migrations stay the same.
// npm run bench:national   (DATABASE_URL: the server; BENCH_SCALE 1, BENCH_SEED 2026,
// BENCH_SECONDS 10, BENCH_NATIONAL_DATABASE negozio_national, BENCH_IPA_CODES a file of IPA codes)
import { fork } from 'node:child_process';
import pg from 'pg';
import { startTestIssuer } from '@app/platform/testing';
import { paced, type Figures } from '../catalog-search/load.js';
import { datasetSize } from './dataset.js';
import { loadNational } from './load.js';
import { costOf, type Costs, type ServingProcess } from './costs.js';
import { nationalReads } from './reads.js';

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const databaseName = process.env.BENCH_NATIONAL_DATABASE ?? 'negozio_national';
const scale = Number(process.env.BENCH_SCALE ?? 1);
const seed = Number(process.env.BENCH_SEED ?? 2026);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const rate = 100;
const targetMs = 50;
// Node's flags for the serving process: none, as the image runs the services; others to try in
// BENCH_SERVE_NODE_FLAGS (e.g. --trace-gc).
const servingFlags = (process.env.BENCH_SERVE_NODE_FLAGS ?? '').split(' ').filter(Boolean);
const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${databaseName}` }).toString();
// What the loaded data depends on: a change to any of it means loading again. Migrations added
// since run on the loaded data when the services start, as a release's would on a national
// platform (the first start after one takes what its indexes take to build).
const version = JSON.stringify({
  scale,
  seed,
  ipa: process.env.BENCH_IPA_CODES ?? null,
  dataset: 4,
});

async function loaded(): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    const { rows } = await client.query('SELECT version FROM public.national_dataset');
    return rows[0]?.version === version;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function load(): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${databaseName}"`);
  await admin.end();
  const started = performance.now();
  await loadNational({
    databaseUrl,
    scale,
    seed,
    steadyState: true,
    progress: (line) => console.log(`  ${line}`),
  });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  // As autovacuum leaves tables in steady use (visibility map set), and the pages on disk now.
  await client.query('VACUUM ANALYZE');
  await client.query('CHECKPOINT');
  await client.query(
    'CREATE TABLE public.national_dataset (version text NOT NULL, seconds real NOT NULL)',
  );
  const elapsed = (performance.now() - started) / 1000;
  await client.query('INSERT INTO public.national_dataset VALUES ($1, $2)', [version, elapsed]);
  await client.end();
  console.log(`loaded in ${elapsed.toFixed(0)} s`);
}

const size = datasetSize(scale);
console.log(`bench/national — scale ${scale}, seed ${seed}, database ${databaseName}`);
if (await loaded()) console.log('the dataset is already loaded (same scale and seed)');
else await load();

const issuer = await startTestIssuer();
const child = fork(new URL('./serve.ts', import.meta.url), [], {
  execArgv: ['--import', 'tsx', ...servingFlags],
  env: {
    ...process.env,
    BENCH_DATABASE_URL: databaseUrl,
    BENCH_ISSUER: JSON.stringify({
      jwksUrl: issuer.jwksUrl,
      issuer: issuer.issuer,
      audience: issuer.audience,
    }),
  },
});
const ask = <T>(message?: string) =>
  new Promise<T>((resolve) => {
    child.once('message', (answer) => resolve(answer as T));
    if (message) child.send(message);
  });
const { url } = await ask<{ url: string }>();

const reads = nationalReads(size, seed);
const headersOf = async (claims: Record<string, unknown>) => ({
  authorization: `Bearer ${await issuer.sign(claims, { expiresIn: '2h' })}`,
});
const firstPage = async (path: string, headers: Record<string, string>) => {
  const response = await fetch(`${url}${path}`, { headers });
  const body = (await response.json()) as { next?: string };
  if (response.status !== 200)
    throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`);
  return body;
};

const statistics = new pg.Client({ connectionString: databaseUrl });
await statistics.connect();
const servingProcess = () => ask<ServingProcess>('cpu');
const results: [string, Figures & { costs: Costs }][] = [];
for (const read of reads) {
  const headers = await headersOf(read.claims);
  const path = read.follows
    ? `${read.path}&after=${(await firstPage(read.path, headers)).next}`
    : read.path;
  await firstPage(path, headers);
  // A short warm-up at the same rate (JIT, pools, the pages of the read in PostgreSQL's cache).
  await paced(url, [path], headers, rate, 2);
  results.push([
    read.name,
    await costOf(statistics, servingProcess, seconds, () =>
      paced(url, [path], headers, rate, seconds),
    ),
  ]);
}

/** A partner walking the feed from cursor 0, a page of 1,000 after the other, for the run's time. */
async function walkFeed() {
  const partner = reads.find(
    (read) => read.service === 'notify' && read.path.startsWith('/api/v1/events'),
  );
  if (!partner) throw new Error('no partner read');
  const headers = await headersOf(partner.claims);
  const before = await ask<{ rss: number }>('memory');
  const times: number[] = [];
  let after: string | undefined;
  let events = 0;
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    const started = performance.now();
    const body = (await firstPage(
      `/api/v1/events?limit=1000${after ? `&after=${after}` : ''}`,
      headers,
    )) as {
      next: string;
      items: unknown[];
    };
    times.push(performance.now() - started);
    events += body.items.length;
    if (body.items.length === 0) break;
    after = body.next;
  }
  const rss = (await ask<{ rss: number }>('memory')).rss;
  times.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0);
  return {
    pages: times.length,
    events,
    p50: at(0.5),
    p99: at(0.99),
    max: at(1),
    growthMb: (rss - before.rss) / 2 ** 20,
  };
}
const walk = await walkFeed();

const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
console.log(
  `\n${size.agencies.toLocaleString('it-IT')} agencies, ${size.contracts.toLocaleString('it-IT')} contracts, ` +
    `${size.orders.toLocaleString('it-IT')} orders, ${size.notifications.toLocaleString('it-IT')} notifications, ` +
    `${size.feedEvents.toLocaleString('it-IT')} feed events; each read alone at an offered ${rate} req/s for ` +
    `${seconds} s, through the gateway, search cache off`,
);
for (const [name, figures] of results)
  console.log(
    `${name.padEnd(58)} p50 ${String(figures.p50).padStart(4)} ms  p99 ${String(figures.p99).padStart(4)} ms  ` +
      `${figures.rps.toFixed(0).padStart(4)} req/s  errors ${figures.errors}   target p99 ≤ ${targetMs} ms ` +
      verdict(figures.p99 <= targetMs && figures.errors === 0),
  );
console.log('\ncost of one request (capacity model, docs/capacity.md)');
for (const [name, { costs }] of results)
  console.log(
    `${name.padEnd(58)} Node ${costs.nodeCpuMs.toFixed(2).padStart(6)} ms CPU  PostgreSQL ` +
      `${costs.postgresCpuMs.toFixed(2).padStart(6)} ms CPU  buffers ${costs.blocksHit.toFixed(0).padStart(6)} hit ` +
      `${costs.blocksRead.toFixed(1).padStart(6)} read  longest pause: loop ` +
      `${costs.loopMaxMs.toFixed(0).padStart(4)} ms, GC ${costs.gcMaxMs.toFixed(0).padStart(3)} ms, load's loop ` +
      `${costs.loadLoopMaxMs.toFixed(0).padStart(4)} ms; connections opened ${costs.connections}`,
  );
console.log(
  `${'feed walked from cursor 0, pages of 1,000'.padEnd(58)} p50 ${String(walk.p50).padStart(4)} ms  p99 ` +
    `${String(walk.p99).padStart(4)} ms  ${walk.pages} pages, ${walk.events.toLocaleString('it-IT')} events, ` +
    `memory ${walk.growthMb >= 0 ? '+' : ''}${walk.growthMb.toFixed(0)} MB   target p99 ≤ ${targetMs * 4} ms a page ` +
    verdict(walk.p99 <= targetMs * 4),
);
const worst = results.reduce((max, [, figures]) => Math.max(max, figures.p99), 0);
console.log(
  `${'worst p99 of every list'.padEnd(58)} ${worst} ms   target ≤ ${targetMs} ms ` +
    verdict(worst <= targetMs && results.every(([, figures]) => figures.errors === 0)),
);

await statistics.end();
child.disconnect();
await issuer.close();
