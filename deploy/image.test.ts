import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { dropRunSchemas, ownVirtualHost, testDatabaseUrl, uniqueName, waitFor } from '@app/platform/testing';
import { performImageSteps } from '../scripts/image-steps.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const amqpUrl = process.env.AMQP_URL;

/** Files of the image outside its dependencies. */
function ownFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((entry) => {
    if (entry === 'node_modules') return [];
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? ownFiles(path, base) : [relative(base, path)];
  });
}

test('when the Dockerfile\'s steps are performed in a clean folder, then the image holds compiled JavaScript and production dependencies only, and a service started from it in production is ready',
  { skip: amqpUrl ? false : 'no RabbitMQ', timeout: 600_000 }, async () => {
    const folder = mkdtempSync(join(tmpdir(), 'negozio-image-'));
    const vhost = await ownVirtualHost(amqpUrl!, 'image');
    const suffix = uniqueName('img').replace(/^img_?/, '');
    try {
      const image = performImageSteps(root, folder);
      assert.equal(image.env.NODE_ENV, 'production');
      assert.equal(image.user, 'node', 'the image does not run as root');
      assert.deepEqual(image.cmd, ['node', 'gateway/src/main.js']);
      const files = ownFiles(image.workdir);
      assert.deepEqual(files.filter((file) => file.endsWith('.ts')), [], 'no TypeScript in the image: it runs compiled JavaScript');
      for (const main of ['gateway/src/main.js', 'web/src/main.js', 'scripts/migrate.js', 'scripts/rotate-keys.js', 'services/catalog/src/main.js']) assert.ok(files.includes(main), main);
      for (const development of ['typescript', 'supertest', 'testcontainers', 'playwright-core']) assert.ok(!existsSync(join(image.workdir, 'node_modules', development)), `${development} is a development dependency`);
      // The catalog as its container starts it: production, its own migrations, the broker.
      const service = spawn('node', ['services/catalog/src/main.js'], {
        cwd: image.workdir, stdio: ['ignore', 'pipe', 'pipe'],
        env: { PATH: process.env.PATH, ...image.env, DATABASE_URL: testDatabaseUrl(), AMQP_URL: vhost.url, DATABASE_SCHEMA_SUFFIX: suffix, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' },
      });
      let output = '';
      service.stdout!.on('data', (chunk: Buffer) => void (output += chunk.toString()));
      service.stderr!.on('data', (chunk: Buffer) => void (output += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => service.once('exit', resolve));
      try {
        const url = await waitFor(() => /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(output)?.[1], 60_000);
        assert.ok(url, output.slice(-2000));
        const ready = await fetch(`${url}/readyz`);
        assert.equal(ready.status, 200);
        assert.deepEqual((await ready.json()).checks, { shutdown: 'ok', database: 'ok', broker: 'ok' });
      } finally {
        service.kill('SIGTERM');
      }
      assert.equal(await exited, 0, 'it stops cleanly on SIGTERM');
    } finally {
      rmSync(folder, { recursive: true, force: true });
      await dropRunSchemas(suffix);
      await vhost.remove();
    }
  });
