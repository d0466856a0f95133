// bench/webhooks: events fanned out to partners' endpoints by notify's webhook sender (feed row and
// deliveries written in the event's transaction, leased, signed per Standard Webhooks, retried),
// beside plain HTTP POSTs of the same bodies made straight to the same endpoints in the same run.
// Each agency has endpoints: most answer at once, some slowly, some fail until a moment and then
// recover. Must show zero lost and zero delivered twice to an endpoint that answered 2xx. Then a
// backlog committed at once and drained by the sender: deliveries a second ≥ 0.7 × the plain POSTs. Then
// a steady offered rate (BENCH_STEADY_EVENTS a second, 20 s): commit → delivery p50 under 1 s. npm run
// bench:webhooks   (DATABASE_URL; BENCH_EVENTS=10000, BENCH_BACKLOG_EVENTS=BENCH_EVENTS,
// BENCH_ENDPOINTS=50, BENCH_AGENCIES=10)
import { randomUUID } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { record } from '../../services/notify/src/feed/feed.service.js';
import { fanOut } from '../../services/notify/src/webhooks/webhook.service.js';
import * as webhooks from '../../services/notify/src/webhooks/webhook.store.js';
import { newSecret, newSigningKeys } from '../../services/notify/src/webhooks/webhook-signature.js';
import { startEndpoints, type Behaviour } from './endpoints.js';
import { startNotifyAlone } from '../notify-alone.js';
import { defined } from '@app/platform/errors';
import { percentile } from '../percentile.js';

const events = Number(process.env.BENCH_EVENTS ?? 10_000);
const endpointCount = Number(process.env.BENCH_ENDPOINTS ?? 50);
const agencyCount = Number(process.env.BENCH_AGENCIES ?? 10);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 200);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const agencies = Array.from({ length: agencyCount }, () => randomUUID());
const recoverAt = Date.now() + 20_000;
// Every tenth endpoint is slow (150 ms), every tenth but one fails until 20 s after the start.
const behaviours: Behaviour[] = Array.from({ length: endpointCount }, (_, n) =>
  n % 10 === 3
    ? { kind: 'slow', delayMs: 150 }
    : n % 10 === 7
      ? { kind: 'recovering', failUntil: recoverAt }
      : { kind: 'fast' },
);
const endpoints = await startEndpoints(behaviours);
const ownerOf = (n: number) => defined(agencies[n % agencyCount]);
/** Whether a delivery the endpoints counted (`<endpoint>:<message id>`) went to one that answers at once. */
const answersAtOnce = (key: string) =>
  defined(behaviours[Number(key.split(':')[0])]).kind === 'fast';

/** Event `n`: an order approved by the agencies in turn. */
const orderEvent = (n: number) => ({
  id: randomUUID(),
  type: 'ordering.order.approved.v1',
  source: '/services/ordering',
  specversion: '1.0' as const,
  time: new Date().toISOString(),
  datacontenttype: 'application/json' as const,
  data: { agencyId: ownerOf(n), code: `O${n}`, totalCents: 100_00 },
});

/** Events `first`… of the agencies in turn, fed and fanned out in one transaction as the consumer does. */
async function commitEvents(first: number, count: number, committed: Map<string, number>) {
  const batch = Array.from({ length: count }, (_, k) => orderEvent(first + k));
  await dataSource.transaction(async (manager) => {
    for (const event of batch) {
      const row = await record(manager, event);
      if (row) await fanOut(manager, row);
    }
  });
  const at = Date.now();
  for (const event of batch) committed.set(event.id, at);
}

/**
 * A steady offered rate instead of a burst: `perSecond` events (five deliveries each) committed ten
 * times a second for `seconds`; commit → delivery to the endpoints that answer at once.
 */
