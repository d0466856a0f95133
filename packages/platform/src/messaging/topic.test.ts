import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findHandler, topicMatches } from './topic.js';

test('when patterns use * and #, then they match as RabbitMQ topic bindings do', () => {
  assert.equal(
    topicMatches('adhesion.adhesion.approved.v1', 'adhesion.adhesion.approved.v1'),
    true,
  );
  assert.equal(topicMatches('adhesion.*.approved.v1', 'adhesion.adhesion.approved.v1'), true);
  assert.equal(topicMatches('adhesion.*.approved.v1', 'adhesion.approved.v1'), false);
  assert.equal(topicMatches('#', 'anything.at.all.v1'), true);
  assert.equal(topicMatches('ordering.#', 'ordering.order.approved.v1'), true);
  assert.equal(topicMatches('ordering.#.v2', 'ordering.order.approved.v1'), false);
});

test('when a routing key has an exact handler, then it wins over a pattern', () => {
  const handlers = { '#': 'all', 'a.b.c.v1': 'exact' };
  assert.equal(findHandler(handlers, 'a.b.c.v1'), 'exact');
  assert.equal(findHandler(handlers, 'x.y.z.v1'), 'all');
  assert.equal(findHandler({ 'a.*.c.v1': 1 }, 'a.b.d.v1'), undefined);
});
