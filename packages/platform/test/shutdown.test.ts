import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import amqp from 'amqplib';
import pg from 'pg';
import {
  ownVirtualHost,
  testDatabaseUrl,
  uniqueName,
  waitFor,
  type VirtualHost,
} from '../src/testing/index.js';
import { defined } from '@app/platform/errors';

const amqpUrl = process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const fixture = fileURLToPath(new URL('./slow-service.ts', import.meta.url));

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<{ code: number | null; at: number }>;
}

describe('a service process stopping on SIGTERM', { timeout: 60_000 }, () => {
  let vhost: VirtualHost;
  const suffix = uniqueName('stop').replace(/^stop_?/, '');
  const database = new pg.Client({ connectionString: testDatabaseUrl() });
  const running: ChildProcess[] = [];

  before(async () => {
    vhost = await ownVirtualHost(amqpUrl, 'stop');
    await database.connect();
  });
  after(async () => {
    for (const child of running) child.kill('SIGKILL');
    await database.query(`DROP SCHEMA IF EXISTS "slow_${suffix}" CASCADE`);
    await database.end();
    await vhost.remove();
  });

  /** The fixture service as its own process; resolves once it listens. */
  async function start(env: Record<string, string>): Promise<Running> {
    const child = spawn(process.execPath, ['--import', 'tsx', fixture], {
      env: {
        ...process.env,
        DATABASE_URL: testDatabaseUrl(),
        AMQP_URL: vhost.url,
        DATABASE_SCHEMA_SUFFIX: suffix,
        LOG_LEVEL: 'info',
        MESSAGE_RETRY_DELAYS_MS: '100',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    defined(child.stdout).on('data', (chunk: Buffer) => void (output += chunk.toString()));
    defined(child.stderr).on('data', (chunk: Buffer) => void (output += chunk.toString()));
    const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
      child.once('exit', (code) => resolve({ code, at: Date.now() })),
    );
    running.push(child);
    const url = await waitFor(
      async () => /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(output)?.[1],
      30_000,
    );
    return { child, url: defined(url), output: () => output, exited };
  }

  const effects = async () =>
    (await database.query(`SELECT applied FROM "slow_${suffix}".effects`)).rows as {
      applied: number;
    }[];
  const queueDepth = async () => {
    const connection = await amqp.connect(vhost.url);
    try {
      const channel = await connection.createChannel();
      return (await channel.checkQueue('slow')).messageCount;
    } finally {
      await connection.close();
    }
  };

  test('when SIGTERM arrives, then readiness fails at once, the request and the message in flight finish, and the process exits 0 within its grace', async () => {
    const service = await start({
      SHUTDOWN_DELAY_MS: '400',
      SHUTDOWN_GRACE_MS: '10000',
      HANDLER_MS: '1500',
    });
    assert.equal((await fetch(`${service.url}/readyz`)).status, 200);
    assert.equal((await fetch(`${service.url}/work`, { method: 'POST' })).status, 200);
    // The relay publishes at once (LISTEN/NOTIFY); the handler then works for 1.5 s.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const slow = fetch(`${service.url}/slow?ms=1200`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const signalled = Date.now();
    service.child.kill('SIGTERM');
    await waitFor(() => service.output().includes('"msg":"stopping"') || undefined);
    const readiness = await fetch(`${service.url}/readyz`);
    assert.equal(readiness.status, 503, 'readiness fails before anything closes');
    assert.equal((await readiness.json()).checks.shutdown, 'in arresto');
    const answer = await slow;
    assert.equal(answer.status, 200, 'the request in flight is answered');
    assert.deepEqual(await answer.json(), { waited: 1200 });
    const { code, at } = await service.exited;
    assert.equal(code, 0, service.output().slice(-2000));
    assert.ok(at - signalled < 10_000, `stopped in ${at - signalled} ms`);
    assert.deepEqual(await effects(), [{ applied: 1 }], 'the message in flight was applied once');
    assert.equal(await queueDepth(), 0, 'and acknowledged');
    await assert.rejects(fetch(`${service.url}/healthz`), 'nothing listens any more');
  });

  test('when a handler outlives the grace, then the process exits 1 at the grace and its message waits for the next replica', async () => {
    await database.query(`DELETE FROM "slow_${suffix}".effects`);
    const service = await start({ SHUTDOWN_GRACE_MS: '1500', HANDLER_MS: '60000' });
    assert.equal((await fetch(`${service.url}/work`, { method: 'POST' })).status, 200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const signalled = Date.now();
    service.child.kill('SIGTERM');
    const { code, at } = await service.exited;
    assert.equal(code, 1);
    assert.ok(
      at - signalled >= 1_400 && at - signalled < 5_000,
      `exited after ${at - signalled} ms`,
    );
    assert.match(service.output(), /stop outlived its grace/);
    assert.deepEqual(await effects(), [], 'the effect was not committed');
    assert.equal(
      await waitFor(async () => ((await queueDepth()) === 1 ? 1 : undefined), 10_000),
      1,
      'the unacknowledged message is back in the queue',
    );
  });
});
