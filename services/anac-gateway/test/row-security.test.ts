import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { asAgency } from '@app/platform/db';
import { altroComune, cloudRequest, comune, startHarness, type Harness } from './harness.js';

/** Two Comuni's CIG requests: a query without its agency filter, run for one, finds nothing of the other's. */
describe('row-level security in the ANAC gateway: the database refuses what a query forgot', () => {
  let h: Harness;
  const sql = (text: string, parameters: unknown[] = []) =>
    h.service.deps.dataSource.query(text, parameters);
  const requestOf: Record<string, string> = {};

  before(async () => {
    h = await startHarness();
    for (const agency of [comune, altroComune]) {
      const id = randomUUID();
      requestOf[agency] = id;
      await sql(
        `INSERT INTO cig_requests (id, agency_id, status, data, total_cents, created_by) VALUES ($1, $2, 'bozza', $3, 100, 'persona')`,
        [id, agency, JSON.stringify(cloudRequest())],
      );
      await sql(
        `INSERT INTO transmissions (cig_request_id, operation, method, url, attempt, started_at, duration_ms) VALUES ($1, 'crea-appalto', 'POST', 'https://pcp', 1, now(), 10)`,
        [id],
      );
    }
  });
  after(() => h.stop());

  test("when a query for one Comune forgets its agency, then the other's requests and transmissions are not there and cannot be changed", async () => {
    const asComune = <T>(work: () => Promise<T>) =>
      asAgency({ agencyId: comune, roles: ['rup'] }, work);
    assert.deepEqual(
      (
        await asComune(() =>
          sql('SELECT agency_id FROM cig_requests WHERE id = ANY($1)', [Object.values(requestOf)]),
        )
      ).map((row: { agency_id: string }) => row.agency_id),
      [comune],
    );
    assert.deepEqual(
      await asComune(() =>
        sql('SELECT id FROM transmissions WHERE cig_request_id = $1', [requestOf[altroComune]]),
      ),
      [],
    );
    const [, updated] = await asComune(() =>
      sql("UPDATE cig_requests SET status = 'confermato' WHERE id = $1", [requestOf[altroComune]]),
    );
    assert.equal(updated, 0);
    // Consumers and the orchestrator (no caller) still see both.
    assert.equal(
      (
        await sql('SELECT count(*)::int AS n FROM cig_requests WHERE id = ANY($1)', [
          Object.values(requestOf),
        ])
      )[0].n,
      2,
    );
  });
});
