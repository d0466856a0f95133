import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Persons, agencies with offices, profiles (person × agency × office × roles) and password
 * credentials.
 */
export class PeopleAndAgencies1764000000000 implements MigrationInterface {
  name = 'PeopleAndAgencies1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE agencies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        -- ente (public administration), operatore-economico (supplier),
        -- ordine (professional order), gestore
        kind text NOT NULL CHECK (kind IN ('ente', 'operatore-economico', 'ordine', 'gestore')),
        fiscal_code text NOT NULL UNIQUE,
        ipa_code text UNIQUE,
        ausa_code text,
        ocp_code text,
        pec text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE offices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (agency_id, name)
      )`);
    await runner.query(`
      CREATE TABLE persons (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fiscal_code text NOT NULL UNIQUE,
        given_name text NOT NULL,
        family_name text NOT NULL,
        email text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE profiles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES persons(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        office_id uuid REFERENCES offices(id),
        roles text[] NOT NULL CHECK (cardinality(roles) > 0),
        status text NOT NULL DEFAULT 'attivo' CHECK (status IN ('attivo', 'disabilitato')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One profile per person and office of an agency (NULL office: the agency as a whole).
    await runner.query(
      'CREATE UNIQUE INDEX profiles_person_place ON profiles (person_id, ' +
        "agency_id, COALESCE(office_id, '00000000-0000-0000-0000-000000000000'))",
    );
    await runner.query('CREATE INDEX profiles_agency ON profiles (agency_id)');
    await runner.query(`
      CREATE TABLE password_credentials (
        person_id uuid PRIMARY KEY REFERENCES persons(id),
        username text NOT NULL UNIQUE,
        password_hash text NOT NULL,
        failed_attempts integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE password_credentials, profiles, persons, offices, agencies');
  }
}
