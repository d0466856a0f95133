// bench/events: events through outbox → RabbitMQ → idempotent consumer, next to bare amqplib
// publish-with-confirms + consume on the same broker, in the same run.
//   npm run bench:events   (DATABASE_URL, AMQP_URL; BENCH_EVENTS, BENCH_RATE)
import { randomBytes } from 'node:crypto';
import { oursRun } from './ours.js';
import { rawRun } from './raw.js';
import type { RunStats } from './stats.js';

const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const amqpUrl = process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const count = Number(process.env.BENCH_EVENTS ?? 5000);
const rate = Number(process.env.BENCH_RATE ?? 1000);
const tag = () => `bench_${randomBytes(3).toString('hex')}`;

const row = (label: string, s: RunStats) =>
  `${label.padEnd(34)} ${s.perSecond.toFixed(0).padStart(8)} ev/s   p50 ${s.p50.toFixed(0).padStart(5)} ms   p99 ${s.p99.toFixed(0).padStart(5)} ms   max ${s.max.toFixed(0).padStart(5)} ms`;

// Warm-up: JIT, connection pools, first queue declarations.
await rawRun(amqpUrl, tag(), 500);
await oursRun(databaseUrl, amqpUrl, tag(), 500);

const rawPaced = await rawRun(amqpUrl, tag(), count, rate);
const oursPaced = await oursRun(databaseUrl, amqpUrl, tag(), count, rate);
const rawHalf = await rawRun(amqpUrl, tag(), count, rate / 2);
const oursHalf = await oursRun(databaseUrl, amqpUrl, tag(), count, rate / 2);
const rawBurst = await rawRun(amqpUrl, tag(), count);
const oursBurst = await oursRun(databaseUrl, amqpUrl, tag(), count);

console.log(`\nbench/events — ${count} events per run, same broker and database, same process`);
console.log(`\nOffered load ${rate} ev/s:`);
console.log(row('raw amqplib (confirm + consume)', rawPaced));
console.log(row('ours (outbox → relay → inbox)', oursPaced));
console.log(`ratio ours/raw throughput: ${(oursPaced.perSecond / rawPaced.perSecond).toFixed(2)}   (target ≥ 0.5; p99 target < 100 ms: ${oursPaced.p99 < 100 ? 'met' : 'NOT met'})`);
console.log(`\nOffered load ${rate / 2} ev/s:`);
console.log(row('raw amqplib (confirm + consume)', rawHalf));
console.log(row('ours (outbox → relay → inbox)', oursHalf));
console.log(`ratio ours/raw throughput: ${(oursHalf.perSecond / rawHalf.perSecond).toFixed(2)}`);
console.log('\nAs fast as possible (all events offered at once):');
console.log(row('raw amqplib (confirm + consume)', rawBurst));
console.log(row('ours (outbox → relay → inbox)', oursBurst));
console.log(`ratio ours/raw throughput: ${(oursBurst.perSecond / rawBurst.perSecond).toFixed(2)}`);
process.exit(0);
