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
import { findVisible } from '../src/orders/order.store.js';
import { defined } from '@app/platform/errors';

/** Two agencies' orders on one contract whose banditore is a third; each with a history line and a payment. */
describe('row-level security in ordering: the database refuses what a query forgot', () => {
  let service: RunningService;
  const prato = randomUUID();
  const firenze = randomUUID();
  const regione = randomUUID();
  const contractId = randomUUID();
  const orderOf: Record<string, string> = {};
  const sql = (text: string, parameters: unknown[] = []) =>
    service.deps.dataSource.query(text, parameters);
  const asPrato = <T>(work: () => Promise<T>) =>
    asAgency({ agencyId: prato, roles: ['buyer'] }, work);

  before(async () => {
    const config = loadServiceConfig({
      DATABASE_URL: testDatabaseUrl(),
      LOG_LEVEL: 'silent',
      PORT: '0',
      HOST: '127.0.0.1',
    });
    service = await startService(
      { ...definition, schema: uniqueName('ordering') },
      { config, transport: new InProcessTransport(), logger: pino({ level: 'silent' }) },
    );
    // Written as the consumers write them: no agency on the connection, the owner's rights.
    await sql(
      `INSERT INTO known_contracts (contract_id, banditore_agency_id, title, cig, supplier, order_requirements, requires_adhesion, expiry_date, supplier_response_days, status, version)
      VALUES ($1, $2, 'Sistema Cloud Toscana', '7154112FF8', '{"name":"Fornitore S.p.A.","fiscalCode":"12345678903"}', '[]', false, '2030-01-01', 10, 'pubblicata', 1)`,
      [contractId, regione],
    );
    for (const [agency, status, cig] of [
      [prato, 'bozza', 'B000000001'],
      [firenze, 'inviato', 'B000000002'],
    ] as const) {
      const id = randomUUID();
      orderOf[agency] = id;
      await sql(
        `INSERT INTO orders (id, code, contract_id, agency_id, cig_request_id, subject, status, cig_request_total_cents, derived_cig, created_by)
        VALUES ($1, $2, $3, $4, $5, 'Servizi cloud', $6, 100, $7, 'persona')`,
        [id, `O-${id.slice(0, 8)}`, contractId, agency, randomUUID(), status, cig],
      );
      await sql(
        `INSERT INTO order_history (order_id, action, to_status, actor_subject, actor_agency) VALUES ($1, 'created', 'bozza', 'persona', $2)`,
        [id, agency],
      );
      await sql(
        `INSERT INTO payments (id, agency_id, mandate_number, amount_cents, issued_on, beneficiary_name, beneficiary_fiscal_code, reason, cig, payment_method, registered_by)
        VALUES ($1, $2, '2026/1', 100, '2026-11-20', 'Fornitore S.p.A.', '12345678903', 'Acconto', $3, 'Bonifico', 'contabilita')`,
        [randomUUID(), agency, cig],
      );
    }
  });

  after(async () => {
    await sql(`DROP SCHEMA "${schemaOf(service.deps.dataSource)}" CASCADE`);
    await service.stop();
  });

  test("when a query without its agency filter runs for Prato, then Firenze's orders, history and payments are not there", async () => {
    const orders = await asPrato(() => sql('SELECT agency_id FROM orders'));
    assert.deepEqual(
      orders.map((row: { agency_id: string }) => row.agency_id),
      [prato],
    );
    assert.deepEqual(
      await asPrato(() =>
        sql('SELECT order_id FROM order_history WHERE order_id = $1', [orderOf[firenze]]),
      ),
      [],
    );
    assert.deepEqual(
      (await asPrato(() => sql('SELECT agency_id FROM payments'))).map(
        (row: { agency_id: string }) => row.agency_id,
      ),
      [prato],
    );
    // The store's own query, handed the wrong agency by a mistaken caller: still nothing of Firenze's.
    assert.equal(
      await asPrato(() =>
        findVisible(service.deps.dataSource.manager, defined(orderOf[firenze]), firenze),
      ),
      undefined,
    );
  });

  test("when a request for Prato writes Firenze's rows, then nothing changes, and a row for Firenze cannot be made", async () => {
    const [, updated] = await asPrato(() =>
      sql("UPDATE orders SET subject = 'manomesso' WHERE id = $1", [orderOf[firenze]]),
    );
    assert.equal(updated, 0);
    const [, deleted] = await asPrato(() =>
      sql('DELETE FROM payments WHERE agency_id = $1', [firenze]),
    );
    assert.equal(deleted, 0);
    await assert.rejects(
      asPrato(() =>
        sql(
          `INSERT INTO orders (id, code, contract_id, agency_id, cig_request_id, subject, cig_request_total_cents, created_by)
      VALUES ($1, 'O-falso', $2, $3, $4, 'Ordine falso', 0, 'persona')`,
          [randomUUID(), contractId, firenze, randomUUID()],
        ),
      ),
      /row-level security/,
    );
    const [{ subject }] = await sql('SELECT subject FROM orders WHERE id = $1', [orderOf[firenze]]);
    assert.equal(subject, 'Servizi cloud');
  });

  test('the banditore sees the sent order and its payments, not the draft; consumers and jobs see every row', async () => {
    const asRegione = <T>(work: () => Promise<T>) =>
      asAgency({ agencyId: regione, roles: ['rup'] }, work);
    assert.deepEqual(
      (await asRegione(() => sql('SELECT agency_id FROM orders'))).map(
        (row: { agency_id: string }) => row.agency_id,
      ),
      [firenze],
    );
    assert.deepEqual(
      (await asRegione(() => sql('SELECT agency_id FROM payments'))).map(
        (row: { agency_id: string }) => row.agency_id,
      ),
      [firenze],
    );
    assert.equal((await sql('SELECT count(*)::int AS n FROM orders'))[0].n, 2);
  });

  test('a connection given back by a request keeps nothing of it: the next one without an agency is the owner again', async () => {
    await asPrato(() => sql('SELECT 1'));
    const [{ role, agency }] = await sql(
      "SELECT current_user AS role, current_setting('app.agency_id', true) AS agency",
    );
    assert.notEqual(role, 'negozio_ordering');
    assert.equal(agency, '');
    const [{ role: during }] = await asPrato(() => sql('SELECT current_user AS role'));
    assert.equal(during, 'negozio_ordering');
  });
});
