import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { asAgency } from '@app/platform/db';
import { startIdentityWorld, type IdentityWorld } from './harness.js';
import { gaio, gestore, lucrezia, pratoAdmin } from './people.js';
import { defined } from '@app/platform/errors';

/**
 * Regione Toscana, Comune di Prato and the Gestore's own agency: what a request for one of them reads and
 * writes when a query forgets its agency, and what the policies let a person and the Gestore see besides.
 */
describe('row-level security in identity: agencies, profiles and people stay with their agency', () => {
  let world: IdentityWorld;
  const sql = (text: string, parameters: unknown[] = []) =>
    world.service.deps.dataSource.query(text, parameters);
  const personOf = async (fiscalCode: string) =>
    (await sql('SELECT id FROM persons WHERE fiscal_code = $1', [fiscalCode]))[0].id as string;
  const as = <T>(agency: string, roles: string[], subject: string, work: () => Promise<T>) =>
    asAgency({ agencyId: defined(world.agencies[agency]).id, roles, subject }, work);
  const names = (rows: { name: string }[]) => rows.map((row) => row.name).sort();

  before(async () => {
    world = await startIdentityWorld([lucrezia, gaio, pratoAdmin, gestore]);
    const creator = await personOf(gaio.fiscalCode);
    for (const agency of ['Regione Toscana', 'Comune di Prato']) {
      await sql(
        `INSERT INTO api_clients (client_id, name, agency_id, secret_hash, scopes, created_by) VALUES ($1, 'Gestionale', $2, 'hash', '{}', $3)`,
        [
          `client-${defined(world.agencies[agency]).id}`,
          defined(world.agencies[agency]).id,
          creator,
        ],
      );
    }
  });

  after(async () => world.stop());

  test("when queries without the agency filter run for Prato's administrator, then only Prato's agency, offices, profiles, people and clients are there", async () => {
    const admin = await personOf(pratoAdmin.fiscalCode);
    const read = (text: string) =>
      as('Comune di Prato', ['amministratore-ente'], admin, () => sql(text));
    assert.deepEqual(names(await read('SELECT name FROM agencies')), ['Comune di Prato']);
    assert.deepEqual(
      (await read('SELECT DISTINCT agency_id FROM profiles')).map(
        (row: { agency_id: string }) => row.agency_id,
      ),
      [defined(world.agencies['Comune di Prato']).id],
    );
    assert.deepEqual(
      (await read('SELECT fiscal_code FROM persons ORDER BY fiscal_code')).map(
        (row: { fiscal_code: string }) => row.fiscal_code,
      ),
      [lucrezia.fiscalCode, pratoAdmin.fiscalCode],
      "the people of Prato's profiles: Lucrezia (rup) and the administrator",
    );
    assert.equal((await read('SELECT count(*)::int AS n FROM api_clients'))[0].n, 1);
    assert.equal(
      (await sql('SELECT count(*)::int AS n FROM profiles'))[0].n,
      5,
      'a login (no agency yet) sees every profile',
    );
  });

  test("when a request for Prato changes the Regione's rows, then nothing changes and no profile can be made there", async () => {
    const admin = await personOf(pratoAdmin.fiscalCode);
    const regione = defined(world.agencies['Regione Toscana']);
    const asAdmin = <T>(work: () => Promise<T>) =>
      as('Comune di Prato', ['amministratore-ente'], admin, work);
    const [, changed] = await asAdmin(() =>
      sql(`UPDATE profiles SET roles = '{amministratore-ente}' WHERE agency_id = $1`, [regione.id]),
    );
    assert.equal(changed, 0);
    const [, renamed] = await asAdmin(() =>
      sql(`UPDATE agencies SET name = 'Preso' WHERE id = $1`, [regione.id]),
    );
    assert.equal(renamed, 0);
    await assert.rejects(
      asAdmin(() =>
        sql(
          `INSERT INTO profiles (person_id, agency_id, office_id, roles) VALUES ($1, $2, $3, '{amministratore-ente}')`,
          [admin, regione.id, defined(regione.offices[0]).id],
        ),
      ),
      /row-level security/,
    );
  });

  test('when Lucrezia acts for Prato, then she reads her own profile in the Regione with its agency and office ("Cambio profilo"), and no one else\'s there', async () => {
    const her = await personOf(lucrezia.fiscalCode);
    const read = (text: string) => as('Comune di Prato', ['rup'], her, () => sql(text));
    assert.deepEqual(names(await read('SELECT name FROM agencies')), [
      'Comune di Prato',
      'Regione Toscana',
    ]);
    const profiles = await read(
      "SELECT person_id, agency_id FROM profiles WHERE agency_id <> (SELECT id FROM agencies WHERE name = 'Comune di Prato')",
    );
    assert.deepEqual(
      profiles.map((row: { person_id: string }) => row.person_id),
      [her],
      "Gaio's profile in the Regione stays hidden",
    );
    assert.deepEqual(
      names(
        await read(
          "SELECT name FROM offices WHERE agency_id = (SELECT id FROM agencies WHERE name = 'Regione Toscana')",
        ),
      ),
      ['Ufficio Amministrativo'],
    );
  });

  test('when the Gestore acts, then every agency and profile is there; when an administrator adds a person known elsewhere, then the person is found, not doubled', async () => {
    const operator = await personOf(gestore.fiscalCode);
    const all = await as('Gestore del Negozio Elettronico', ['gestore-piattaforma'], operator, () =>
      sql('SELECT name FROM agencies'),
    );
    assert.equal(all.length, 3);
    const admin = await personOf(pratoAdmin.fiscalCode);
    const [found] = await as('Comune di Prato', ['amministratore-ente'], admin, () =>
      sql('SELECT id, created FROM person_with_fiscal_code($1, $2, $3, $4)', [
        gaio.fiscalCode,
        'Gaio',
        'Cesare',
        null,
      ]),
    );
    assert.deepEqual(found, { id: await personOf(gaio.fiscalCode), created: false });
    assert.equal(
      (
        await sql('SELECT count(*)::int AS n FROM persons WHERE fiscal_code = $1', [
          gaio.fiscalCode,
        ])
      )[0].n,
      1,
    );
  });
});