async function steadyRate(perSecond: number, seconds: number) {
  endpoints.reset();
  const committed = new Map<string, number>();
  const began = Date.now();
  for (let tick = 0; tick < seconds * 10; tick++) {
    await commitEvents(events + (tick * perSecond) / 10, perSecond / 10, committed);
    await sleep(Math.max(0, began + (tick + 1) * 100 - Date.now()));
  }
  const fast = behaviours.map((b, n) => (b.kind === 'fast' ? n : -1)).filter((n) => n >= 0);
  // Each event goes to its agency's endpoints; those of the agencies in turn that answer at once.
  const fastOf = (event: number) =>
    fast.filter((n) => n % agencyCount === (events + event) % agencyCount).length;
  const expected = [...committed.keys()].reduce((sum, _, event) => sum + fastOf(event), 0);
  while (
    [...endpoints.tally.delivered.keys()].filter(answersAtOnce).length < expected &&
    Date.now() - began < seconds * 1000 + 60_000
  )
    await sleep(200);
  const delays = [...endpoints.tally.delivered.entries()]
    .filter(([key]) => answersAtOnce(key))
    .map(([key, at]) => at - defined(committed.get(defined(key.split(':')[1]))));
  const p50 = percentile(delays, 50);
  console.log(
    `steady ${perSecond * (endpointCount / agencyCount)} deliveries/s offered for ${seconds} s: ` +
      `${delays.length}/${expected} to the endpoints that answer at once, commit → delivery p50 ` +
      `${p50} ms, p99 ${percentile(delays, 99)} ms (target p50 < 1 s: ${p50 < 1000 ? 'met' : 'NOT met'}); ` +
      `delivered twice ${endpoints.tally.duplicates}`,
  );
}

/**
 * The sender's own pace: `count` events committed in one transaction, so their deliveries appear
 * together as a backlog (as after an outage), then drained by notify's sender; deliveries a second to
 * the endpoints that answer at once, from the commit to the last of them. The producer is not in the
 * figure: the bench commits in the sender's process, which a consumer does not.
 */
async function drainBacklog(count: number) {
  endpoints.reset();
  await commitEvents(2 * events, count, new Map());
  const began = Date.now();
  // Every endpoint is answering by now (the outage is over); the wait counts them all, the figure
  // only those that answer at once.
  const all = count * (endpointCount / agencyCount);
  while (endpoints.tally.delivered.size < all && Date.now() - began < 300_000) await sleep(100);
  const times = [...endpoints.tally.delivered.entries()].filter(([key]) => answersAtOnce(key));
  const seconds = (Math.max(...times.map(([, at]) => at)) - began) / 1000;
  return { delivered: times.length, seconds, perSecond: times.length / seconds };
}

