// bench/scale: what a second replica of everything buys on this machine. The seed-001 story
// (adhesion approved, order, CIG acquired at the ANAC simulator) told by several clients at once
// through
// `npm run start:cluster` with one replica per component, then with two, in the same run.
//   npx tsx bench/scale/run.ts   (DATABASE_URL, AMQP_URL; BENCH_STORIES per agency, default 4)
import { storyCast, storyRound, type Seen } from '../../tests/operations/resilient-story.js';
import { startCluster } from '../../tests/operations/cluster-harness.js';
import { demoSigning } from '../../scripts/demo-signing.js';
import { defined } from '@app/platform/errors';

const amqpUrl = process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const perAgency = Number(process.env.BENCH_STORIES ?? 4);

interface Figures {
  replicas: number;
  stories: number;
  seconds: number;
  perMinute: number;
  medianSeconds: number;
}

async function measure(replicas: number): Promise<Figures> {
  process.env.REPLICAS = String(replicas);
  const cluster = await startCluster(amqpUrl);
  try {
    const seen: Seen = { adhesions: [], cigRequests: [], orders: [], retries: 0 };
    const { casts, contractId } = await storyCast(cluster, seen);
    const signing = await demoSigning(cluster.qualifiedCa);
    // Every story of every agency at once: the load is as many clients as stories.
    const durations: number[] = [];
    const started = performance.now();
    await Promise.all(
      casts.flatMap(({ people, tokens }) =>
        Array.from({ length: perAgency }, async () => {
          const begun = performance.now();
          await storyRound(cluster.gateway, tokens, people, contractId, seen, signing);
          durations.push((performance.now() - begun) / 1000);
        }),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    durations.sort((a, b) => a - b);
    return {
      replicas,
      stories: durations.length,
      seconds,
      perMinute: (durations.length / seconds) * 60,
      medianSeconds: defined(durations[Math.floor(durations.length / 2)]),
    };
  } finally {
    await cluster.stop();
  }
}

const one = await measure(1);
const two = await measure(2);
const row = (f: Figures) =>
  `${String(f.replicas).padStart(2)} replica(s) per component: ${f.stories} ` +
  `stories in ${f.seconds.toFixed(1)} s = ${f.perMinute.toFixed(1)} ` +
  `stories/min (median story ${f.medianSeconds.toFixed(1)} s)`;
console.log(
  '\nbench/scale — the seed-001 story through npm run start:cluster, every ' +
    'story at once, same run, same machine',
);
console.log(row(one));
console.log(row(two));
console.log(`ratio two / one: ${(two.perMinute / one.perMinute).toFixed(2)}`);
process.exit(0);
