// bench/scale/consumers: the event pipeline's consumers as one process, then as two on the same
// queue (as two replicas of a service are), in the same run: N events already published wait in the
// queue, then the consumers start; the rate is over the time between the first effect and the last
// (from the inbox's own timestamps), so the processes' start-up is not in it. npx tsx
// bench/scale/consumers.ts   (DATABASE_URL, AMQP_URL; BENCH_EVENTS, default 20000)
import { fork } from 'node:child_process';
import { pino } from 'pino';
import type { DataSource } from 'typeorm';
import { createDataSource, runMigrations, PlatformTables1763800000000 } from '@app/platform/db';
import { AmqpTransport } from '@app/platform/messaging';
import { appendEvent, OutboxRelay } from '@app/platform/outbox';
import { ownVirtualHost, uniqueName, waitFor } from '@app/platform/testing';

const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const amqpUrl = process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const events = Number(process.env.BENCH_EVENTS ?? 20_000);
const logger = pino({ level: 'warn' });

const consumer = (args: string[]) =>
  new Promise<ReturnType<typeof fork>>((resolve) => {
    const child = fork(new URL('./consumer.ts', import.meta.url), args, {
      execArgv: ['--import', 'tsx'],
    });
    child.once('message', () => resolve(child));
  });

async function run(processes: number): Promise<number> {
  const schema = uniqueName('scale');
  const vhost = await ownVirtualHost(amqpUrl, 'scale');
  const exchange = 'events';
  const dataSource = createDataSource({
    url: databaseUrl,
    schema,
    poolSize: 10,
    migrations: [PlatformTables1763800000000],
  });
  await dataSource.initialize();
  await runMigrations(dataSource);
  await dataSource.query('CREATE TABLE effects (event_id text PRIMARY KEY)');
  const args = [databaseUrl, schema, vhost.url, exchange];
  // The queue exists (a consumer declared it) before anything is published; then it is stopped.
  const declaring = await consumer(args);
  declaring.disconnect();
  await new Promise((resolve) => declaring.once('exit', resolve));
  await publishAll(dataSource, vhost.url, exchange);
  const children = await Promise.all(Array.from({ length: processes }, () => consumer(args)));
  await waitFor(
    async () =>
      (await dataSource.query('SELECT count(*)::int AS n FROM effects'))[0].n >= events
        ? true
        : undefined,
    600_000,
    100,
  );
  const [{ seconds }] = await dataSource.query(
    'SELECT extract(epoch FROM max(processed_at) - min(processed_at))::float8 ' +
      'AS seconds FROM processed_messages',
  );
  for (const child of children) child.disconnect();
  await Promise.all(children.map((child) => new Promise((resolve) => child.once('exit', resolve))));
  await dataSource.query(`DROP SCHEMA "${schema}" CASCADE`);
  await dataSource.destroy();
  await vhost.remove();
  return events / seconds;
}

/** Every event written to the outbox, then relayed to the broker before any consumer runs. */
async function publishAll(dataSource: DataSource, url: string, exchange: string) {
  const transport = new AmqpTransport({
    url,
    exchange,
    queueType: 'quorum',
    prefetch: 200,
    logger,
  });
  await transport.start();
  for (let start = 0; start < events; start += 500) {
    await dataSource.transaction(async (manager) => {
      for (let i = start; i < Math.min(events, start + 500); i++)
        await appendEvent(manager, {
          type: 'bench.event.happened.v1',
          source: 'bench',
          data: { i },
        });
    });
  }
  const relay = new OutboxRelay({
    dataSource,
    transport,
    logger,
    databaseUrl,
    batchSize: 500,
    pollIntervalMs: 100,
  });
  await relay.start();
  await waitFor(
    async () =>
      (
        await dataSource.query('SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL')
      )[0].n === 0
        ? true
        : undefined,
    600_000,
    200,
  );
  await relay.stop();
  await transport.close();
}

const one = await run(1);
const two = await run(2);
console.log(
  `\nbench/scale/consumers — ${events.toLocaleString('it-IT')} events ` +
    `waiting in one quorum queue, applied idempotently (inbox + effect), same ` +
    `run`,
);
console.log(`one consumer process   ${one.toFixed(0).padStart(6)} events/s`);
console.log(`two consumer processes ${two.toFixed(0).padStart(6)} events/s`);
console.log(`ratio two / one: ${(two / one).toFixed(2)}`);
