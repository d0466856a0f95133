// bench/orders: orders driven from ready-to-confirm to CIG acquired, through the gateway, the
// ordering service, the broker, the ANAC gateway and the PCP simulator answering 10 % of calls with
// 500, 429 with Retry-After or too late; beside it, the simulator's own throughput for the same
// exchanges made straight to it in the same run. Must show no order lost, no appalto created twice,
// every order confirmed or refused with a reason. npm run bench:orders   (DATABASE_URL, AMQP_URL;
// BENCH_ORDERS=1000, BENCH_CONCURRENCY=25, BENCH_FAULT_RATE=0.1)
import { cpus, totalmem } from 'node:os';
import { pino } from 'pino';
import { cigRequestSchema } from '../../services/anac-gateway/src/cig-requests/cig-request.schema.js';
import { startDemoPlatform, unlimitedRates } from '../../scripts/demo-platform.js';
import {
  approvedAdhesion,
  cloudContract,
  newOrder,
  orderingCast,
} from '../../scripts/ordering-story.js';
import { directCalls } from './direct.js';
import { nsoThroughput } from './nso.js';
import { defined } from '@app/platform/errors';
import { percentile } from '../percentile.js';

const orders = Number(process.env.BENCH_ORDERS ?? 1_000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 25);
const faultRate = Number(process.env.BENCH_FAULT_RATE ?? 0.1);
const lotCents = 100_00;
const timeoutMs = 2_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` for 0…n-1 with at most `limit` at once. */
async function pool(
  n: number,
  limit: number,
  work: (index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, n) }, async () => {
      while (next < n) await work(next++);
    }),
  );
}

const demo = await startDemoPlatform(
  {
    PCP_POLL_MS: '200',
    PCP_POLL_MAX_MS: '2000',
    PCP_TIMEOUT_MS: String(timeoutMs),
    ...unlimitedRates,
  },
  { broker: 'rabbitmq' },
);
try {
  const cast = await orderingCast(demo);
  const contractId = await cloudContract(cast.buyer);
  const adhesionId = await approvedAdhesion(cast, contractId, orders * lotCents);
  await sleep(2_000);
  console.log(`preparing ${orders} orders (CIG request and order, lines matching)…`);
  const ids: string[] = [];
  await pool(orders, concurrency, async () => {
    ids.push(
      (
        await newOrder(
          cast,
          contractId,
          adhesionId,
          [{ description: 'Ora di supporto', unitPriceCents: lotCents, quantity: 1 }],
          lotCents,
        )
      ).id,
    );
  });
  const pcp = demo.simulators.urls.anacPcp;
  await fetch(`${pcp}/_sim/fault-rate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ rate: faultRate, lateMs: timeoutMs + 500 }),
  });

  console.log(
    `driving ${orders} orders to their CIG (faults on ${faultRate * 100} % of PCP calls)…`,
  );
  const started = new Map<string, number>();
  const finished = new Map<string, { at: number; status: string; reason: string | null }>();
  const begin = Date.now();
  await pool(ids.length, concurrency, async (index) => {
    const id = defined(ids[index]);
    started.set(id, Date.now());
    await cast.rup.call('POST', `/api/v1/orders/${id}/confirm-appalto`, undefined, 202);
  });
  const acquiring = new Set<string>();
  const progress = setInterval(
    () =>
      console.log(
        `  ${finished.size}/${ids.length} orders settled after ${Math.round((Date.now() - begin) / 1000)} ` +
          `s`,
      ),
    30_000,
  );
  while (finished.size < ids.length && Date.now() - begin < 30 * 60_000) {
    await pool(ids.length, concurrency, async (index) => {
      const id = defined(ids[index]);
      if (finished.has(id)) return;
      const order = await cast.rup.call('GET', `/api/v1/orders/${id}`);
      if (order.status === 'appalto-confermato' && !acquiring.has(id)) {
        acquiring.add(id);
        await cast.rup.call('POST', `/api/v1/orders/${id}/acquire-cig`, undefined, 202);
      } else if (order.status === 'cig-acquisito') {
        finished.set(id, { at: Date.now(), status: order.status, reason: null });
      } else if (order.status === 'bozza' && order.anacErrors) {
        finished.set(id, {
          at: Date.now(),
          status: 'rifiutato da ANAC',
          reason: order.anacErrors.map((e: { spiegazione: string }) => e.spiegazione).join(' '),
        });
      } else if (order.status === 'appalto-confermato' && order.anacErrors && acquiring.has(id)) {
        acquiring.delete(id);
      }
    });
    await sleep(500);
  }
  clearInterval(progress);
  const platformMs = Date.now() - begin;
  await fetch(`${pcp}/_sim/fault-rate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ rate: 0 }),
  });

  const appalti = (await (await fetch(`${pcp}/_sim/appalti`)).json()) as {
    codiceAppalto: string;
    stato: string;
  }[];
  const perCode = new Map<string, number>();
  for (const appalto of appalti.filter((a) => a.stato !== 'CANC'))
    perCode.set(appalto.codiceAppalto, (perCode.get(appalto.codiceAppalto) ?? 0) + 1);
  const duplicates = [...perCode.values()].filter((count) => count > 1).length;
  const latencies = [...finished.entries()]
    .filter(([, outcome]) => outcome.status === 'cig-acquisito')
    .map(([id, outcome]) => outcome.at - defined(started.get(id)));
  const refused = [...finished.values()].filter((outcome) => outcome.status !== 'cig-acquisito');

  console.log('baseline: the same exchanges straight to the simulator, no faults…');
  const anac = defined(demo.platform.services.find((service) => service.name === 'anac-gateway'));
  const sample = cigRequestSchema.parse({
    parentCig: '7154112FF8',
    subject: 'Baseline',
    adhesionDate: '2026-11-23',
    costCentre: 'CDC',
    singleProcedureReport: true,
    supplier: { fiscalCode: '12345678903', name: 'Servizi Integrati S.p.A.' },
    lots: [
      {
        lotIdentifier: 'LOT-0001',
        subject: 'Servizi',
        contractObject: 'servizi',
        amountCents: lotCents,
        cpv: '72000000-5',
        nuts: 'ITI15',
        istat: '009100005',
        ccnl: 'H01',
        category: 'FS',
        financing: [{ type: 'A', amountCents: lotCents }],
      },
    ],
  });
  const direct = directCalls(anac, pino({ level: 'silent' }), {
    ...sample,
    codiceAppalto: 'x',
    participantId: '3f1c2a9e-5b7d-4c1e-9f00-000000000001',
  });
  const directOrders = Math.min(orders, 200);
  const directBegin = Date.now();
  await pool(directOrders, concurrency, direct);
  const directMs = Date.now() - directBegin;

  const perMinute = (count: number, ms: number) => (count * 60_000) / ms;
  const ours = perMinute(latencies.length, platformMs);
  const baseline = perMinute(directOrders, directMs);
  console.log(
    `\nmachine: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} ` +
      `GiB; broker: ${process.env.AMQP_URL ? 'RabbitMQ (own virtual host)' : 'in-process (AMQP_URL not set)'}`,
  );
  console.log(
    `orders: ${orders}, concurrency ${concurrency}, faults ${faultRate * 100} ` +
      `% (500, 429 Retry-After 1 s, answer after ${timeoutMs + 500} ms)`,
  );
  console.log(
    `platform: ${ours.toFixed(0)} orders/minute to CIG acquired; Conferma ` +
      `appalto → CIG p50 ${percentile(latencies, 50)} ms, p95 ${percentile(latencies, 95)} ` +
      `ms`,
  );
  console.log(
    `simulator, same exchanges made directly (no faults): ${baseline.toFixed(0)} ` +
      `orders/minute — ratio ${(ours / baseline).toFixed(2)}`,
  );
  console.log(
    `outcomes: ${latencies.length} CIG acquired, ${refused.length} refused ` +
      `with a reason, ${orders - finished.size} lost (target 0)`,
  );
  console.log(`appalti created twice at the simulator: ${duplicates} (target 0)`);
  for (const outcome of refused.slice(0, 5)) console.log(`  refused: ${outcome.reason}`);
  nsoThroughput();
  if (orders - finished.size > 0 || duplicates > 0 || refused.some((outcome) => !outcome.reason))
    process.exitCode = 1;
} catch (error) {
  // Said before stopping: a stop that waits on a stuck consumer must not hide why the run ended.
  console.error('bench failed:', error);
  process.exitCode = 1;
} finally {
  await Promise.race([demo.stop(), sleep(30_000)]);
  process.exit();
}
