import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { asAgency, schemaOf } from '@app/platform/db';
import { InProcessTransport } from '@app/platform/messaging';
import { startService, type RunningService } from '@app/platform/service';
import { testDatabaseUrl, uniqueName } from '@app/platform/testing';
import { loadServiceConfig } from '../src/config.js';
import { definition } from '../src/service.js';

/** Prato's and Firenze's adhesions to a contract of the Regione; queries run for Prato without their agency filter. */
describe('row-level security in adhesion: the database refuses what a query forgot', () => {
  let service: RunningService;
  const prato = randomUUID();
  const firenze = randomUUID();
  const regione = randomUUID();
  const contractId = randomUUID();
  const adhesionOf: Record<string, string> = {};
  const sql = (text: string, parameters: unknown[] = []) =>
    service.deps.dataSource.query(text, parameters);
  const as = <T>(agencyId: string, work: () => Promise<T>) =>
    asAgency({ agencyId, roles: ['buyer'] }, work);

  before(async () => {
    const config = loadServiceConfig({
      DATABASE_URL: testDatabaseUrl(),
      LOG_LEVEL: 'silent',
      PORT: '0',
      HOST: '127.0.0.1',
    });
    service = await startService(
      { ...definition, schema: uniqueName('adhesion') },
      { config, transport: new InProcessTransport(), logger: pino({ level: 'silent' }) },
    );
    await sql(
      `INSERT INTO known_contracts (contract_id, kind, banditore_agency_id, title, cig, ceiling_cents, start_date, expiry_date, rounds, status, version)
      VALUES ($1, 'convenzione', $2, 'Sistema Cloud Toscana', '7154112FF8', 100000, '2026-01-01', '2030-01-01', '[]', 'pubblicata', 1)`,
      [contractId, regione],
    );
    for (const agency of [prato, firenze]) {
      const id = randomUUID();
      adhesionOf[agency] = id;
      await sql(
        `INSERT INTO adhesions (id, code, contract_id, agency_id, ipotesi, amount_cents, status, created_by) VALUES ($1, $2, $3, $4, 'A', 100, 'inviata', 'persona')`,
        [id, `A-${id.slice(0, 8)}`, contractId, agency],
      );
      await sql(
        `INSERT INTO adhesion_history (adhesion_id, action, to_status, round, actor_subject, actor_agency) VALUES ($1, 'submitted', 'inviata', 0, 'persona', $2)`,
        [id, agency],
      );
    }
  });

  after(async () => {
    await sql(`DROP SCHEMA "${schemaOf(service.deps.dataSource)}" CASCADE`);
    await service.stop();
  });

  test("when a query without its agency filter runs for Prato, then Firenze's adhesion and its history are not there, and cannot be changed", async () => {
    assert.deepEqual(
      (await as(prato, () => sql('SELECT agency_id FROM adhesions'))).map(
        (row: { agency_id: string }) => row.agency_id,
      ),
      [prato],
    );
    assert.deepEqual(
      await as(prato, () =>
        sql('SELECT adhesion_id FROM adhesion_history WHERE adhesion_id = $1', [
          adhesionOf[firenze],
        ]),
      ),
      [],
    );
    const [, updated] = await as(prato, () =>
      sql("UPDATE adhesions SET status = 'approvata' WHERE id = $1", [adhesionOf[firenze]]),
    );
    assert.equal(updated, 0);
    await assert.rejects(
      as(prato, () =>
        sql(
          `INSERT INTO adhesions (id, code, contract_id, agency_id, ipotesi, amount_cents, status, created_by) VALUES ($1, 'A-falsa', $2, $3, 'A', 1, 'bozza', 'persona')`,
          [randomUUID(), contractId, firenze],
        ),
      ),
      /row-level security/,
    );
  });

  test("the contract's banditore sees both adhesions; an unrelated agency none", async () => {
    assert.equal((await as(regione, () => sql('SELECT id FROM adhesions'))).length, 2);
    assert.deepEqual(await as(randomUUID(), () => sql('SELECT id FROM adhesions')), []);
  });
});
