import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DataSource } from 'typeorm';
import {
  archiveSchemaOf,
  ensureMonthlyPartitions,
  monthStart,
  partitionByMonth,
  partitionsOf,
  retireOldPartitions,
  schemaOf,
} from '../src/db/index.js';
import { createStore, dropStore } from './fixtures.js';

const auditLog = { table: 'audit_log', column: 'at', key: ['id'] };

/** `count` audit rows, one a day going back from `until`. */
async function auditRows(dataSource: DataSource, count: number, until: Date) {
  await dataSource.query(
    `INSERT INTO audit_log (at, action, entity_type, entity_id)
     SELECT $2::timestamptz - n * interval '1 day', 'prova.' || n, 'prova', n::text
     FROM generate_series(0, $1 - 1) n`,
    [count, until.toISOString()],
  );
}

const convert = async (dataSource: DataSource) => {
  const runner = dataSource.createQueryRunner();
  try {
    await partitionByMonth(runner, auditLog);
  } finally {
    await runner.release();
  }
};

const count = async (dataSource: DataSource, from: string, where = 'true') =>
  Number((await dataSource.query(`SELECT count(*) AS n FROM ${from} WHERE ${where}`))[0].n);

describe('tables partitioned by month, with retention', () => {
  const stores: DataSource[] = [];
  after(async () => {
    for (const store of stores) {
      await store.query(`DROP SCHEMA IF EXISTS "${archiveSchemaOf(schemaOf(store))}" CASCADE`);
      await dropStore(store);
    }
  });
  const store = async () => {
    const created = await createStore('part');
    stores.push(created);
    return created;
  };

  test('a table with rows keeps them all: they become the partition of the months before the next', async () => {
    const dataSource = await store();
    await auditRows(dataSource, 400, new Date());
    await convert(dataSource);
    const [{ kind }] = await dataSource.query(
      `SELECT relkind AS kind FROM pg_class WHERE oid = 'audit_log'::regclass`,
    );
    assert.equal(kind, 'p');
    assert.equal(await count(dataSource, 'audit_log'), 400);
    const partitions = await partitionsOf(dataSource, 'audit_log');
    const cutover = monthStart(new Date(), 1);
    assert.deepEqual(partitions[0], {
      name: `audit_log_before_p${cutover.toISOString().slice(0, 7).replace('-', '')}`,
      from: null,
      to: cutover,
    });
    // The swap reused the indexes built beforehand: none was built again under the lock.
    const indexes = await dataSource.query(
      `SELECT indexrelid::regclass::text AS name FROM pg_index WHERE indrelid = $1::regclass`,
      [partitions[0]?.name],
    );
    assert.equal(indexes.length, 3, JSON.stringify(indexes));
    // Next month's rows go to a month of their own; the primary key now holds the month's column.
    await auditRows(dataSource, 1, monthStart(new Date(), 2));
    const [{ partition }] = await dataSource.query(
      `SELECT tableoid::regclass::text AS partition FROM audit_log WHERE at >= $1`,
      [monthStart(new Date(), 2).toISOString()],
    );
    assert.match(partition, /audit_log_p\d{6}$/);
    // A second run of the migration changes nothing.
    await convert(dataSource);
    assert.equal(await count(dataSource, 'audit_log'), 401);
  });

  test('an empty table becomes months; a history import makes its past months; retention keeps its period', async () => {
    const dataSource = await store();
    await convert(dataSource);
    const now = new Date();
    await ensureMonthlyPartitions(dataSource, 'audit_log', monthStart(now, -15), now);
    await auditRows(dataSource, 450, now);
    const limit = monthStart(now, -6);
    const withinPeriod = await count(dataSource, 'audit_log', `at >= '${limit.toISOString()}'`);
    const retired = await retireOldPartitions(
      dataSource,
      schemaOf(dataSource),
      { ...auditLog, retentionMonths: 6 },
      now,
    );
    assert.ok(retired.length >= 8, `retired ${retired.join(', ')}`);
    // Nothing within the period left the table; nothing at all was lost: the rest is in the archive.
    assert.equal(
      await count(dataSource, 'audit_log', `at >= '${limit.toISOString()}'`),
      withinPeriod,
    );
    assert.equal(await count(dataSource, 'audit_log', `at < '${limit.toISOString()}'`), 0);
    const archive = archiveSchemaOf(schemaOf(dataSource));
    let archived = 0;
    for (const name of retired) archived += await count(dataSource, `"${archive}".${name}`);
    assert.equal(withinPeriod + archived, 450);
    // A second run finds nothing more to retire.
    assert.deepEqual(
      await retireOldPartitions(
        dataSource,
        schemaOf(dataSource),
        { ...auditLog, retentionMonths: 6 },
        now,
      ),
      [],
    );
  });

  test('writers go on while a table with rows is converted: none fails, none waits a second', async () => {
    const dataSource = await store();
    await auditRows(dataSource, 50_000, new Date());
    let writing = true;
    const waits: number[] = [];
    const writer = (async () => {
      while (writing) {
        const started = performance.now();
        await dataSource.query(
          `INSERT INTO audit_log (action, entity_type) VALUES ('scrittura', 'prova')`,
        );
        waits.push(performance.now() - started);
      }
    })();
    await convert(dataSource);
    writing = false;
    await writer;
    assert.ok(waits.length > 10, `only ${waits.length} writes during the conversion`);
    assert.ok(Math.max(...waits) < 1_000, `a write waited ${Math.round(Math.max(...waits))} ms`);
    assert.equal(await count(dataSource, 'audit_log'), 50_000 + waits.length);
  });
});
