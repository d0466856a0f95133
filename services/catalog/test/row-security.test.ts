import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pino } from 'pino';
import { createTokenVerifier } from '@app/platform/auth';
import { asAgency, schemaOf } from '@app/platform/db';
import { InProcessTransport } from '@app/platform/messaging';
import { startService, type RunningService } from '@app/platform/service';
import {
  startTestIssuer,
  testDatabaseUrl,
  uniqueName,
  type TestIssuer,
} from '@app/platform/testing';
import { loadServiceConfig } from '../src/config.js';
import { definition } from '../src/service.js';
import { cloudToscana, comune, regione } from './fixtures.js';

/** The Regione's draft and published contracts, and a Comune's unanswered clarification: what a query without its filter shows another agency. */
describe('row-level security in catalog: drafts, changes and clarifications stay with who may see them', () => {
  let service: RunningService;
  let issuer: TestIssuer;
  const ids: { draft?: string; published?: string } = {};
  const sql = (text: string, parameters: unknown[] = []) =>
    service.deps.dataSource.query(text, parameters);
  const as = <T>(agencyId: string, work: () => Promise<T>) =>
    asAgency({ agencyId, roles: ['rup'] }, work);

  before(async () => {
    issuer = await startTestIssuer();
    const config = loadServiceConfig({
      DATABASE_URL: testDatabaseUrl(),
      LOG_LEVEL: 'silent',
      PORT: '0',
      HOST: '127.0.0.1',
    });
    service = await startService(
      { ...definition, schema: uniqueName('catalog') },
      {
        config,
        transport: new InProcessTransport(),
        logger: pino({ level: 'silent' }),
        verifyToken: createTokenVerifier({
          jwksUrl: issuer.jwksUrl,
          issuer: issuer.issuer,
          audience: issuer.audience,
        }),
      },
    );
    await sql(
      "INSERT INTO agency_directory (agency_id, name, kind, fiscal_code) VALUES ($1, 'Regione Toscana', 'ente', '01386030488'), ($2, 'Comune di Prato', 'ente', '84006890481')",
      [regione, comune],
    );
    const rup = await issuer.sign({
      sub: 'p-rup',
      tenant: regione,
      roles: ['rup'],
      auth_method: 'spid',
    });
    const create = async (cig: string) =>
      (
        await (
          await fetch(`${service.url}/api/v1/contracts`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${rup}` },
            body: JSON.stringify({ ...cloudToscana, cig }),
          })
        ).json()
      ).id as string;
    ids.draft = await create('7154112FF8');
    ids.published = await create('Z0100020A0');
    await fetch(`${service.url}/api/v1/contracts/${ids.published}/publish`, {
      method: 'POST',
      headers: { authorization: `Bearer ${rup}` },
    });
    await sql(
      "INSERT INTO clarifications (contract_id, asker_agency_id, asked_by, question) VALUES ($1, $2, 'p-buyer', 'Il listino comprende la migrazione?')",
      [ids.published, comune],
    );
  });
  after(async () => {
    await sql(`DROP SCHEMA "${schemaOf(service.deps.dataSource)}" CASCADE`);
    await service.stop();
    await issuer.close();
  });

  test('when a query without its filter runs for another agency, then the draft is not there and the published contract cannot be changed', async () => {
    const other = '0b5f5d6e-1c1a-4b7e-9d4e-0000000000ff';
    assert.deepEqual(
      (await as(other, () => sql('SELECT id FROM contracts'))).map((row: { id: string }) => row.id),
      [ids.published],
    );
    assert.deepEqual(
      await as(other, () =>
        sql('SELECT contract_id FROM contract_versions WHERE contract_id = $1', [ids.draft]),
      ),
      [],
    );
    const [, updated] = await as(other, () =>
      sql("UPDATE contracts SET title = 'manomesso' WHERE id = $1", [ids.published]),
    );
    assert.equal(updated, 0);
    assert.deepEqual(
      await as(other, () => sql('SELECT id FROM clarifications')),
      [],
      "an unanswered question is its asker's and the banditore's",
    );
    assert.equal((await as(comune, () => sql('SELECT id FROM clarifications'))).length, 1);
    assert.equal(
      (await as(regione, () => sql('SELECT id FROM contracts'))).length,
      2,
      'the banditore sees its draft',
    );
  });
});
