import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DataSource } from 'typeorm';
import { deliverBatch } from '../src/messaging/index.js';
import {
  appliedCount,
  createStore,
  dropStore,
  produce,
  recordEffect,
  testConsumer,
} from './fixtures.js';
import { defined } from '@app/platform/errors';

describe('applying deliveries in batches', () => {
  const stores: DataSource[] = [];
  after(async () => {
    for (const dataSource of stores) await dropStore(dataSource);
  });

  async function envelopes(
    count: number,
  ): Promise<{ dataSource: DataSource; events: { id: string }[] }> {
    const dataSource = await createStore('batch');
    stores.push(dataSource);
    await produce(dataSource, count);
    const rows: { envelope: { id: string } }[] = await dataSource.query(
      'SELECT envelope FROM outbox ORDER BY seq',
    );
    return { dataSource, events: rows.map((row) => row.envelope) };
  }

  test('when a batch holds the same event twice and one already processed, then each effect is applied once', async () => {
    const { dataSource, events } = await envelopes(3);
    const consumer = testConsumer(dataSource, { 'test.thing.happened.v1': recordEffect });
    const [a, b, c] = events as [{ id: string }, { id: string }, { id: string }];
    assert.deepEqual(
      (await deliverBatch(consumer, [c])).map((r) => r.kind),
      ['done'],
    );
    const results = await deliverBatch(consumer, [a, b, a, c]);
    assert.deepEqual(
      results.map((r) => r.kind),
      ['done', 'done', 'duplicate', 'duplicate'],
    );
    for (const event of events) assert.equal(await appliedCount(dataSource, event.id), 1);
  });

  test('when one handler in a batch fails, then the others are still applied and only that one fails', async () => {
    const { dataSource, events } = await envelopes(3);
    const poisoned = defined(events[1]).id;
    const consumer = testConsumer(dataSource, {
      'test.thing.happened.v1': async (event, manager) => {
        if (event.id === poisoned) throw new Error('dati incoerenti');
        await recordEffect(event, manager);
      },
    });
    const results = await deliverBatch(consumer, [...events, { not: 'an event' }]);
    assert.deepEqual(
      results.map((r) => r.kind),
      ['done', 'failed', 'done', 'failed'],
    );
    assert.equal((results[1] as { reason: string }).reason, 'dati incoerenti');
    assert.equal((results[3] as { permanent: boolean }).permanent, true);
    assert.equal(await appliedCount(dataSource, defined(events[0]).id), 1);
    assert.equal(await appliedCount(dataSource, defined(events[2]).id), 1);
    assert.equal(await appliedCount(dataSource, poisoned), undefined);
    const [inbox] = await dataSource.query(
      'SELECT count(*)::int AS n FROM processed_messages WHERE event_id = $1',
      [poisoned],
    );
    assert.equal(inbox.n, 0, 'a failed event is not marked processed, so its retry is applied');
  });
});
