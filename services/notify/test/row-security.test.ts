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

/** Two agencies' partner events and webhooks, and a public event: what a request for one of them sees without its filter. */
describe("row-level security in notify: each agency's rows stay with it, and with the parties a policy names", () => {
  let service: RunningService;
  const prato = randomUUID();
  const firenze = randomUUID();
  const sql = (text: string, parameters: unknown[] = []) =>
    service.deps.dataSource.query(text, parameters);
  const asPrato = <T>(work: () => Promise<T>) => asAgency({ agencyId: prato, roles: [] }, work);

  before(async () => {
    const config = loadServiceConfig({
      DATABASE_URL: testDatabaseUrl(),
      LOG_LEVEL: 'silent',
      PORT: '0',
      HOST: '127.0.0.1',
    });
    service = await startService(
      { ...definition, schema: uniqueName('notify') },
      { config, transport: new InProcessTransport(), logger: pino({ level: 'silent' }) },
    );
    for (const [agencies, isPublic] of [
      [[prato], false],
      [[firenze], false],
      [[], true],
    ] as const) {
      await sql(
        `INSERT INTO partner_events (seq, event_id, type, public, agencies, envelope) VALUES (nextval('partner_event_seq'), $1, 'tipo.v1', $2, $3, '{}')`,
        [randomUUID(), isPublic, agencies],
      );
    }
    for (const agency of [prato, firenze]) {
      await sql(
        `INSERT INTO webhooks (agency_id, url, filters, secret, signing_public_key, signing_private_key) VALUES ($1, 'https://partner.example.it/eventi', '[]', 'sigillato', 'pk', 'sk')`,
        [agency],
      );
    }
  });

  after(async () => {
    await sql(`DROP SCHEMA "${schemaOf(service.deps.dataSource)}" CASCADE`);
    await service.stop();
  });

  test("when a query without its agency filter runs for Prato, then it reads Prato's and the public events only, and only Prato's webhooks, which it alone can remove", async () => {
    const events = await asPrato(() =>
      sql('SELECT public, agencies FROM partner_events ORDER BY seq'),
    );
    assert.deepEqual(
      events.map((row: { public: boolean; agencies: string[] }) =>
        row.public ? 'pubblico' : row.agencies[0],
      ),
      [prato, 'pubblico'],
    );
    assert.deepEqual(
      (await asPrato(() => sql('SELECT agency_id FROM webhooks'))).map(
        (row: { agency_id: string }) => row.agency_id,
      ),
      [prato],
    );
    const [, removed] = await asPrato(() =>
      sql('DELETE FROM webhooks WHERE agency_id = $1', [firenze]),
    );
    assert.equal(removed, 0);
    assert.equal(
      (await sql('SELECT count(*)::int AS n FROM webhooks'))[0].n,
      2,
      'the senders (no caller) see both',
    );
  });

  test('when Comunicazioni queries without their agency filter run for Prato, then Prato reads the threads it is a party of, with their messages and readings, and writes into no other', async () => {
    const third = randomUUID();
    const contract = randomUUID();
    const threads: Record<string, string> = {};
    for (const [name, from, to] of [
      ['prato-firenze', prato, firenze],
      ['firenze-altro', firenze, third],
    ] as const) {
      const [thread] = await sql(
        `INSERT INTO communications (contract_id, kind, subject, from_agency_id, from_party, to_agency_id, to_party)
        VALUES ($1, 'comunicazione', $2, $3, 'banditore', $4, 'aderente') RETURNING id`,
        [contract, name, from, to],
      );
      const [message] = await sql(
        `INSERT INTO communication_messages (communication_id, author_agency_id, author_name, body) VALUES ($1, $2, 'Autore', 'Testo') RETURNING id`,
        [thread.id, from],
      );
      await sql(
        `INSERT INTO communication_reads (message_id, profile_id, agency_id, reader_name) VALUES ($1, $2, $3, 'Autore')`,
        [message.id, randomUUID(), from],
      );
      threads[name] = thread.id;
    }
    assert.deepEqual(
      (await asPrato(() => sql('SELECT subject FROM communications'))).map(
        (row: { subject: string }) => row.subject,
      ),
      ['prato-firenze'],
    );
    assert.equal(
      (await asPrato(() => sql('SELECT count(*)::int AS n FROM communication_messages')))[0].n,
      1,
    );
    assert.equal(
      (await asPrato(() => sql('SELECT count(*)::int AS n FROM communication_reads')))[0].n,
      1,
    );
    const [, renamed] = await asPrato(() =>
      sql('UPDATE communications SET subject = $1 WHERE id = $2', [
        'cambiato',
        threads['firenze-altro'],
      ]),
    );
    assert.equal(renamed, 0, 'a thread of two other agencies cannot be changed');
    await assert.rejects(
      asPrato(() =>
        sql(
          `INSERT INTO communication_messages (communication_id, author_agency_id, author_name, body) VALUES ($1, $2, 'Intruso', 'Testo')`,
          [threads['firenze-altro'], prato],
        ),
      ),
      /row-level security/,
      'nobody writes into a thread it is not a party of',
    );
    assert.equal(
      (await sql('SELECT count(*)::int AS n FROM communications'))[0].n,
      2,
      'the event handlers (no caller) see both',
    );
  });

  test('when inbox, mail and directory queries without their agency filter run for one agency, then it reads its own rows, and alerts only the other party of a thread it is in', async () => {
    const [lucca, pisa, siena] = [randomUUID(), randomUUID(), randomUUID()];
    const as = <T>(agencyId: string, work: () => Promise<T>) =>
      asAgency({ agencyId, roles: [] }, work);
    const notify = (agencyId: string, eventType: string) =>
      sql(
        `INSERT INTO notifications (event_id, event_type, profile_id, agency_id, title, body, link)
      VALUES ($1, $2, $3, $4, 'Titolo', 'Testo', '/')`,
        [randomUUID(), eventType, randomUUID(), agencyId],
      );
    for (const agencyId of [lucca, pisa]) {
      await notify(agencyId, 'ordering.order.submitted.v1');
      await sql(
        `INSERT INTO outgoing_mail (event_id, event_type, template, channel, address, recipient_name, subject, text_body, sender_agency_id)
        VALUES ($1, 'tipo.v1', 'modello', 'email', 'persona@example.it', 'Persona', 'Oggetto', 'Testo', $2)`,
        [randomUUID(), agencyId],
      );
      const personId = randomUUID();
      await sql(
        `INSERT INTO people (person_id, fiscal_code, given_name, family_name, email) VALUES ($1, 'RSSMRA80A01H501U', 'Mario', 'Rossi', 'mario.rossi@example.it')`,
        [personId],
      );
      await sql(
        `INSERT INTO recipients (profile_id, person_id, agency_id, roles, active) VALUES ($1, $2, $3, '{rup}', true)`,
        [randomUUID(), personId, agencyId],
      );
    }
    const count = (agencyId: string, table: string) =>
      as(agencyId, () => sql(`SELECT count(*)::int AS n FROM ${table}`)).then(
        ([row]) => row.n as number,
      );
    for (const table of ['notifications', 'outgoing_mail', 'recipients'])
      assert.equal(await count(lucca, table), 1, `${table}: Lucca's own row only`);
    assert.equal(await count(lucca, 'people'), 1, 'people: those of its own recipients');
    const [, read] = await as(lucca, () =>
      sql('UPDATE notifications SET read_at = now() WHERE agency_id = $1', [pisa]),
    );
    assert.equal(read, 0, "another agency's notifications cannot be marked read");
    const alert = (from: string, to: string) =>
      as(from, () => notify(to, 'notify.communication.received'));
    await assert.rejects(
      alert(lucca, pisa),
      /row-level security/,
      'no thread between them: no alert',
    );
    await assert.rejects(
      as(lucca, () => notify(pisa, 'ordering.order.submitted.v1')),
      /row-level security/,
      'nothing but an alert goes to another agency',
    );
    await sql(
      `INSERT INTO communications (contract_id, kind, subject, from_agency_id, from_party, to_agency_id, to_party)
      VALUES ($1, 'comunicazione', 'Lucca a Pisa', $2, 'banditore', $3, 'aderente')`,
      [randomUUID(), lucca, pisa],
    );
    await alert(lucca, pisa);
    await assert.rejects(
      alert(siena, pisa),
      /row-level security/,
      'a third agency still alerts nobody',
    );
    assert.equal(
      await count(lucca, 'recipients'),
      2,
      'in a thread with Pisa, Lucca reads whom to alert there',
    );
    assert.equal(
      await count(lucca, 'notifications'),
      1,
      "and still reads no notification of Pisa's",
    );
    assert.equal(await count(siena, 'people'), 0);
  });
});
