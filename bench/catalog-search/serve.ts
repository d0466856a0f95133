// One piece of bench/catalog-search in its own Node process, as the platform runs it (one process
// per service): `catalog`, `gateway`, `bare` (the "hello" baseline) or `same-sql` (the fair one).
// It tells its parent its address over IPC and stops when the parent goes.
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { pino } from 'pino';
import { createTokenVerifier } from '@app/platform/auth';
import { InProcessTransport } from '@app/platform/messaging';
import { startService } from '@app/platform/service';
import { definition, loadServiceConfig } from '@app/catalog';
import { createGatewayApp, loadGatewayConfig } from '@app/gateway';
import { sameSqlServer } from './same-sql.js';
import { liftedGatewayLimits } from '../gateway-limits.js';

const role = process.argv[2];
const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${role}: ${name} is missing`);
  return value;
};
const logger = pino({ level: 'silent' });
const verifier = () =>
  createTokenVerifier(JSON.parse(env('BENCH_ISSUER')) as Parameters<typeof createTokenVerifier>[0]);

const listen = (handler: RequestListener) =>
  new Promise<string>((resolve) => {
    const server = createServer(handler);
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    );
  });

async function start(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (role === 'catalog') {
    const catalog = await startService(
      { ...definition, schema: env('BENCH_SCHEMA') },
      {
        config: loadServiceConfig({
          DATABASE_URL: env('DATABASE_URL'),
          LOG_LEVEL: 'silent',
          PORT: '0',
          HOST: '127.0.0.1',
          DATABASE_POOL_SIZE: '10',
          SEARCH_CACHE_SECONDS: env('SEARCH_CACHE_SECONDS'),
        }),
        transport: new InProcessTransport(),
        logger,
        verifyToken: verifier(),
      },
    );
    return { url: catalog.url, stop: () => catalog.stop() };
  }
  if (role === 'gateway') {
    const config = loadGatewayConfig({
      CATALOG_URL: env('CATALOG_URL'),
      // The bench is one person of one agency asking as fast as it can: no limit stands in its way.
      ...liftedGatewayLimits,
    });
    return {
      url: await listen(createGatewayApp(config, logger, verifier())),
      stop: async () => undefined,
    };
  }
  if (role === 'same-sql') {
    const server = sameSqlServer(env('DATABASE_URL'), env('BENCH_SCHEMA'), env('BENCH_TENANT'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      stop: async () => undefined,
    };
  }
  const hello = express();
  hello.get('/hello', (_req, res) => {
    res.json({ hello: 'world' });
  });
  return { url: await listen(hello), stop: async () => undefined };
}

const started = await start();
if (!process.send) throw new Error('run me through bench/catalog-search/run.ts (an IPC channel)');
process.send({ url: started.url });
// The parent's end (or its death) ends this process: no piece outlives a run.
process.on('disconnect', () => {
  void started.stop().finally(() => process.exit(0));
});