const notify = await startNotifyAlone('benchnotify', {
  WEBHOOK_ALLOW_PRIVATE: 'true',
  WEBHOOK_POLL_MS: '20',
  WEBHOOK_BATCH: String(concurrency),
  WEBHOOK_RETRY_SECONDS: '1,2,4,8,16',
  WEBHOOK_TIMEOUT_MS: '5000',
});
const dataSource = notify.dataSource;
try {
  for (let n = 0; n < endpointCount; n++) {
    await webhooks.create(
      dataSource.manager,
      { agencyId: ownerOf(n), clientId: null },
      {
        url: endpoints.url(n),
        description: `bench ${n}`,
        filters: [],
        secret: newSecret(),
        ...newSigningKeys(),
      },
    );
  }
  const perAgency = endpointCount / agencyCount;
  const expected = events * perAgency;

  console.log(
    `notify: ${events} events, ${endpointCount} endpoints over ${agencyCount} ` +
      `agencies (${expected} deliveries), ${behaviours.filter((b) => b.kind === 'slow').length} ` +
      `slow, ${behaviours.filter((b) => b.kind === 'recovering').length} ` +
      `failing for 20 s`,
  );
  const committed = new Map<string, number>();
  const began = Date.now();
  for (let i = 0; i < events; i += 100) await commitEvents(i, Math.min(100, events - i), committed);
  console.log(
    `  ${events} events committed in ${((Date.now() - began) / 1000).toFixed(1)} ` +
      `s; waiting for the deliveries…`,
  );
  let last = -1;
  while (endpoints.tally.delivered.size < expected && Date.now() - began < 600_000) {
    await sleep(1000);
    if (endpoints.tally.delivered.size !== last) {
      last = endpoints.tally.delivered.size;
      if (last % 1000 < 50 || last === expected)
        console.log(
          `  delivered ${last}/${expected}, 503 answered ${endpoints.tally.failedAnswers}`,
        );
    }
  }
  const seconds = (Math.max(...endpoints.tally.delivered.values()) - began) / 1000;
  const latencies = [...endpoints.tally.delivered.entries()].map(
    ([key, at]) => at - defined(committed.get(defined(key.split(':')[1]))),
  );
  const healthy = [...endpoints.tally.delivered.entries()]
    .filter(([key]) => answersAtOnce(key))
    .map(([key, at]) => at - defined(committed.get(defined(key.split(':')[1]))));
  const fastTimes = [...endpoints.tally.delivered.entries()]
    .filter(([key]) => answersAtOnce(key))
    .map(([, at]) => at);
  const fastSeconds = (Math.max(...fastTimes) - began) / 1000;
  const ours = {
    delivered: endpoints.tally.delivered.size,
    duplicates: endpoints.tally.duplicates,
    perSecond: fastTimes.length / fastSeconds,
  };
  const [{ failed }] = await dataSource.query(
    `SELECT count(*)::int AS failed FROM webhook_deliveries WHERE status <> 'consegnato'`,
  );
  console.log(
    `\n  ${ours.delivered}/${expected} delivered in ${seconds.toFixed(1)} s ` +
      `(all endpoints, outage included), not delivered ${failed}, delivered ` +
      `twice ${ours.duplicates}`,
  );
  console.log(
    `  to the endpoints that answer at once: ${fastTimes.length} in ${fastSeconds.toFixed(1)} ` +
      `s from the first commit (${ours.perSecond.toFixed(0)}/s)`,
  );
  console.log(
    `  commit → delivery: all p50 ${percentile(latencies, 50)} ms, p99 ${percentile(latencies, 99)} ` +
      `ms; fast endpoints only p50 ${percentile(healthy, 50)} ms, p99 ${percentile(healthy, 99)} ` +
      `ms`,
  );

  // Baseline: the same bodies straight to the same endpoints (fast ones only, none failing), as
  // many at once.
  endpoints.reset();
  const bodies = [...committed.keys()]
    .slice(0, events)
    .map((id, i) => ({ id, n: (i % agencyCount) + agencyCount * (i % perAgency) }));
  const fastTargets = behaviours.map((b, n) => (b.kind === 'fast' ? n : -1)).filter((n) => n >= 0);
  const jobs = bodies.flatMap((body, i) =>
    fastTargets.slice(0, perAgency).map((n) => ({
      id: body.id,
      n,
      body: JSON.stringify({
        id: body.id,
        type: 'ordering.order.approved.v1',
        data: { code: `O${i}` },
      }),
    })),
  );
  const baseStart = Date.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < jobs.length) {
        const job = defined(jobs[next++]);
        const response = await fetch(endpoints.url(job.n), {
          method: 'POST',
          body: job.body,
          headers: { 'content-type': 'application/json', 'webhook-id': `${job.id}-${job.n}` },
        });
        await response.body?.cancel();
      }
    }),
  );
  const baseSeconds = (Date.now() - baseStart) / 1000;
  const plain = jobs.length / baseSeconds;
  console.log(`plain POSTs: ${jobs.length} in ${baseSeconds.toFixed(1)} s (${plain.toFixed(0)}/s)`);
  console.log(
    `burst, notify / plain POSTs (endpoints answering at once): ` +
      `${(ours.perSecond / plain).toFixed(3)}, bounded by how fast the bench commits the events ` +
      `(the sender keeps pace: see commit → delivery); target: zero lost, zero delivered twice`,
  );
  const drained = await drainBacklog(Number(process.env.BENCH_BACKLOG_EVENTS ?? events));
  const drainRatio = drained.perSecond / plain;
  console.log(
    `backlog drained by the sender (committed at once): ${drained.delivered} to the endpoints that ` +
      `answer at once in ${drained.seconds.toFixed(1)} s (${drained.perSecond.toFixed(0)}/s); ratio ` +
      `to plain POSTs ${drainRatio.toFixed(2)} (target ≥ 0.7: ${drainRatio >= 0.7 ? 'met' : 'NOT met'})`,
  );
  await steadyRate(Number(process.env.BENCH_STEADY_EVENTS ?? 60), 20);
  console.log(`machine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
  if (ours.delivered < expected || ours.duplicates > 0) process.exitCode = 1;
} finally {
  await notify.stop();
  await endpoints.close();
}
