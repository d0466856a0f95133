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

/** Two Orders' registers: what a request for one of them reads and writes when a query forgets its Order. */
describe('row-level security in pec-admin: an Order reads and changes its own register only', () => {
  let service: RunningService;
  const roma = randomUUID();
  const milano = randomUUID();
  const sql = (text: string, parameters: unknown[] = []) =>
    service.deps.dataSource.query(text, parameters);
  const asRoma = <T>(work: () => Promise<T>) =>
    asAgency({ agencyId: roma, roles: ['gestore-ordine'] }, work);
  const boxes: Record<string, string> = {};

  before(async () => {
    const config = loadServiceConfig({
      DATABASE_URL: testDatabaseUrl(),
      LOG_LEVEL: 'silent',
      PORT: '0',
      HOST: '127.0.0.1',
    });
    service = await startService(
      { ...definition, schema: uniqueName('pec_admin') },
      { config, transport: new InProcessTransport(), logger: pino({ level: 'silent' }) },
    );
    for (const [order, name] of [
      [roma, 'roma'],
      [milano, 'milano'],
    ] as const) {
      await sql('INSERT INTO orders (agency_id, fiscal_code, name) VALUES ($1, $2, $3)', [
        order,
        `8000000000${name === 'roma' ? 1 : 2}`,
        `Ordine di ${name}`,
      ]);
      const [member] = await sql(
        `INSERT INTO members (order_agency_id, given_name, family_name, fiscal_code, registration_number, registered_on, reference_email)
        VALUES ($1, 'Mario', 'Rossi', 'RSSMRA80A01H501U', '1', '2020-01-01', 'mario@example.it') RETURNING id`,
        [order],
      );
      const [box] = await sql(
        `INSERT INTO mailboxes (order_agency_id, member_id, address, state) VALUES ($1, $2, $3, 'attiva') RETURNING id`,
        [order, member.id, `mario.rossi${name === 'roma' ? '' : '1'}@pec.ordine-${name}.it`],
      );
      await sql(
        `INSERT INTO requests (order_agency_id, kind, member_id, mailbox_id, payload, requested_by) VALUES ($1, 'creazione', $2, $3, '{}', '{}')`,
        [order, member.id, box.id],
      );
      await sql(`INSERT INTO imports (order_agency_id, format, rows) VALUES ($1, 'csv', '[]')`, [
        order,
      ]);
      boxes[name] = box.id;
    }
  });

  after(async () => {
    await sql(`DROP SCHEMA "${schemaOf(service.deps.dataSource)}" CASCADE`);
    await service.stop();
  });

  test("when queries without the Order filter run for Roma, then only Roma's members, mailboxes, requests, loads and entry are there", async () => {
    for (const table of ['members', 'mailboxes', 'requests', 'imports', 'orders']) {
      const rows = await asRoma(() => sql(`SELECT * FROM ${table}`));
      assert.equal(rows.length, 1, `${table}: one row, Roma's`);
      assert.equal(rows[0].order_agency_id ?? rows[0].agency_id, roma);
    }
    assert.equal(
      (await sql('SELECT count(*)::int AS n FROM mailboxes'))[0].n,
      2,
      'the ledger worker (no caller) sees both',
    );
  });

  test("when a request for Roma writes Milano's register, then nothing changes and no row for Milano can be made", async () => {
    const [, changed] = await asRoma(() =>
      sql(`UPDATE mailboxes SET state = 'cancellata' WHERE id = $1`, [boxes.milano]),
    );
    assert.equal(changed, 0);
    const [, removed] = await asRoma(() =>
      sql('DELETE FROM imports WHERE order_agency_id = $1', [milano]),
    );
    assert.equal(removed, 0);
    await assert.rejects(
      asRoma(() =>
        sql(
          `INSERT INTO members (order_agency_id, given_name, family_name, fiscal_code, registration_number, registered_on, reference_email)
      VALUES ($1, 'Intruso', 'Intruso', 'NTRNTR80A01H501U', '9', '2020-01-01', 'x@example.it')`,
          [milano],
        ),
      ),
      /row-level security/,
    );
    assert.equal(
      (await sql(`SELECT state FROM mailboxes WHERE id = $1`, [boxes.milano]))[0].state,
      'attiva',
    );
  });

  test('when Roma chooses a new address, then it counts the addresses of every Order with that stem, and reads none of them', async () => {
    assert.equal(
      (await asRoma(() => sql(`SELECT addresses_with_stem('mario.rossi') AS n`)))[0].n,
      2,
    );
    assert.equal(
      (
        await asRoma(() =>
          sql(`SELECT count(*)::int AS n FROM mailboxes WHERE address LIKE 'mario.rossi%'`),
        )
      )[0].n,
      1,
    );
  });
});
