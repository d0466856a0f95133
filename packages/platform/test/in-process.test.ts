import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DataSource } from 'typeorm';
import { InProcessTransport, replayStoredDeadLetters } from '../src/messaging/index.js';
import { OutboxRelay } from '../src/outbox/index.js';
import { testDatabaseUrl, waitFor } from '../src/testing/index.js';
import {
  appliedCount,
  backlog,
  createStore,
  dropStore,
  effectStats,
  produce,
  recordEffect,
  silentLogger,
  testConsumer,
} from './fixtures.js';
import { defined } from '@app/platform/errors';

describe('in-process transport (single-process mode)', () => {
  const stores: DataSource[] = [];
  const relays: OutboxRelay[] = [];
  async function store(prefix: string): Promise<DataSource> {
    const created = await createStore(prefix);
    stores.push(created);
    return created;
  }
  after(async () => {
    for (const relay of relays) await relay.stop();
    for (const dataSource of stores) await dropStore(dataSource);
  });

  test('when events are committed, then every subscriber applies them once and the outbox is drained', async () => {
    const producer = await store('prod');
    const [first, second] = [await store('sub'), await store('sub')];
    const transport = new InProcessTransport();
    await transport.subscribe(testConsumer(first, { 'test.thing.happened.v1': recordEffect }));
    await transport.subscribe(testConsumer(second, { 'test.#': recordEffect }));
    const relay = new OutboxRelay({
      dataSource: producer,
      transport,
      logger: silentLogger,
      databaseUrl: testDatabaseUrl(),
      pollIntervalMs: 100,
    });
    relays.push(relay);
    await relay.start();
    await produce(producer, 50);
    await waitFor(async () => (await backlog(producer)) === 0);
    assert.deepEqual(await effectStats(first), { rows: 50, overApplied: 0 });
    assert.deepEqual(await effectStats(second), { rows: 50, overApplied: 0 });
  });

  test('when the same event is published twice, then its effect is applied once', async () => {
    const dataSource = await store('dup');
    const transport = new InProcessTransport();
    await transport.subscribe(testConsumer(dataSource, { 'test.thing.happened.v1': recordEffect }));
    const [id] = await produce(dataSource, 1);
    const [row] = await dataSource.query(
      'SELECT id, routing_key, envelope FROM outbox WHERE id = $1',
      [id],
    );
    const message = { id: row.id, routingKey: row.routing_key, envelope: row.envelope };
    const outcomes = await transport.publish([message, message]);
    assert.deepEqual(
      outcomes.map((o) => o.ok),
      [true, true],
    );
    assert.equal(await appliedCount(dataSource, defined(id)), 1);
  });

  test('when a handler keeps failing, then the event is stored as a dead letter with its reason and replays once fixed', async () => {
    const dataSource = await store('dead');
    let broken = true;
    let calls = 0;
    const consumer = testConsumer(
      dataSource,
      {
        'test.thing.happened.v1': async (event, manager) => {
          calls++;
          if (broken) throw new Error('servizio PEC non disponibile');
          await recordEffect(event, manager);
        },
      },
      [10, 20],
    );
    const transport = new InProcessTransport();
    await transport.subscribe(consumer);
    const relay = new OutboxRelay({
      dataSource,
      transport,
      logger: silentLogger,
      databaseUrl: testDatabaseUrl(),
    });
    const [id] = await produce(dataSource, 1);
    assert.equal(await relay.drain(), 1);
    assert.equal(calls, 3);
    assert.equal(await transport.deadLetterDepth(consumer), 1);
    const [dead] = await dataSource.query('SELECT event_id, reason, attempts FROM dead_letters');
    assert.deepEqual(dead, { event_id: id, reason: 'servizio PEC non disponibile', attempts: 3 });
    broken = false;
    assert.deepEqual(await replayStoredDeadLetters(consumer), { replayed: 1, failed: 0 });
    assert.equal(await appliedCount(dataSource, defined(id)), 1);
    assert.equal(await transport.deadLetterDepth(consumer), 0);
  });

  test('when a message is not a CloudEvent, then it is dead-lettered at once without retries', async () => {
    const dataSource = await store('bad');
    let calls = 0;
    const consumer = testConsumer(
      dataSource,
      {
        '#': async () => {
          calls++;
        },
      },
      [10, 20],
    );
    const transport = new InProcessTransport();
    await transport.subscribe(consumer);
    const envelope = {
      specversion: '1.0',
      id: 'x1',
      source: '/t',
      type: 'test.thing.happened.v1',
      time: 'yesterday',
      datacontenttype: 'application/json',
      data: {},
    };
    await transport.publish([
      { id: 'x1', routingKey: 'test.thing.happened.v1', envelope: envelope as never },
    ]);
    assert.equal(calls, 0);
    const [dead] = await dataSource.query('SELECT attempts, reason FROM dead_letters');
    assert.equal(dead.attempts, 1);
    assert.match(dead.reason, /busta CloudEvents non valida/);
  });
});
