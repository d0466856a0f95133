import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { ConfigError, developmentDefault, loadConfig, serviceEnvSchema } from './index.js';

test('when several variables are invalid, then loading fails naming every one of them', () => {
  assert.throws(
    () =>
      loadConfig(serviceEnvSchema, {
        DATABASE_URL: 'not a url',
        AMQP_PREFETCH: '0',
        MESSAGE_RETRY_DELAYS_MS: '1,x',
      }),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      const named = error.problems.map((p) => p.split(':')[0]);
      assert.deepEqual(named.sort(), ['AMQP_PREFETCH', 'DATABASE_URL', 'MESSAGE_RETRY_DELAYS_MS']);
      return true;
    },
  );
});

test('when the environment is valid, then defaults fill the rest and the result is frozen', () => {
  const config = loadConfig(serviceEnvSchema, {
    DATABASE_URL: 'postgres://u@h/db',
    MESSAGE_RETRY_DELAYS_MS: '10,20',
  });
  assert.deepEqual(config.MESSAGE_RETRY_DELAYS_MS, [10, 20]);
  assert.equal(config.AMQP_EXCHANGE, 'events');
  assert.ok(Object.isFrozen(config));
});

test('when production reads development values, loopback or simulator addresses, then it refuses to start naming each variable', () => {
  const development = developmentDefault('a-secret-shipped-for-development-only');
  const schema = serviceEnvSchema.extend({
    SOME_SECRET: z.string().default(development),
    OTHER_SECRET: z.string(),
    SMTP_URL: z.string(),
  });
  assert.throws(
    () =>
      loadConfig(schema, {
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://negozio:development@db.negozio.svc:5432/negozio',
        JWKS_URL: 'http://identity.negozio.svc:8081/.well-known/jwks.json',
        JWT_ISSUER: 'https://negozio.example.it',
        REVOKED_SESSIONS_URL: 'http://[::1]:8081/.well-known/revoked-sessions',
        OTHER_SECRET: 'change-me-please',
        SMTP_URL: 'smtp://simulators:8025',
      }),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.deepEqual(error.problems.map((p) => p.split(':')[0]).sort(), [
        'DATABASE_URL',
        'OTHER_SECRET',
        'REVOKED_SESSIONS_URL',
        'SMTP_URL',
        'SOME_SECRET',
      ]);
      assert.match(error.message, /SOME_SECRET: valore di sviluppo, non ammesso in produzione/);
      assert.match(
        error.message,
        /REVOKED_SESSIONS_URL: indirizzo locale \(\[::1\]\) non ammesso in produzione/,
      );
      return true;
    },
  );
});

test('when production reads its own values, then it starts; development mode keeps the development defaults', () => {
  const schema = serviceEnvSchema.extend({
    SOME_SECRET: z.string().default(developmentDefault('another-development-only-secret')),
  });
  const config = loadConfig(schema, {
    NODE_ENV: 'production',
    DATABASE_URL: 'postgresql://negozio:Zq8-random@negozio-db-rw.negozio.svc:5432/negozio',
    JWKS_URL: 'http://identity.negozio.svc:8081/.well-known/jwks.json',
    JWT_ISSUER: 'https://negozio.example.it',
    REVOKED_SESSIONS_URL: 'http://identity.negozio.svc:8081/.well-known/revoked-sessions',
    SOME_SECRET: 'k2v9-a-real-one',
  });
  assert.equal(config.SOME_SECRET, 'k2v9-a-real-one');
  assert.equal(
    loadConfig(schema, { DATABASE_URL: 'postgres://u@127.0.0.1/db' }).SOME_SECRET,
    'another-development-only-secret',
  );
});
