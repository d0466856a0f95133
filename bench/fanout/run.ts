// bench/fanout: a price revision on a convention with 5,000 adhering agencies (3 orderers each:
// 15,000 inbox rows and e-mails) and 1,000 partner endpoints, while an unrelated agency's order
// story runs (an order approved every 200 ms: its buyer's e-mail and its partner's webhook). In the
// same run, the story alone (idle), then beside the fan-out until everything is delivered, then alone
// again. Targets: all delivered, none twice; the story's p99 from commit to e-mail and to webhook
// within 1.5 × idle (before and after together).
// npm run bench:fanout   (DATABASE_URL; BENCH_AGENCIES=5000, BENCH_ENDPOINTS=1000, BENCH_IDLE_S=30 each)
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import type { DataSource } from 'typeorm';
import { catalogEvents, orderingEvents } from '@app/events';
import { defined } from '@app/platform/errors';
import * as webhooks from '../../services/notify/src/webhooks/webhook.store.js';
import { newSecret, newSigningKeys } from '../../services/notify/src/webhooks/webhook-signature.js';
import type { SinkTally } from './sinks.js';
import { startNotifyAlone } from '../notify-alone.js';
import { percentile } from '../percentile.js';

const agencyCount = Number(process.env.BENCH_AGENCIES ?? 5_000);
const endpointCount = Number(process.env.BENCH_ENDPOINTS ?? 1_000);
const idleSeconds = Number(process.env.BENCH_IDLE_S ?? 30);
const storyEveryMs = 200;
const orderersPerAgency = 3;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const contractId = randomUUID();
const banditore = randomUUID();
const storyAgency = randomUUID();
// The story's contract has its own banditore: the agency that approves its orders.
const storyBanditore = randomUUID();
const sinks = fork(new URL('./sinks.ts', import.meta.url), [String(endpointCount + 1)], {
  execArgv: ['--import', 'tsx'],
});
const nextMessage = <T>() =>
  new Promise<T>((resolve) => sinks.once('message', (m) => resolve(m as T)));
const far = await nextMessage<{ smtpUrl: string; hookBase: string }>();
/** What the mail server and the endpoints have received so far. */
async function arrived() {
  const asked = nextMessage<SinkTally>();
  sinks.send('tally');
  const tally = await asked;
  return { mails: tally.mails, hooks: new Map(tally.hooks), duplicateHooks: tally.duplicateHooks };
}
const notify = await startNotifyAlone('benchfanout', {
  SMTP_URL: far.smtpUrl,
  WEBHOOK_ALLOW_PRIVATE: 'true',
  WEBHOOK_POLL_MS: '50',
  MAIL_POLL_MS: '50',
});
const { service, dataSource } = notify;

/**
 * The convention's adhering agencies (three orderers with an e-mail and an administrator each),
 * written by PostgreSQL; the story's agency with its buyer; an endpoint for each of the first
 * `endpointCount` agencies and one for the story's.
 */
async function seed(data: DataSource) {
  await data.query(
    `INSERT INTO people (person_id, fiscal_code, given_name, family_name, email)
     SELECT md5('p' || a || '-' || k)::uuid, 'RSSMRA80A01D61' || lpad(k::text, 2, '0'), 'Persona' || k,
       'Ente' || a, CASE WHEN k < 3 THEN 'persona' || k || '.ente' || a || '@comune.example' END
     FROM generate_series(0, $1) a, generate_series(0, 3) k`,
    [agencyCount],
  );
  await data.query(
    `INSERT INTO recipients (profile_id, person_id, agency_id, roles, active)
     SELECT md5('r' || a || '-' || k)::uuid, md5('p' || a || '-' || k)::uuid,
       CASE WHEN a = 0 THEN $2::uuid ELSE md5('a' || a)::uuid END,
       ARRAY[(ARRAY['buyer', 'rup', 'punto-ordinante', 'amministratore-ente'])[k + 1]], true
     FROM generate_series(0, $1) a, generate_series(0, 3) k WHERE a > 0 OR k = 0`,
    [agencyCount, storyAgency],
  );
  await data.query(
    `INSERT INTO contract_members (contract_id, agency_id)
     SELECT $1, md5('a' || a)::uuid FROM generate_series(1, $2) a`,
    [contractId, agencyCount],
  );
  const [{ owners }] = await data.query(
    `SELECT array_agg(md5('a' || a)::uuid::text ORDER BY a) AS owners FROM generate_series(1, $1) a`,
    [endpointCount],
  );
  for (const [n, agencyId] of [...(owners as string[]), storyAgency].entries())
    await webhooks.create(
      data.manager,
      { agencyId, clientId: null },
      {
        url: `${far.hookBase}${n}`,
        description: `partner ${n}`,
        filters: [],
        secret: newSecret(),
        ...newSigningKeys(),
      },
    );
}

