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
describe('row-level security in notify: partners\' events and webhooks stay with their agency', () => {
  let service: RunningService;
  const prato = randomUUID();
  const firenze = randomUUID();
  const sql = (text: string, parameters: unknown[] = []) => service.deps.dataSource.query(text, parameters);
  const asPrato = <T>(work: () => Promise<T>) => asAgency({ agencyId: prato, roles: [] }, work);

  before(async () => {
    const config = loadServiceConfig({ DATABASE_URL: testDatabaseUrl(), LOG_LEVEL: 'silent', PORT: '0', HOST: '127.0.0.1' });
    service = await startService({ ...definition, schema: uniqueName('notify') }, { config, transport: new InProcessTransport(), logger: pino({ level: 'silent' }) });
    for (const [agencies, isPublic] of [[[prato], false], [[firenze], false], [[], true]] as const) {
      await sql(`INSERT INTO partner_events (seq, event_id, type, public, agencies, envelope) VALUES (nextval('partner_event_seq'), $1, 'tipo.v1', $2, $3, '{}')`, [randomUUID(), isPublic, agencies]);
    }
    for (const agency of [prato, firenze]) {
      await sql(`INSERT INTO webhooks (agency_id, url, filters, secret, signing_public_key, signing_private_key) VALUES ($1, 'https://partner.example.it/eventi', '[]', 'sigillato', 'pk', 'sk')`, [agency]);
    }
  });

  after(async () => {
    await sql(`DROP SCHEMA "${schemaOf(service.deps.dataSource)}" CASCADE`);
    await service.stop();
  });

  test('when a query without its agency filter runs for Prato, then it reads Prato\'s and the public events only, and only Prato\'s webhooks, which it alone can remove', async () => {
    const events = await asPrato(() => sql('SELECT public, agencies FROM partner_events ORDER BY seq'));
    assert.deepEqual(events.map((row: { public: boolean; agencies: string[] }) => (row.public ? 'pubblico' : row.agencies[0])), [prato, 'pubblico']);
    assert.deepEqual((await asPrato(() => sql('SELECT agency_id FROM webhooks'))).map((row: { agency_id: string }) => row.agency_id), [prato]);
    const [, removed] = await asPrato(() => sql('DELETE FROM webhooks WHERE agency_id = $1', [firenze]));
    assert.equal(removed, 0);
    assert.equal((await sql('SELECT count(*)::int AS n FROM webhooks'))[0].n, 2, 'the senders (no caller) see both');
  });

  test('when Comunicazioni queries without their agency filter run for Prato, then Prato reads the threads it is a party of, with their messages and readings, and writes into no other', async () => {
    const third = randomUUID();
    const contract = randomUUID();
    const threads: Record<string, string> = {};
    for (const [name, from, to] of [['prato-firenze', prato, firenze], ['firenze-altro', firenze, third]] as const) {
      const [thread] = await sql(`INSERT INTO communications (contract_id, kind, subject, from_agency_id, from_party, to_agency_id, to_party)
        VALUES ($1, 'comunicazione', $2, $3, 'banditore', $4, 'aderente') RETURNING id`, [contract, name, from, to]);
      const [message] = await sql(`INSERT INTO communication_messages (communication_id, author_agency_id, author_name, body) VALUES ($1, $2, 'Autore', 'Testo') RETURNING id`, [thread.id, from]);
      await sql(`INSERT INTO communication_reads (message_id, profile_id, agency_id, reader_name) VALUES ($1, $2, $3, 'Autore')`, [message.id, randomUUID(), from]);
      threads[name] = thread.id;
    }
    assert.deepEqual((await asPrato(() => sql('SELECT subject FROM communications'))).map((row: { subject: string }) => row.subject), ['prato-firenze']);
    assert.equal((await asPrato(() => sql('SELECT count(*)::int AS n FROM communication_messages')))[0].n, 1);
    assert.equal((await asPrato(() => sql('SELECT count(*)::int AS n FROM communication_reads')))[0].n, 1);
    const [, renamed] = await asPrato(() => sql('UPDATE communications SET subject = $1 WHERE id = $2', ['cambiato', threads['firenze-altro']]));
    assert.equal(renamed, 0, 'a thread of two other agencies cannot be changed');
    await assert.rejects(asPrato(() => sql(`INSERT INTO communication_messages (communication_id, author_agency_id, author_name, body) VALUES ($1, $2, 'Intruso', 'Testo')`, [threads['firenze-altro'], prato])),
      /row-level security/, 'nobody writes into a thread it is not a party of');
    assert.equal((await sql('SELECT count(*)::int AS n FROM communications'))[0].n, 2, 'the event handlers (no caller) see both');
  });
});
