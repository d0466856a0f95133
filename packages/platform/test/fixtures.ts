import amqp from 'amqplib';
import type { MigrationInterface, QueryRunner, DataSource } from 'typeorm';
import { pino } from 'pino';
import {
  createDataSource,
  runMigrations,
  schemaOf,
  PlatformTables1763800000000,
} from '../src/db/index.js';
import { appendEvent } from '../src/outbox/index.js';
import { queueNames } from '../src/messaging/index.js';
import type { ConsumerDefinition, EventHandler } from '../src/messaging/index.js';
import { testDatabaseUrl, uniqueName } from '../src/testing/index.js';

export const silentLogger = pino({ level: 'silent' });

/** The effect the test consumer applies: a counter per event, so a second application shows as 2. */
export class EffectsTable1763800000001 implements MigrationInterface {
  name = 'EffectsTable1763800000001';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'CREATE TABLE effects (event_id text PRIMARY KEY, applied integer NOT NULL)',
    );
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE effects');
  }
}

/** A schema of its own with the platform tables and the effects table. */
export async function createStore(prefix = 't'): Promise<DataSource> {
  const dataSource = createDataSource({
    url: testDatabaseUrl(),
    schema: uniqueName(prefix),
    poolSize: 5,
    migrations: [PlatformTables1763800000000, EffectsTable1763800000001],
  });
  await dataSource.initialize();
  await runMigrations(dataSource);
  return dataSource;
}

export async function dropStore(dataSource: DataSource): Promise<void> {
  await dataSource.query(`DROP SCHEMA IF EXISTS "${schemaOf(dataSource)}" CASCADE`);
  await dataSource.destroy();
}

export const recordEffect: EventHandler = async (event, manager) => {
  await manager.query(
    'INSERT INTO effects (event_id, applied) VALUES ($1, 1) ON CONFLICT (event_id) DO UPDATE SET applied = effects.applied + 1',
    [event.id],
  );
};

export function testConsumer(
  dataSource: DataSource,
  handlers: Record<string, EventHandler>,
  retryDelaysMs = [50, 100],
): ConsumerDefinition {
  return {
    name: uniqueName('consumer'),
    dataSource,
    handlers,
    retryDelaysMs,
    logger: silentLogger,
  };
}

/** Writes count events in transactions of `perTransaction`, as a service would. */
export async function produce(
  dataSource: DataSource,
  count: number,
  type = 'test.thing.happened.v1',
  perTransaction = 100,
): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < count; start += perTransaction) {
    await dataSource.transaction(async (manager) => {
      for (let i = start; i < Math.min(count, start + perTransaction); i++) {
        ids.push(
          (
            await appendEvent(manager, {
              type,
              source: 'test',
              tenant: 'ente-test',
              data: { n: i },
            })
          ).id,
        );
      }
    });
  }
  return ids;
}

export async function effectStats(
  dataSource: DataSource,
): Promise<{ rows: number; overApplied: number }> {
  const [row] = await dataSource.query(
    'SELECT count(*)::int AS rows, count(*) FILTER (WHERE applied > 1)::int AS "overApplied" FROM effects',
  );
  return row;
}

export async function backlog(dataSource: DataSource): Promise<number> {
  const [row] = await dataSource.query(
    'SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL',
  );
  return row.n;
}

/** Removes what a test declared on the shared broker. */
export async function deleteTopology(
  url: string,
  exchange: string,
  consumers: ConsumerDefinition[],
): Promise<void> {
  const connection = await amqp.connect(url);
  const channel = await connection.createChannel();
  for (const consumer of consumers) {
    await channel.deleteQueue(queueNames.main(consumer.name));
    await channel.deleteQueue(queueNames.deadLetter(consumer.name));
    for (const delay of new Set(consumer.retryDelaysMs))
      await channel.deleteQueue(queueNames.retry(consumer.name, delay));
  }
  await channel.deleteExchange(exchange);
  await connection.close();
}

/** How many times the consumer applied the event (undefined while not yet applied). */
export async function appliedCount(
  dataSource: DataSource,
  eventId: string,
): Promise<number | undefined> {
  const [row] = await dataSource.query('SELECT applied FROM effects WHERE event_id = $1', [
    eventId,
  ]);
  return row?.applied;
}
