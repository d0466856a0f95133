import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { schemaOf } from '@app/platform/db';
import { InProcessTransport } from '@app/platform/messaging';
import { startService, type RunningService } from '@app/platform/service';
import { testDatabaseUrl, uniqueName } from '@app/platform/testing';
import { definition, loadServiceConfig } from '../src/index.js';
import { record } from '../src/feed/feed.service.js';
import { readAfter } from '../src/feed/feed.store.js';

const agency = '0b6a4b0e-1c1e-4c57-9d1f-6f1c6a6f0a01';

/** Issue "Notify", pull feed: numbered by commit, so a reader polling all the time never skips a late commit. */
describe('the partner feed in commit order', () => {
  let service: RunningService;

  before(async () => {
    const config = loadServiceConfig({
      DATABASE_URL: testDatabaseUrl(),
      LOG_LEVEL: 'silent',
      PORT: '0',
      HOST: '127.0.0.1',
    });
    service = await startService(
      { ...definition, schema: uniqueName('notify'), jobs: undefined },
      {
        config,
        transport: new InProcessTransport(),
        logger: pino({ level: 'silent' }),
        verifyToken: async () => {
          throw new Error('nessun token');
        },
      },
    );
  });

  after(async () => {
    await service.deps.dataSource.query(
      `DROP SCHEMA "${schemaOf(service.deps.dataSource)}" CASCADE`,
    );
    await service.stop();
  });

  test('when writers commit out of order while a reader polls, then every event is read exactly once, in the order every later read gives', async () => {
    const dataSource = service.deps.dataSource;
    const ids = Array.from({ length: 40 }, () => randomUUID());
    const seen: string[] = [];
    let cursor = '0';
    let writing = true;
    const reader = (async () => {
      while (writing || (await readAfter(dataSource.manager, agency, cursor, 1000)).length) {
        for (const row of await readAfter(dataSource.manager, agency, cursor, 1000)) {
          seen.push((row.envelope as { id: string }).id);
          cursor = row.seq;
        }
      }
    })();
    // Each writer holds its transaction open a different while after writing: without commit order, a
    // late committer's smaller number would land behind the reader's cursor and never be read.
    await Promise.all(
      ids.map((id, index) =>
        dataSource
          .transaction(async (manager) => {
            await record(manager, {
              id,
              type: 'ordering.order.approved.v1',
              source: '/services/ordering',
              specversion: '1.0',
              time: new Date().toISOString(),
              datacontenttype: 'application/json',
              data: { agencyId: agency },
            });
            await manager.query('SELECT pg_sleep($1)', [((index * 7) % 5) / 100]);
            if (index % 10 === 9)
              throw Object.assign(new Error('rollback voluto'), { rollback: true });
          })
          .catch((error) => {
            if (!error.rollback) throw error;
          }),
      ),
    );
    writing = false;
    await reader;
    const committed = ids.filter((_, index) => index % 10 !== 9);
    assert.equal(seen.length, committed.length);
    assert.deepEqual([...seen].sort(), [...committed].sort());
    const reread = (await readAfter(dataSource.manager, agency, '0', 1000)).map(
      (row) => (row.envelope as { id: string }).id,
    );
    assert.deepEqual(reread, seen);
  });
});
