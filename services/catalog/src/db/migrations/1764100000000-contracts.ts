import type { MigrationInterface, QueryRunner } from 'typeorm';

const statements = [
  // Extensions live in public (on every service's search_path); creating one twice is harmless.
  'CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public',
  `
    CREATE TABLE agency_directory (
      agency_id uuid PRIMARY KEY,
      name text NOT NULL,
      kind text NOT NULL,
      fiscal_code text NOT NULL,
      ausa_code text,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`,
  `
    CREATE TABLE contracts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind text NOT NULL CHECK (kind IN ('convenzione', 'accordo-quadro')),
      banditore_agency_id uuid NOT NULL,
      title text NOT NULL,
      description text NOT NULL,
      cig text NOT NULL,
      cup text,
      cpv text[] NOT NULL,
      lots jsonb NOT NULL,
      rup jsonb NOT NULL,
      ceiling_cents bigint NOT NULL CHECK (ceiling_cents > 0),
      start_date date NOT NULL,
      expiry_date date NOT NULL,
      eligible_agencies uuid[],
      supplier jsonb NOT NULL,
      documents jsonb NOT NULL DEFAULT '[]',
      rounds jsonb NOT NULL,
      order_requirements jsonb NOT NULL DEFAULT '[]',
      enabled_users text[] NOT NULL DEFAULT '{}',
      contacts text,
      status text NOT NULL DEFAULT 'bozza' CHECK (status IN ('bozza', 'pubblicato', 'sospeso',
        'chiuso')),
      version integer NOT NULL DEFAULT 1,
      published_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (expiry_date > start_date),
      search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('italian', title), 'A') || setweight(to_tsvector('italian',
          description), 'B')
        || setweight(to_tsvector('simple', cig || ' ' || coalesce(supplier->>'name', '')), 'A')
      ) STORED
    )`,
  'CREATE INDEX contracts_search ON contracts USING gin (search)',
  'CREATE INDEX contracts_title_trigram ON contracts USING gin (title gin_trgm_ops)',
  'CREATE INDEX contracts_status_expiry ON contracts (status, expiry_date)',
  'CREATE INDEX contracts_banditore ON contracts (banditore_agency_id)',
  'CREATE INDEX contracts_cpv ON contracts USING gin (cpv)',
  `
    CREATE TABLE contract_versions (
      contract_id uuid NOT NULL REFERENCES contracts(id),
      version integer NOT NULL,
      snapshot jsonb NOT NULL,
      changed_fields text[] NOT NULL,
      changed_by text NOT NULL,
      changed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (contract_id, version)
    )`,
];

/**
 * Contracts (Convenzioni, Accordi Quadro) with their versions, and the agencies as identity
 * announces them.
 */
export class Contracts1764100000000 implements MigrationInterface {
  name = 'Contracts1764100000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const statement of statements) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE contract_versions, contracts, agency_directory');
  }
}
