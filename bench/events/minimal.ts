import { randomUUID } from 'node:crypto';
import amqp from 'amqplib';
import pg from 'pg';
import { atRate, summarise, waitUntil, type RunStats } from './stats.js';

/**
 * The honest baseline: a hand-written minimal outbox doing the same database work as ours, with no
 * framework — each event INSERTed in its own transaction, a poller publishing with confirms and
 * marking what it published, a consumer writing its inbox row and its effect in one transaction
 * before the ack. No envelope validation, no tracing, no retries, no dead letters, no
 * LISTEN/NOTIFY.
 */
export async function minimalRun(
  databaseUrl: string,
  amqpUrl: string,
  name: string,
  count: number,
  ratePerSecond?: number,
): Promise<RunStats> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 20 });
  await createTables(pool, name);
  const connection = await amqp.connect(amqpUrl);
  const publisher = await connection.createConfirmChannel();
  const consumer = await connection.createChannel();
  await publisher.assertQueue(name, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
  await consumer.prefetch(200);
  const latencies: number[] = [];
  await consumer.consume(name, (message) => {
    if (message) void consumeOne(pool, name, consumer, message, latencies);
  });
  const polling = { on: true };
  const poller = publishPending(pool, publisher, name, polling);
  const write = () => writeOne(pool, name);
  const started = Date.now();
  if (ratePerSecond) await atRate(count, ratePerSecond, write);
  else await Promise.all(Array.from({ length: count }, write));
  await waitUntil(() => latencies.length >= count, 300_000);
  const stats = summarise(latencies, (Date.now() - started) / 1000);
  polling.on = false;
  await poller;
  await publisher.deleteQueue(name);
  await connection.close();
  await pool.query(`DROP SCHEMA "${name}" CASCADE`);
  await pool.end();
  return stats;
}

async function createTables(pool: pg.Pool, name: string) {
  await pool.query(`CREATE SCHEMA "${name}"`);
  await pool.query(
    `CREATE TABLE "${name}".outbox (seq bigserial PRIMARY KEY, id text NOT ` +
      `NULL, envelope jsonb NOT NULL, published_at timestamptz)`,
  );
  await pool.query(`CREATE INDEX ON "${name}".outbox (seq) WHERE published_at IS NULL`);
  await pool.query(`CREATE TABLE "${name}".inbox (event_id text PRIMARY KEY)`);
  await pool.query(`CREATE TABLE "${name}".effects (event_id text PRIMARY KEY)`);
}

/** The inbox row and the effect in one transaction, then the ack. */
async function consumeOne(
  pool: pg.Pool,
  name: string,
  consumer: amqp.Channel,
  message: amqp.ConsumeMessage,
  latencies: number[],
) {
  const event = JSON.parse(message.content.toString()) as { id: string; time: number };
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const fresh = await client.query(
      `INSERT INTO "${name}".inbox (event_id) VALUES ($1) ON CONFLICT DO NOTHING`,
      [event.id],
    );
    if (fresh.rowCount)
      await client.query(`INSERT INTO "${name}".effects (event_id) VALUES ($1)`, [event.id]);
    await client.query('COMMIT');
  } finally {
    client.release();
  }
  latencies.push(Date.now() - event.time);
  consumer.ack(message);
}

/** The poller: what is unpublished, published with confirms, then marked. */
async function publishPending(
  pool: pg.Pool,
  publisher: amqp.ConfirmChannel,
  name: string,
  polling: { on: boolean },
) {
  while (polling.on) {
    const { rows } = await pool.query<{ seq: string; envelope: unknown }>(
      `SELECT seq, envelope FROM "${name}".outbox WHERE published_at IS NULL ` +
        `ORDER BY seq LIMIT 500`,
    );
    if (!rows.length) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      continue;
    }
    for (const row of rows)
      publisher.publish('', name, Buffer.from(JSON.stringify(row.envelope)), {
        persistent: true,
      });
    await publisher.waitForConfirms();
    await pool.query(`UPDATE "${name}".outbox SET published_at = now() WHERE seq = ANY($1)`, [
      rows.map((row) => row.seq),
    ]);
  }
}

/** One event written in its own transaction. */
async function writeOne(pool: pg.Pool, name: string) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const id = randomUUID();
    await client.query(`INSERT INTO "${name}".outbox (id, envelope) VALUES ($1, $2)`, [
      id,
      JSON.stringify({ id, time: Date.now() }),
    ]);
    await client.query('COMMIT');
  } finally {
    client.release();
  }
}