const envelope = (type: string, tenant: string, data: Record<string, unknown>) => ({
  id: randomUUID(),
  type,
  source: 'bench',
  specversion: '1.0' as const,
  time: new Date().toISOString(),
  datacontenttype: 'application/json' as const,
  tenant,
  data,
});

/** Hands an event to notify as its consumer does: the handler, in a transaction of its own. */
const deliver = (event: ReturnType<typeof envelope>) =>
  dataSource.transaction((manager) =>
    defined(service.consumer.handlers[event.type])(event as never, manager),
  );

interface StoryEvent {
  id: string;
  code: string;
  committedAt: number;
}

/** The story's order approved: its buyer is told (inbox, e-mail), its partner's endpoint too. */
async function storyStep(n: number): Promise<StoryEvent> {
  const code = `O${String(n).padStart(6, '0')}/2026`;
  const event = envelope(orderingEvents.orderApproved.type, storyBanditore, {
    orderId: randomUUID(),
    code,
    contractId: randomUUID(),
    contractTitle: 'Servizi di pulizia',
    contractCig: '7154112FF8',
    agencyId: storyAgency,
    agencyName: 'Comune di Prato',
    banditoreAgencyId: storyBanditore,
    supplier: {
      name: 'Fornitore S.p.A.',
      fiscalCode: '01234567890',
      pec: 'f@pec.example',
      agencyId: null,
    },
    adhesionId: null,
    cig: null,
    totalCents: 125_000,
    sender: null,
    actor: { subject: 'x', profileId: randomUUID(), agencyId: storyBanditore },
    nsoId: null,
    approvedAt: new Date().toISOString(),
    supplierDeadline: new Date(Date.now() + 864e6).toISOString(),
    supplierMayDispute: false,
  });
  await deliver(event);
  return { id: event.id, code, committedAt: Date.now() };
}

/** Runs the story every `storyEveryMs` until `until` says stop; the events it committed. */
async function story(until: () => boolean, from: number): Promise<StoryEvent[]> {
  const events: StoryEvent[] = [];
  for (let n = from; !until(); n++) {
    const started = Date.now();
    events.push(await storyStep(n));
    await sleep(Math.max(0, storyEveryMs - (Date.now() - started)));
  }
  return events;
}

/** Each story event's delay from commit to its buyer's e-mail and to its partner's webhook. */
async function latencies(events: StoryEvent[]) {
  let far = await arrived();
  for (let tries = 0; tries < 100; tries++) {
    const missing = events.some(
      (event) => !far.mails.some((message) => message.subject.includes(event.code)),
    );
    if (!missing) break;
    await sleep(100);
    far = await arrived();
  }
  const mailAt = new Map(far.mails.map((message) => [message.subject, message.receivedAt]));
  const delay = (at: number | undefined, event: StoryEvent) =>
    at === undefined ? Number.NaN : at - event.committedAt;
  return {
    mail: events.map((event) => delay(mailAt.get(`Ordinativo ${event.code} approvato`), event)),
    hook: events.map((event) => delay(far.hooks.get(`${endpointCount}:${event.id}`), event)),
  };
}

/** What the revision delivered so far: e-mails (and to how many addresses), webhooks, the plan. */
async function revisionDelivered(eventId: string) {
  const far = await arrived();
  const mails = far.mails.filter((message) => message.subject.startsWith('Revisione prezzi'));
  const hooks = [...far.hooks.keys()].filter((key) => key.endsWith(`:${eventId}`));
  const [row] = await dataSource.query(
    `SELECT (SELECT count(*) FROM notifications WHERE event_id::text = $1)::int AS inbox,
       (SELECT count(DISTINCT profile_id) FROM notifications WHERE event_id::text = $1)::int AS profiles,
       (SELECT done_at IS NOT NULL FROM fan_outs WHERE event_id::text = $1) AS told`,
    [eventId],
  );
  return {
    mails: mails.length,
    addresses: new Set(mails.flatMap((message) => message.to)).size,
    hooks: hooks.length,
    duplicateHooks: far.duplicateHooks,
    inbox: row.inbox as number,
    profiles: row.profiles as number,
    told: row.told as boolean,
  };
}

