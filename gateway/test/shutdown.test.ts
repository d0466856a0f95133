import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { pino } from 'pino';
import { loadGatewayConfig, startGateway } from '../src/index.js';

const listen = (server: Server) =>
  new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );

test('when the gateway stops, then its readiness fails first, the request in flight is answered, and then nothing listens', async () => {
  // A catalog that answers slowly: the request is in flight when the stop begins.
  const slowCatalog = createServer((req, res) => {
    if (req.url === '/readyz') return void res.end('{}');
    setTimeout(() => res.setHeader('content-type', 'application/json').end('{"items":[]}'), 800);
  });
  const catalogUrl = await listen(slowCatalog);
  const gateway = await startGateway(
    loadGatewayConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      CATALOG_URL: catalogUrl,
      SHUTDOWN_DELAY_MS: '300',
      SHUTDOWN_GRACE_MS: '5000',
    }),
    pino({ level: 'silent' }),
    async () => Promise.reject(new Error('no tokens here')),
  );
  assert.equal((await fetch(`${gateway.url}/readyz/self`)).status, 200);
  const inFlight = fetch(`${gateway.url}/api/v1/contracts`);
  await new Promise((resolve) => setTimeout(resolve, 100));
  const stopped = gateway.stop();
  const readiness = await fetch(`${gateway.url}/readyz`);
  assert.equal(readiness.status, 503);
  assert.equal((await readiness.json()).services.gateway.status, 'stopping');
  assert.equal((await fetch(`${gateway.url}/readyz/self`)).status, 503, 'its own probe fails too');
  assert.equal((await inFlight).status, 200, 'the request in flight is answered');
  await stopped;
  await assert.rejects(fetch(`${gateway.url}/healthz`));
  slowCatalog.close();
});

test("when the gateway's port is taken, then starting it fails with the reason instead of a gateway without an address", async () => {
  const taken = createServer();
  const url = await listen(taken);
  const port = new URL(url).port;
  await assert.rejects(
    startGateway(
      loadGatewayConfig({ PORT: port, HOST: '127.0.0.1' }),
      pino({ level: 'silent' }),
      async () => Promise.reject(new Error('no tokens here')),
    ),
    /EADDRINUSE/,
  );
  taken.close();
});
