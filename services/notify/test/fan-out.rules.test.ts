import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { noLane } from '@app/platform/db';
import { afterBatch } from '../src/fan-out/fan-out.rules.js';
import { laneOf } from '../src/webhooks/webhook.rules.js';

const prato = '7d6c5b4a-3f2e-4d1c-8b0a-9f8e7d6c5b4a';
const firenze = '1a2b3c4d-5e6f-4a0b-9c1d-2e3f4a5b6c7d';

describe('lanes of the delivery queues', () => {
  test('when the event has a tenant, then its deliveries queue with that agency', () => {
    assert.equal(laneOf(prato, [firenze]), prato);
  });

  test('when the event has no tenant, then with the first agency it concerns, else with none', () => {
    assert.equal(laneOf(undefined, [firenze, prato]), firenze);
    assert.equal(laneOf('non-un-uuid', ['altro', prato]), prato);
    assert.equal(laneOf(undefined, []), null);
  });

  test('the lane of nobody is a uuid no agency has', () => {
    assert.match(noLane, /^0{8}-0{4}-0{4}-0{4}-0{12}$/);
  });
});

describe('a fan-out in batches of agencies', () => {
  test('when a batch is full, then the next starts after its last agency and the fan-out goes on', () => {
    assert.deepEqual(afterBatch([firenze, prato], 2, null), { after: prato, done: false });
  });

  test('when a batch is short or empty, then the fan-out is done and keeps where it got to', () => {
    assert.deepEqual(afterBatch([firenze], 2, null), { after: firenze, done: true });
    assert.deepEqual(afterBatch([], 2, prato), { after: prato, done: true });
  });
});
