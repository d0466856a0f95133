import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The SAML signing credential, convention registrations (seed 000) and partner API clients. */
export class CredentialsRegistrationsClients1764000000002 implements MigrationInterface {
  name = 'CredentialsRegistrationsClients1764000000002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE service_credentials (
        name text PRIMARY KEY,
        private_key_pem text NOT NULL,
        certificate_pem text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE registrations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        contract_id text NOT NULL,
        office_id uuid REFERENCES offices(id),
        -- The Punto Ordinante first, then the Punti Richiedenti and the Assistente.
        users jsonb NOT NULL,
        status text NOT NULL DEFAULT 'in-attesa' CHECK (status IN ('in-attesa', 'approvata',
          'respinta')),
        requested_by uuid NOT NULL REFERENCES persons(id),
        decided_by uuid REFERENCES persons(id),
        decided_at timestamptz,
        reason text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query('CREATE INDEX registrations_agency ON registrations (agency_id)');
    await runner.query(`
      CREATE TABLE api_clients (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        client_id text NOT NULL UNIQUE,
        secret_hash text NOT NULL,
        name text NOT NULL,
        agency_id uuid NOT NULL REFERENCES agencies(id),
        scopes text[] NOT NULL,
        created_by uuid NOT NULL REFERENCES persons(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        disabled_at timestamptz
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE api_clients, registrations, service_credentials');
  }
}
