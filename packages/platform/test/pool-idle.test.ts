import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { loadConfig, serviceEnvSchema } from '../src/config/index.js';
import { createDataSource } from '../src/db/index.js';
import { testDatabaseUrl, uniqueName } from '../src/testing/index.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Backends PostgreSQL holds open for an application name. */
async function backendsOf(applicationName: string): Promise<number> {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query(
      'SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1',
      [applicationName],
    );
    return rows[0].n as number;
  } finally {
    await client.end();
  }
}

describe('the pool of database connections', () => {
  const opened: { destroy(): Promise<void> }[] = [];
  after(async () => {
    for (const dataSource of opened) await dataSource.destroy();
  });

  async function used(poolIdleSeconds?: number) {
    const applicationName = uniqueName('pool');
    const dataSource = createDataSource({
      url: testDatabaseUrl(),
      schema: 'public',
      migrations: [],
      applicationName,
      ...(poolIdleSeconds === undefined ? {} : { poolIdleSeconds }),
    });
    await dataSource.initialize();
    opened.push(dataSource);
    await dataSource.query('SELECT 1');
    return applicationName;
  }

  test('when a connection sits idle past pg’s own 10 s, then it is still open: a new one would plan with cold caches', async () => {
    assert.equal(
      loadConfig(serviceEnvSchema, { DATABASE_URL: 'postgres://db/x' }).DATABASE_POOL_IDLE_SECONDS,
      300,
    );
    const name = await used();
    await sleep(11_000);
    assert.equal(await backendsOf(name), 1);
  });

  test('when DATABASE_POOL_IDLE_SECONDS has passed, then the idle connection is closed', async () => {
    const name = await used(1);
    assert.equal(await backendsOf(name), 1);
    await sleep(2_000);
    assert.equal(await backendsOf(name), 0);
  });
});
