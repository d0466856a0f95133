import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabaseUrl } from '@app/platform/testing';
import { startPlatform, type RunningPlatform } from '../../scripts/platform.js';
import { defined } from '@app/platform/errors';

describe('the whole platform in one process (npm start)', () => {
  let platform: RunningPlatform;

  before(async () => {
    platform = await startPlatform(
      {
        DATABASE_URL: testDatabaseUrl(),
        LOG_LEVEL: 'silent',
        PORT: '0',
        MESSAGE_RETRY_DELAYS_MS: '100',
      },
      { servicePorts: 0 },
    );
  });

  after(() => platform.stop());

  test('when every service has started with ANAC out of reach, then the gateway /readyz lists the seven services, the portal and itself, ready but the ANAC gateway, which waits for ANAC’s lists', async () => {
    const response = await fetch(`${platform.gateway.url}/readyz`);
    // Richiedi CIG would answer 503 until ANAC's lists are read: the platform says it is not ready.
    assert.equal(response.status, 503);
    const body = (await response.json()) as {
      services: Record<string, { status: string; checks?: Record<string, string> }>;
    };
    assert.deepEqual(Object.keys(body.services).sort(), [
      'adhesion',
      'anac-gateway',
      'catalog',
      'gateway',
      'identity',
      'notify',
      'ordering',
      'pec-admin',
      'web',
    ]);
    for (const [name, state] of Object.entries(body.services))
      assert.equal(state.status, name === 'anac-gateway' ? 'not-ready' : 'ready', name);
    assert.match(
      defined(defined(body.services['anac-gateway']).checks)['elenchi-anac'] ?? '',
      /elenchi ANAC non ancora letti/,
    );
    assert.deepEqual(defined(body.services.catalog).checks, {
      shutdown: 'ok',
      database: 'ok',
      broker: 'ok',
    });
  });

  test('when the services start, then each has its own schema with the platform tables', async () => {
    const [service] = platform.services;
    const rows: { schema_name: string }[] = await defined(service).deps.dataSource.query(
      `SELECT table_schema AS schema_name FROM information_schema.tables WHERE table_name = 'outbox' AND table_schema = ANY($1) ORDER BY 1`,
      [['identity', 'catalog', 'adhesion', 'ordering', 'anac_gateway', 'notify', 'pec_admin']],
    );
    assert.equal(rows.length, 7);
  });
});
