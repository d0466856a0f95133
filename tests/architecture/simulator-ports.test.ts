import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm start` binds every simulator on its default port; tests bind free ports and never see two
 * defaults meet, so the defaults are checked here: each its own.
 */
test('when npm start binds its simulators, then no two default ports are the same', () => {
  const source = readFileSync(
    join(import.meta.dirname, '..', '..', 'scripts', 'simulators.ts'),
    'utf8',
  );
  const defaults = [...source.matchAll(/env\.(\w+_PORT) \?\? (\d+)/g)].map(([, name, port]) => ({
    name: name ?? '',
    port: Number(port),
  }));
  assert.ok(defaults.length >= 8, 'the simulators’ defaults are read');
  const byPort = new Map<number, string[]>();
  for (const { name, port } of defaults) byPort.set(port, [...(byPort.get(port) ?? []), name]);
  const shared = [...byPort].filter(([, names]) => new Set(names).size > 1);
  assert.deepEqual(shared, [], 'two simulators on one default port');
  assert.ok(!byPort.has(8080), 'the gateway’s port is the gateway’s');
});
