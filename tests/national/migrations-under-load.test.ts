// Issue "National scale", item 8: the latest migrations run on a sample of the national dataset
// while the services answer the lists and writers update the tables those migrations touch. No
// request and no write may wait a second on a lock. A control holds the lock a non-concurrent index
// build would hold, and the same probes see the wait.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { testDatabaseUrl, uniqueName } from '@app/platform/testing';
import { runMigrations } from '@app/platform/db';
import { serviceDataSource } from '@app/platform/service';
import { defined } from '@app/platform/errors';
import { schemaFor } from '../../bench/national/load.js';
import { nationalReads } from '../../bench/national/reads.js';
import { platformServices } from '../../scripts/platform-services.js';
import { sampleSeed, startNationalSample, type NationalSample } from './national-sample.js';

/** The latest migrations of each service, undone before the story and run again during it. */
const latest: Record<string, string[]> = {
  ordering: ['PaymentsByAmount1767600000001', 'OrdersByContractTime1767600000000'],
  adhesion: ['AdhesionsByContractTime1767600000001', 'ContractsByBanditore1767600000000'],
  notify: ['QueueLanes1767700000001', 'FanOuts1767700000000'],
};

/** A write of each big table those migrations touch, as its service makes it, on a row of its own. */
const writes: { service: string; pick: string; write: string }[] = [
  {
    service: 'ordering',
    pick: 'SELECT id FROM orders ORDER BY id LIMIT 50',
    write: 'UPDATE orders SET code = code WHERE id = $1',
  },
  {
    service: 'ordering',
    pick: 'SELECT id FROM payments ORDER BY id LIMIT 50',
    write: 'UPDATE payments SET paid_on = paid_on WHERE id = $1',
  },
  {
    service: 'adhesion',
    pick: 'SELECT id FROM adhesions ORDER BY id LIMIT 50',
    write: 'UPDATE adhesions SET amount_cents = amount_cents WHERE id = $1',
  },
  {
    service: 'adhesion',
    pick: 'SELECT contract_id AS id FROM known_contracts ORDER BY contract_id LIMIT 50',
    write:
      'UPDATE known_contracts SET banditore_agency_id = banditore_agency_id WHERE contract_id = $1',
  },
  {
    service: 'notify',
    pick: 'SELECT gen_random_uuid() AS id FROM generate_series(1, 50)',
    write: `INSERT INTO outgoing_mail (event_id, event_type, channel, address, recipient_name, template,
      sender_agency_id, recipient_agency_id, subject, text_body)
      VALUES (gen_random_uuid(), 'ordering.order.approved.v1', 'email', 'buyer@comune.example', 'Buyer',
      'ordinativo-approvato', $1::uuid, $1::uuid, 'Ordinativo approvato', 'Approvato.')`,
  },
];

/** The slowest of each kind of work while `during` runs: requests, writes, and lock waits seen. */
interface Waits {
  request: number;
  write: number;
  lockWait: number;
  requests: number;
  writes: number;
  lockWaiter?: string;
}

