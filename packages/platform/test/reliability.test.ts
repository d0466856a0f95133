import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import amqp from 'amqplib';
import type { DataSource } from 'typeorm';
import {
  AmqpTransport,
  queueNames,
  replayAmqpDeadLetters,
  type ConsumerDefinition,
} from '../src/messaging/index.js';
import { OutboxRelay } from '../src/outbox/index.js';
import { schemaOf } from '../src/db/index.js';
import { ownVirtualHost, testDatabaseUrl, uniqueName, waitFor } from '../src/testing/index.js';
import {
  appliedCount,
  backlog,
  createStore,
  deleteTopology,
  dropStore,
  effectStats,
  produce,
  recordEffect,
  silentLogger,
  testConsumer,
} from './fixtures.js';
import { defined } from '@app/platform/errors';

const amqpUrl = process.env.AMQP_URL;

describe('reliable events over RabbitMQ', { skip: !amqpUrl && 'no RabbitMQ reachable' }, () => {
  const exchange = uniqueName('events');
  let vhost: Awaited<ReturnType<typeof ownVirtualHost>>;
  before(async () => {
    vhost = await ownVirtualHost(defined(amqpUrl), 'reliability');
  });
  const consumers: ConsumerDefinition[] = [];
  const transports: AmqpTransport[] = [];
  const relays: OutboxRelay[] = [];
  const stores: DataSource[] = [];

  async function transport(prefetch = 50): Promise<AmqpTransport> {
    const created = new AmqpTransport({
      url: vhost.url,
      exchange,
      queueType: 'quorum',
      prefetch,
      logger: silentLogger,
      confirmTimeoutMs: 5000,
    });
    await created.start();
    transports.push(created);
    return created;
  }

  async function subscribe(
    target: AmqpTransport,
    consumer: ConsumerDefinition,
  ): Promise<ConsumerDefinition> {
    consumers.push(consumer);
    await target.subscribe(consumer);
    return consumer;
  }

  async function store(prefix: string): Promise<DataSource> {
    const created = await createStore(prefix);
    stores.push(created);
    return created;
  }

  function relay(target: AmqpTransport, dataSource: DataSource): OutboxRelay {
    const created = new OutboxRelay({
      dataSource,
      transport: target,
      logger: silentLogger,
      databaseUrl: testDatabaseUrl(),
      batchSize: 100,
      pollIntervalMs: 200,
    });
    relays.push(created);
    return created;
  }

  after(async () => {
    for (const r of relays) await r.stop();
    for (const t of transports) await t.close();
    await deleteTopology(vhost.url, exchange, consumers);
    for (const dataSource of stores) await dropStore(dataSource);
    await vhost.remove();
  });

  test('when a process dies after committing and before publishing, then the event is delivered once the relay runs again', async () => {
    const dataSource = await store('crash');
    {
      const child = spawn(process.execPath, [
        '--import',
        'tsx',
        fileURLToPath(new URL('./crash-after-commit.ts', import.meta.url)),
        testDatabaseUrl(),
        schemaOf(dataSource),
      ]);
      const signal = await new Promise((resolve) => child.on('exit', (_code, sig) => resolve(sig)));
      assert.equal(signal, 'SIGKILL');
      const [row] = await dataSource.query('SELECT id, published_at FROM outbox');
      assert.ok(row, 'the committed event is in the outbox');
      assert.equal(row.published_at, null);
      const broker = await transport();
      await subscribe(broker, testConsumer(dataSource, { 'test.thing.happened.v1': recordEffect }));
      await relay(broker, dataSource).start();
      assert.equal(await waitFor(() => appliedCount(dataSource, row.id)), 1);
      assert.equal(await waitFor(async () => (await backlog(dataSource)) === 0), true);
    }
  });

  test('when the same message is delivered twice, then its effect is applied once', async () => {
    const dataSource = await store('twice');
    const broker = await transport(1); // prefetch 1: strictly one at a time, in queue order
    const consumer = await subscribe(
      broker,
      testConsumer(dataSource, { 'test.twice.happened.v1': recordEffect }),
    );
    await produce(dataSource, 2, 'test.twice.happened.v1');
    const [first, sentinel] = await dataSource.query(
      `SELECT id, envelope FROM outbox WHERE routing_key = 'test.twice.happened.v1' ORDER BY seq`,
    );
    const message = {
      id: first.id,
      routingKey: 'test.twice.happened.v1',
      envelope: first.envelope,
    };
    const outcomes = await broker.publish([
      message,
      message,
      { id: sentinel.id, routingKey: 'test.twice.happened.v1', envelope: sentinel.envelope },
    ]);
    assert.deepEqual(
      outcomes.map((o) => o.ok),
      [true, true, true],
    );
    // The sentinel was queued after both copies, so once it is applied both copies have been consumed.
    await waitFor(() => appliedCount(dataSource, sentinel.id));
    assert.equal(await appliedCount(dataSource, first.id), 1);
    const [inbox] = await dataSource.query(
      'SELECT count(*)::int AS n FROM processed_messages WHERE consumer = $1 AND event_id = $2',
      [consumer.name, first.id],
    );
    assert.equal(inbox.n, 1);
  });

  test('when a handler always fails, then after the configured attempts it lands in the DLQ with the reason, and the replay command delivers it again once the handler is fixed', async () => {
    const dataSource = await store('fragile');
    let broken = true;
    let calls = 0;
    const broker = await transport();
    const consumer = await subscribe(
      broker,
      testConsumer(
        dataSource,
        {
          'test.fragile.happened.v1': async (event, manager) => {
            calls++;
            if (broken) throw new Error('archivio di protocollo non raggiungibile');
            await recordEffect(event, manager);
          },
        },
        [50, 100],
      ),
    );
    const [id] = await produce(dataSource, 1, 'test.fragile.happened.v1');
    await relay(broker, dataSource).start();
    await waitFor(async () => (await broker.deadLetterDepth(consumer)) === 1, 15_000);
    assert.equal(calls, 3, 'one delivery and two retries');
    const connection = await amqp.connect(vhost.url);
    const channel = await connection.createChannel();
    const dead = await channel.get(queueNames.deadLetter(consumer.name), { noAck: false });
    assert.ok(dead);
    assert.equal(dead.properties.messageId, id);
    assert.equal(
      dead.properties.headers?.['x-failure-reason'],
      'archivio di protocollo non raggiungibile',
    );
    assert.equal(dead.properties.headers?.['x-attempt'], 3);
    channel.nack(dead, false, true);
    await connection.close();
    broken = false;
    assert.equal(await replayAmqpDeadLetters(vhost.url, consumer.name), 1);
    assert.equal(await waitFor(() => appliedCount(dataSource, defined(id))), 1);
    assert.equal(await broker.deadLetterDepth(consumer), 0);
  });

  test('when the broker drops every connection in the middle of a stream of 2,000 events, then all are consumed exactly once in effect and publishing resumes by itself', async () => {
    const dataSource = await store('drop');
    {
      const broker = await transport();
      await subscribe(
        broker,
        testConsumer(dataSource, { 'test.stream.happened.v1': recordEffect }),
      );
      await relay(broker, dataSource).start();
      const writing = (async () => {
        for (let batch = 0; batch < 20; batch++) {
          await produce(dataSource, 100, 'test.stream.happened.v1');
          await new Promise((resolve) => setTimeout(resolve, 40));
        }
      })();
      await waitFor(async () => (await effectStats(dataSource)).rows >= 300, 30_000);
      // A neighbour on the same broker, outside this test's virtual host, must not notice.
      const neighbour = await amqp.connect(defined(amqpUrl));
      let neighbourClosed = false;
      neighbour.on('close', () => void (neighbourClosed = true));
      await vhost.dropConnections(
        'reliability test: broker drops every connection of its virtual host',
      );
      await writing;
      await (await neighbour.createChannel()).close();
      assert.equal(neighbourClosed, false, 'connections of other virtual hosts stay open');
      await neighbour.close();
      await waitFor(async () => (await effectStats(dataSource)).rows === 2000, 90_000, 200);
      assert.deepEqual(await effectStats(dataSource), { rows: 2000, overApplied: 0 });
      assert.ok(broker.connectionCount >= 2, 'the transport reconnected by itself');
      await waitFor(async () => (await backlog(dataSource)) === 0, 30_000);
      const [lost] = await dataSource.query(
        'SELECT count(*)::int AS n FROM outbox o WHERE NOT EXISTS (SELECT 1 FROM effects e WHERE e.event_id = o.id::text)',
      );
      assert.equal(lost.n, 0);
    }
  });

  test('when two relays run at once over the same outbox, then every event is published and consumed once in effect', async () => {
    const dataSource = await store('two');
    {
      const broker = await transport();
      await subscribe(broker, testConsumer(dataSource, { 'test.pair.happened.v1': recordEffect }));
      await produce(dataSource, 600, 'test.pair.happened.v1');
      const [a, b] = [relay(broker, dataSource), relay(await transport(), dataSource)];
      const [byA, byB] = await Promise.all([a.drain(), b.drain()]);
      assert.equal(byA + byB, 600);
      assert.equal(await backlog(dataSource), 0);
      await waitFor(async () => (await effectStats(dataSource)).rows === 600, 30_000);
      assert.deepEqual(await effectStats(dataSource), { rows: 600, overApplied: 0 });
    }
  });

  test('when an event is unroutable, then it is not marked as published', async () => {
    const dataSource = await store('unroutable');
    const broker = await transport();
    const [id] = await produce(dataSource, 1, 'test.nobody.listens.v1');
    const published = await relay(broker, dataSource).drain();
    assert.equal(published, 0);
    const [row] = await dataSource.query(
      'SELECT published_at, attempts, last_error FROM outbox WHERE id = $1',
      [id],
    );
    assert.equal(row.published_at, null);
    assert.equal(row.attempts, 1);
    assert.match(row.last_error, /non instradabile/);
  });
});
