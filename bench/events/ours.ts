import type { DataSource } from 'typeorm';
import { pino } from 'pino';
import { createDataSource, runMigrations, PlatformTables1763800000000 } from '@app/platform/db';
import { AmqpTransport, queueNames } from '@app/platform/messaging';
import { appendEvent, OutboxRelay } from '@app/platform/outbox';
import { atRate, summarise, waitUntil, type RunStats } from './stats.js';

const logger = pino({ level: 'warn' });

/**
 * The platform's path: each event written to the outbox in its own transaction (as a state change
 * would), published by the relay with confirms, applied by an idempotent consumer (inbox row +
 * effect row in one transaction), acked after commit. Latency is from the event's time to its
 * handler.
 */
export async function oursRun(
  databaseUrl: string,
  amqpUrl: string,
  name: string,
  count: number,
  ratePerSecond?: number,
): Promise<RunStats> {
  const dataSource = await store(databaseUrl, name);
  const transport = new AmqpTransport({
    url: amqpUrl,
    exchange: `${name}_events`,
    queueType: 'quorum',
    prefetch: 200,
    logger,
  });
  await transport.start();
  const latencies: number[] = [];
  const consumer = {
    name,
    dataSource,
    logger,
    retryDelaysMs: [1000],
    handlers: {
      'bench.event.happened.v1': async (
        event: { id: string; time: string },
        manager: { query: (sql: string, params: unknown[]) => Promise<unknown> },
      ) => {
        await manager.query('INSERT INTO effects (event_id) VALUES ($1)', [event.id]);
        latencies.push(Date.now() - Date.parse(event.time));
      },
    },
  };
  await transport.subscribe(consumer as never);
  const relay = new OutboxRelay({
    dataSource,
    transport,
    logger,
    databaseUrl,
    pollIntervalMs: 500,
  });
  const write = () =>
    dataSource.transaction((manager) =>
      appendEvent(manager, {
        type: 'bench.event.happened.v1',
        source: 'bench',
        data: { at: Date.now() },
      }),
    );
  const started = Date.now();
  await relay.start();
  if (ratePerSecond) await atRate(count, ratePerSecond, write);
  else await Promise.all(Array.from({ length: count }, write));
  await waitUntil(() => latencies.length >= count, 300_000);
  const stats = summarise(latencies, (Date.now() - started) / 1000);
  await relay.stop();
  await transport.close();
  await cleanup(dataSource, amqpUrl, name);
  return stats;
}

async function store(url: string, schema: string): Promise<DataSource> {
  const dataSource = createDataSource({
    url,
    schema,
    poolSize: 20,
    migrations: [PlatformTables1763800000000],
  });
  await dataSource.initialize();
  await runMigrations(dataSource);
  await dataSource.query('CREATE TABLE effects (event_id text PRIMARY KEY)');
  return dataSource;
}

async function cleanup(dataSource: DataSource, amqpUrl: string, name: string): Promise<void> {
  await dataSource.query(`DROP SCHEMA "${name}" CASCADE`);
  await dataSource.destroy();
  const amqp = await import('amqplib');
  const connection = await amqp.default.connect(amqpUrl);
  const channel = await connection.createChannel();
  for (const queue of [
    queueNames.main(name),
    queueNames.deadLetter(name),
    queueNames.retry(name, 1000),
  ])
    await channel.deleteQueue(queue);
  await channel.deleteExchange(`${name}_events`);
  await connection.close();
}
