// Every list a person or partner reads, on a sample of the national dataset (bench/national): the
// real route, the real query, its plan read on the same connection just before it runs. None may
// read a table of more than a thousand rows from end to end: at national volume that table holds
// millions, and a sequential scan is where p99 goes. The full dataset's timings are bench:national's.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { uniqueName } from '@app/platform/testing';
import { schemaFor } from '../../bench/national/load.js';
import { nationalReads, type Read } from '../../bench/national/reads.js';
import { sampleSeed, startNationalSample, type NationalSample } from './national-sample.js';
import { nodesOf, recordPlans, type RecordedPlan } from './plan-recorder.js';
import { defined } from '@app/platform/errors';

const bigTable = 1_000;

describe('national scale: every list reads through indexes (sample of the national dataset)', () => {
  const suffix = uniqueName('nat');
  let sample: NationalSample;
  let rowsOf: Map<string, number>;
  const recorder = recordPlans();
  const cursors = new Map<string, string>();

  before(async () => {
    sample = await startNationalSample(suffix);
    const { rows } = await sample.database.query<{ name: string; tuples: number }>(
      `SELECT n.nspname || '.' || c.relname AS name, c.reltuples::float8 AS tuples
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname LIKE $1`,
      [`%_${suffix}`],
    );
    rowsOf = new Map(rows.map((row) => [row.name, row.tuples]));
  });

  after(async () => {
    recorder.restore();
    await sample?.stop();
  });

  const ask = async (read: Read) => {
    const token = await sample.issuer.sign(read.claims);
    const after = read.follows ? cursors.get(read.path) : undefined;
    const path = after ? `${read.path}&after=${after}` : read.path;
    const response = await fetch(`${sample.running.urls[read.service]}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await response.json()) as { next?: string };
    assert.equal(response.status, 200, `${read.name}: ${JSON.stringify(body).slice(0, 400)}`);
    if (body.next) cursors.set(read.path, body.next);
  };

  const sequentialScans = (plans: RecordedPlan[]) =>
    plans.flatMap(({ sql, plan }) =>
      nodesOf(plan)
        .filter((node) => node['Node Type'] === 'Seq Scan')
        .map((node) => ({ table: `${node.Schema}.${node['Relation Name']}`, sql }))
        .filter(({ table }) => (rowsOf.get(table) ?? 0) > bigTable),
    );

  test('the sample holds what the lists read, at the floors of a national sample', async () => {
    assert.equal(rowsOf.get(`${schemaFor('ordering', suffix)}.orders`), sample.size.orders);
    assert.equal(
      rowsOf.get(`${schemaFor('notify', suffix)}.notifications`),
      sample.size.notifications,
    );
    assert.equal(
      rowsOf.get(`${schemaFor('notify', suffix)}.partner_events`),
      sample.size.feedEvents,
    );
    assert.ok(
      (rowsOf.get(`${schemaFor('ordering', suffix)}.audit_log`) ?? 0) >= sample.size.orders * 4,
    );
  });

  test('each list and read: answered, its queries planned through indexes', async (t) => {
    for (const read of nationalReads(sample.size, sampleSeed)) {
      await t.test(read.name, async () => {
        const plans = await recorder.during(() => ask(read));
        assert.ok(plans.length > 0, `${read.name}: no query reached PostgreSQL`);
        const scans = sequentialScans(plans);
        assert.deepEqual(
          scans,
          [],
          `${read.name} reads a big table from end to end:\n` +
            scans.map(({ table, sql }) => `${table}: ${sql.replace(/\s+/g, ' ')}`).join('\n'),
        );
      });
    }
  });

  test('a national convention’s orders and adhesions come a page at a time, newest first', async () => {
    const [banditore] = nationalReads(sample.size, sampleSeed).filter((read) =>
      read.name.startsWith('Ordinativi della convenzione nazionale'),
    );
    const token = await sample.issuer.sign(defined(banditore).claims);
    const base = defined(banditore).path.split('?')[0];
    for (const service of ['ordering', 'adhesion'] as const) {
      const path = service === 'ordering' ? base : base?.replace('/orders', '/adhesions');
      const pageOf = async (query: string) => {
        const response = await fetch(`${sample.running.urls[service]}${path}?${query}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        return {
          status: response.status,
          body: (await response.json()) as { id: string; createdAt: string }[],
        };
      };
      const first = await pageOf('pageSize=10');
      const second = await pageOf('pageSize=10&page=2');
      assert.equal(first.body.length, 10);
      assert.equal(second.body.length, 10);
      assert.equal(new Set([...first.body, ...second.body].map((row) => row.id)).size, 20);
      const times = [...first.body, ...second.body].map((row) => row.createdAt);
      assert.deepEqual(times, [...times].sort().reverse());
      const past = await pageOf('pageSize=200&page=1000');
      assert.deepEqual(past.body, []);
      assert.equal((await pageOf('pageSize=201')).status, 400);
      assert.equal((await pageOf('page=0')).status, 400);
    }
  });

  test('a plan test that can fail: a search by a column without an index is caught', async () => {
    const plans = await recorder.during(async () => {
      await sample.database.query(
        `SELECT id FROM "${schemaFor('ordering', suffix)}".orders WHERE subject = $1`,
        ['Ordinativo di fornitura n. 7'],
      );
    });
    assert.deepEqual(
      sequentialScans(plans).map(({ table }) => table),
      [`${schemaFor('ordering', suffix)}.orders`],
    );
  });
});
