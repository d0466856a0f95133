import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  bindRows,
  requestAgencySql,
  requestHasRoleSql,
  requestSubjectSql,
  schemaOf,
  unbindRows,
  type RowPolicy,
} from '@app/platform/db';

/**
 * The agency a request acts for (none: no row), the Gestore della piattaforma, the person who
 * calls.
 */
const agency = requestAgencySql;
const gestore = requestHasRoleSql('gestore-piattaforma');
const person = requestSubjectSql;

/**
 * Row-level security on agencies, their offices, profiles, people, registrations and API clients. A
 * request acting for an agency reads and changes that agency's rows; the Gestore della piattaforma,
 * who administers every agency, all of them. A person also reads their own profiles elsewhere with
 * the agencies and offices they name ("Cambio profilo"), and an administrator reads the people of
 * the profiles they see. Logins (no agency yet), consumers and jobs run as the owner.
 */
const tables: [string, RowPolicy[]][] = [
  [
    'agencies',
    [
      { name: 'agencies_own_or_administered', using: `id = ${agency} OR ${gestore}` },
      {
        name: 'agencies_of_visible_profiles',
        command: 'SELECT',
        using: 'EXISTS (SELECT 1 FROM profiles p WHERE p.agency_id = agencies.id)',
      },
    ],
  ],
  [
    'offices',
    [
      { name: 'offices_own_or_administered', using: `agency_id = ${agency} OR ${gestore}` },
      {
        name: 'offices_of_visible_profiles',
        command: 'SELECT',
        using: 'EXISTS (SELECT 1 FROM profiles p WHERE p.office_id = offices.id)',
      },
    ],
  ],
  [
    'profiles',
    [
      { name: 'profiles_own_or_administered', using: `agency_id = ${agency} OR ${gestore}` },
      { name: 'profiles_of_the_person', command: 'SELECT', using: `person_id::text = ${person}` },
    ],
  ],
  [
    'persons',
    [
      {
        name: 'persons_self_or_of_visible_profiles',
        command: 'SELECT',
        using:
          `id::text = ${person} OR ${gestore} OR EXISTS (SELECT 1 FROM profiles p ` +
          `WHERE p.person_id = persons.id)`,
      },
    ],
  ],
  [
    'registrations',
    [{ name: 'registrations_own_or_administered', using: `agency_id = ${agency} OR ${gestore}` }],
  ],
  [
    'api_clients',
    [{ name: 'api_clients_own_or_administered', using: `agency_id = ${agency} OR ${gestore}` }],
  ],
];

export class RowSecurity1766400000000 implements MigrationInterface {
  name = 'RowSecurity1766400000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const [table, policies] of tables) await bindRows(runner, table, policies);
    // A person is one across agencies: an administrator adding someone finds them by codice
    // fiscale, or registers them, although no profile of theirs is in the administrator's agency
    // yet. The function does that one thing as the owner; `created` says which.
    await runner.query(`
      CREATE FUNCTION person_with_fiscal_code(code text, given text, family text, mail text)
      RETURNS TABLE (id uuid, fiscal_code text, given_name text, family_name text, email text,
        created boolean)
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = "${schemaOf(runner.connection)}" AS
        $$
        WITH made AS (
          INSERT INTO persons (fiscal_code, given_name, family_name, email) VALUES (code, given,
            family, mail)
          ON CONFLICT (fiscal_code) DO NOTHING RETURNING persons.id, persons.fiscal_code,
            persons.given_name, persons.family_name, persons.email)
        SELECT made.*, true FROM made
        UNION ALL
        SELECT p.id, p.fiscal_code, p.given_name, p.family_name, p.email, false FROM persons p
          WHERE p.fiscal_code = code AND NOT EXISTS (SELECT 1 FROM made)
      $$`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP FUNCTION person_with_fiscal_code(text, text, text, text)');
    for (const [table, policies] of tables.toReversed()) await unbindRows(runner, table, policies);
  }
}