describe('national scale: the latest migrations run while the platform is in use', () => {
  const suffix = uniqueName('natmig');
  let sample: NationalSample;

  const dataSourceOf = (service: string) => {
    const { definition } = defined(
      platformServices.find((each) => each.definition.name === service),
    );
    return serviceDataSource(
      { ...definition, schema: schemaFor(service, suffix) },
      testDatabaseUrl(),
      2,
    );
  };

  /** Each migration's own `down`, newest first, and its row gone: the schema as it was before it. */
  async function undo(service: string, names: string[]) {
    const { definition } = defined(
      platformServices.find((each) => each.definition.name === service),
    );
    const dataSource = await dataSourceOf(service).initialize();
    const runner = dataSource.createQueryRunner();
    try {
      for (const name of names) {
        const Migration = defined(definition.migrations.find((each) => new each().name === name));
        const migration = new Migration();
        const inTransaction = migration.transaction !== false;
        if (inTransaction) await runner.startTransaction();
        await migration.down(runner);
        await runner.query('DELETE FROM schema_migrations WHERE name = $1', [name]);
        if (inTransaction) await runner.commitTransaction();
      }
    } finally {
      await runner.release();
      await dataSource.destroy();
    }
  }

  before(async () => {
    sample = await startNationalSample(suffix, {
      beforeServices: async () => {
        for (const [service, names] of Object.entries(latest)) await undo(service, names);
      },
      migrationsOnStart: false,
    });
  });

  after(async () => {
    await sample?.stop();
  });

  /** Readers through the services, writers on the tables, a lock watcher, while `during` runs. */
  async function measured(during: () => Promise<unknown>): Promise<Waits> {
    const waits: Waits = { request: 0, write: 0, lockWait: 0, requests: 0, writes: 0 };
    let done = false;
    const reads = nationalReads(sample.size, sampleSeed);
    const reader = async (offset: number) => {
      for (let n = offset; !done; n++) {
        const read = defined(reads[n % reads.length]);
        const token = await sample.issuer.sign(read.claims);
        const started = performance.now();
        const response = await fetch(`${sample.running.urls[read.service]}${read.path}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        await response.arrayBuffer();
        assert.equal(response.status, 200, read.name);
        waits.request = Math.max(waits.request, performance.now() - started);
        waits.requests++;
      }
    };
    const writer = async ({ service, pick, write }: (typeof writes)[number]) => {
      const client = new pg.Client({ connectionString: testDatabaseUrl() });
      await client.connect();
      try {
        await client.query(`SET search_path TO "${schemaFor(service, suffix)}"`);
        const ids = (await client.query<{ id: string }>(pick)).rows.map((row) => row.id);
        for (let n = 0; !done; n++) {
          const started = performance.now();
          await client.query(write, [ids[n % ids.length]]);
          waits.write = Math.max(waits.write, performance.now() - started);
          waits.writes++;
        }
      } finally {
        await client.end();
      }
    };
    const watcher = async () => {
      const client = new pg.Client({ connectionString: testDatabaseUrl() });
      await client.connect();
      try {
        while (!done) {
          // The migration's own statements may wait (a concurrent build waits for the transactions
          // before it to end): what counts is a request or a write waiting behind it.
          const { rows } = await client.query<{ waited: number; query: string }>(
            `SELECT (extract(epoch FROM clock_timestamp() - query_start) * 1000)::float8 AS waited, query
             FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'
               AND query !~* '^\\s*(CREATE|DROP|ALTER|SELECT pg_advisory_lock)'
             ORDER BY query_start LIMIT 1`,
          );
          const [oldest] = rows;
          if (oldest && oldest.waited > waits.lockWait)
            Object.assign(waits, { lockWait: oldest.waited, lockWaiter: oldest.query });
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      } finally {
        await client.end();
      }
    };
    // One failing part stops the others: the test fails with its reason, nothing keeps sample.running.
    const load = [reader(0), reader(7), ...writes.map(writer), watcher()].map((part) =>
      part.catch((error: unknown) => {
        done = true;
        throw error;
      }),
    );
    // The story runs a moment before and after the work, so the work falls inside it.
    await new Promise((resolve) => setTimeout(resolve, 500));
    try {
      await during();
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      done = true;
      await Promise.all(load);
    }
    return waits;
  }

  test('when the latest migrations run beside the lists and the writes, then every one is applied and nothing waits a second', async (t) => {
    const applied: string[] = [];
    const waits = await measured(async () => {
      for (const service of Object.keys(latest)) {
        const dataSource = await dataSourceOf(service).initialize();
        try {
          applied.push(...(await runMigrations(dataSource)));
        } finally {
          await dataSource.destroy();
        }
      }
    });
    assert.deepEqual(applied.sort(), [
      'AdhesionsByContractTime1767600000001',
      'ContractsByBanditore1767600000000',
      'FanOuts1767700000000',
      'OrdersByContractTime1767600000000',
      'PaymentsByAmount1767600000001',
      'QueueLanes1767700000001',
    ]);
    const { rows } = await sample.database.query(
      `SELECT count(*)::int AS invalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname LIKE $1 AND NOT i.indisvalid`,
      [`%_${suffix}`],
    );
    assert.equal(defined(rows[0]).invalid, 0, 'every index built concurrently is valid');
    t.diagnostic(
      `${waits.requests} requests (slowest ${waits.request.toFixed(0)} ms), ${waits.writes} writes ` +
        `(slowest ${waits.write.toFixed(0)} ms), longest lock wait ${waits.lockWait.toFixed(0)} ms`,
    );
    assert.ok(waits.requests > 20 && waits.writes > 100, JSON.stringify(waits));
    assert.ok(waits.request < 1000, `a request waited ${waits.request.toFixed(0)} ms`);
    assert.ok(waits.write < 1000, `a write waited ${waits.write.toFixed(0)} ms`);
    assert.ok(
      waits.lockWait < 1000,
      `a statement waited ${waits.lockWait.toFixed(0)} ms on a lock`,
    );
  });

  test('a check that can fail: the lock a plain CREATE INDEX holds for 1.5 s is seen by the same probes', async () => {
    const locker = new pg.Client({ connectionString: testDatabaseUrl() });
    await locker.connect();
    try {
      const waits = await measured(async () => {
        await locker.query('BEGIN');
        await locker.query(`LOCK TABLE "${schemaFor('ordering', suffix)}".orders IN SHARE MODE`);
        await locker.query('SELECT pg_sleep(1.5)');
        await locker.query('COMMIT');
      });
      assert.ok(waits.write >= 1000, `the writes waited ${waits.write.toFixed(0)} ms`);
      assert.ok(waits.lockWait >= 1000, `the watcher saw ${waits.lockWait.toFixed(0)} ms`);
    } finally {
      await locker.end();
    }
  });
});
