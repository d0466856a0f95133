// bench/events: events through outbox → RabbitMQ → idempotent consumer, next to bare amqplib
// publish-with-confirms + consume on the same broker, in the same run. npm run bench:events
// (DATABASE_URL, AMQP_URL; BENCH_EVENTS, BENCH_RATE)
import { randomBytes } from 'node:crypto';
import { minimalRun } from './minimal.js';
import { oursRun } from './ours.js';
import { rawRun } from './raw.js';
import type { RunStats } from './stats.js';

const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const amqpUrl = process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const count = Number(process.env.BENCH_EVENTS ?? 5000);
const rate = Number(process.env.BENCH_RATE ?? 1000);
const tag = () => `bench_${randomBytes(3).toString('hex')}`;

const row = (label: string, s: RunStats) =>
  `${label.padEnd(44)} ${s.perSecond.toFixed(0).padStart(8)} ev/s   p50 ${s.p50.toFixed(0).padStart(5)} ` +
  `ms   p99 ${s.p99.toFixed(0).padStart(5)} ms   max ${s.max.toFixed(0).padStart(5)} ` +
  `ms`;

// Warm-up: JIT, connection pools, first queue declarations.
await rawRun(amqpUrl, tag(), 500);
await minimalRun(databaseUrl, amqpUrl, tag(), 500);
await oursRun(databaseUrl, amqpUrl, tag(), 500);

const runs = { paced: rate, half: rate / 2, burst: undefined } as const;
const results: Record<keyof typeof runs, { raw: RunStats; minimal: RunStats; ours: RunStats }> =
  {} as never;
for (const [name, offered] of Object.entries(runs) as [keyof typeof runs, number | undefined][]) {
  results[name] = {
    raw: await rawRun(amqpUrl, tag(), count, offered),
    minimal: await minimalRun(databaseUrl, amqpUrl, tag(), count, offered),
    ours: await oursRun(databaseUrl, amqpUrl, tag(), count, offered),
  };
}

const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
const target = (label: string, figure: string, goal: string, met: boolean) =>
  console.log(
    `${label.padEnd(52)} ${figure.padStart(9)}   target ${goal.padEnd(9)} ${verdict(met)}`,
  );
console.log(
  `\nbench/events — ${count} events per run, same broker and database, same ` +
    `process${process.env.BENCH_LOAD ? ` — under load: ${process.env.BENCH_LOAD}` : ''}`,
);
for (const [name, label] of [
  ['paced', `Offered load ${rate} ev/s`],
  ['half', `Offered load ${rate / 2} ev/s`],
  ['burst', 'As fast as possible (all events offered at once)'],
] as const) {
  console.log(`\n${label}:`);
  console.log(row('raw amqplib (confirm + consume, no DB)', results[name].raw));
  console.log(row('minimal outbox (same DB work, no framework)', results[name].minimal));
  console.log(row('ours (outbox → relay → inbox)', results[name].ours));
}
console.log('');
const ratio = (name: keyof typeof runs) =>
  results[name].ours.perSecond / results[name].minimal.perSecond;
target(
  `ours / minimal outbox, throughput at ${rate} ev/s`,
  ratio('paced').toFixed(2),
  '≥ 0.7',
  ratio('paced') >= 0.7,
);
target(
  'ours / minimal outbox, throughput as fast as possible',
  ratio('burst').toFixed(2),
  '≥ 0.7',
  ratio('burst') >= 0.7,
);
target(
  `ours p99 at ${rate / 2} ev/s`,
  `${results.half.ours.p99.toFixed(0)} ms`,
  '< 100 ms',
  results.half.ours.p99 < 100,
);
target(
  `ours p99 at ${rate} ev/s`,
  `${results.paced.ours.p99.toFixed(0)} ms`,
  '< 250 ms',
  results.paced.ours.p99 < 250,
);
console.log(
  `(for reference: ours / raw amqplib without a database, as fast as ` +
    `possible ` +
    `${(results.burst.ours.perSecond / results.burst.raw.perSecond).toFixed(2)})`,
);
process.exit(0);