const line = (label: string, values: number[]) =>
  `${label}: p50 ${percentile(values, 50)} ms, p99 ${percentile(values, 99)} ms (${values.length})`;
const verdict = (ratio: number) =>
  `${ratio.toFixed(2)} × idle (target ≤ 1.5: ${ratio <= 1.5 ? 'met' : 'NOT met'})`;

/** The story alone for `idleSeconds`: each event's delays. */
async function idlePhase(from: number) {
  const until = Date.now() + idleSeconds * 1000;
  const events = await story(() => Date.now() > until, from);
  return { events: events.length, ...(await latencies(events)) };
}

/** The revision while the story goes on, until all of it is delivered (or 10 minutes). */
async function fanOutPhase(from: number) {
  // A public event: every endpoint, the story partner's too.
  const expected = { mails: agencyCount * orderersPerAgency, hooks: endpointCount + 1 };
  const revision = envelope(catalogEvents.priceListRevised.type, banditore, {
    contractId,
    banditoreAgencyId: banditore,
    title: 'Convenzione nazionale pulizie',
    cig: '7154112FF8',
    revisionId: randomUUID(),
    effectiveFrom: '2026-12-01',
    percentBasisPoints: 490,
    repricedItems: 0,
    note: null,
  });
  const began = Date.now();
  await deliver(revision);
  const planMs = Date.now() - began;
  let done: Awaited<ReturnType<typeof revisionDelivered>> | undefined;
  let drainedMs = 0;
  const watch = (async () => {
    while (!done && Date.now() - began < 600_000) {
      const now = await revisionDelivered(revision.id);
      if (now.told && now.mails >= expected.mails && now.hooks >= expected.hooks) {
        done = now;
        drainedMs = Date.now() - began;
      }
      await sleep(250);
    }
  })();
  const events = await story(() => done !== undefined || Date.now() - began > 600_000, from);
  await watch;
  return {
    events,
    planMs,
    drainedMs,
    expected,
    result: done ?? (await revisionDelivered(revision.id)),
  };
}

try {
  await seed(dataSource);
  console.log(
    `notify: a price revision to ${agencyCount} adhering agencies (${agencyCount * orderersPerAgency} ` +
      `orderers) and ${endpointCount} partner endpoints, beside an order story every ${storyEveryMs} ms`,
  );
  // Idle before the fan-out and again after it has drained: the machine's drift over the run falls
  // on both sides, and the idle p99 comes from as many samples as the fan-out's.
  const before = await idlePhase(0);
  const phase = await fanOutPhase(before.events);
  const during = await latencies(phase.events);
  const after = await idlePhase(before.events + phase.events.length);
  const idle = { mail: [...before.mail, ...after.mail], hook: [...before.hook, ...after.hook] };
  for (const [label, figures] of [
    ['idle before', before],
    ['idle after', after],
    ['idle, both', idle],
    ['fan-out', during],
  ] as const)
    console.log(
      `${label}: ${line('story e-mail', figures.mail)}; ${line('story webhook', figures.hook)}`,
    );
  const { result, expected } = phase;
  console.log(
    `  revision: planned in ${phase.planMs} ms (the event's transaction), all delivered in ` +
      `${(phase.drainedMs / 1000).toFixed(1)} s: inbox ${result.inbox} rows for ${result.profiles} profiles, ` +
      `e-mails ${result.mails}/${expected.mails} to ${result.addresses} addresses, webhooks ` +
      `${result.hooks}/${expected.hooks} (${result.duplicateHooks} twice)`,
  );
  const mailRatio = percentile(during.mail, 99) / percentile(idle.mail, 99);
  const hookRatio = percentile(during.hook, 99) / percentile(idle.hook, 99);
  console.log(`  story e-mail p99 during the fan-out: ${verdict(mailRatio)}`);
  console.log(`  story webhook p99 during the fan-out: ${verdict(hookRatio)}`);
  const whole =
    result.inbox === expected.mails &&
    result.profiles === expected.mails &&
    result.mails === expected.mails &&
    result.addresses === expected.mails &&
    result.hooks === expected.hooks &&
    result.duplicateHooks === 0;
  console.log(`  all delivered, none twice: ${whole ? 'met' : 'NOT met'}`);
  console.log(`machine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
  if (!whole) process.exitCode = 1;
} finally {
  await notify.stop();
  sinks.send('stop');
}
