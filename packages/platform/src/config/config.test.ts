import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, loadConfig, serviceEnvSchema } from './index.js';

test('when several variables are invalid, then loading fails naming every one of them', () => {
  assert.throws(
    () => loadConfig(serviceEnvSchema, { DATABASE_URL: 'not a url', AMQP_PREFETCH: '0', MESSAGE_RETRY_DELAYS_MS: '1,x' }),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      const named = error.problems.map((p) => p.split(':')[0]);
      assert.deepEqual(named.sort(), ['AMQP_PREFETCH', 'DATABASE_URL', 'MESSAGE_RETRY_DELAYS_MS']);
      return true;
    },
  );
});

test('when the environment is valid, then defaults fill the rest and the result is frozen', () => {
  const config = loadConfig(serviceEnvSchema, { DATABASE_URL: 'postgres://u@h/db', MESSAGE_RETRY_DELAYS_MS: '10,20' });
  assert.deepEqual(config.MESSAGE_RETRY_DELAYS_MS, [10, 20]);
  assert.equal(config.AMQP_EXCHANGE, 'events');
  assert.ok(Object.isFrozen(config));
});
