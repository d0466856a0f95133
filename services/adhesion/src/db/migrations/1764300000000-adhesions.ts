import type { MigrationInterface, QueryRunner } from 'typeorm';

const statements = [
  `
    CREATE TABLE known_contracts (
      contract_id uuid PRIMARY KEY,
      kind text NOT NULL,
      banditore_agency_id uuid NOT NULL,
      title text NOT NULL,
      cig text NOT NULL,
      ceiling_cents bigint NOT NULL,
      start_date date NOT NULL,
      expiry_date date NOT NULL,
      eligible_agencies uuid[],
      rounds jsonb NOT NULL,
      status text NOT NULL,
      version integer NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`,
  `CREATE TABLE adhesion_code_counters (year integer PRIMARY KEY, last_number integer NOT NULL)`,
  `
    CREATE TABLE adhesions (
      id uuid PRIMARY KEY,
      code text NOT NULL UNIQUE,
      contract_id uuid NOT NULL REFERENCES known_contracts (contract_id),
      agency_id uuid NOT NULL,
      ipotesi char(1) NOT NULL CHECK (ipotesi IN ('A', 'B')),
      amount_cents bigint NOT NULL CHECK (amount_cents > 0),
      status text NOT NULL CHECK (status IN ('bozza', 'inviata', 'in valutazione', 'approvata',
        'rifiutata')),
      current_round integer NOT NULL DEFAULT 0,
      rejection jsonb,
      sender jsonb,
      created_by text NOT NULL,
      created_profile text,
      created_at timestamptz NOT NULL DEFAULT now(),
      submitted_at timestamptz,
      approved_at timestamptz,
      version integer NOT NULL DEFAULT 1
    )`,
  'CREATE INDEX adhesions_by_contract ON adhesions (contract_id, agency_id, created_at DESC)',
  `
    CREATE TABLE adhesion_documents (
      adhesion_id uuid NOT NULL REFERENCES adhesions (id) ON DELETE CASCADE,
      round integer NOT NULL,
      requirement_id text NOT NULL,
      document_id uuid NOT NULL REFERENCES documents (id),
      PRIMARY KEY (adhesion_id, round, requirement_id)
    )`,
  `
    CREATE TABLE adhesion_history (
      id bigserial PRIMARY KEY,
      adhesion_id uuid NOT NULL,
      action text NOT NULL,
      from_status text,
      to_status text,
      round integer NOT NULL,
      actor_subject text NOT NULL,
      actor_profile text,
      actor_agency uuid,
      reason text,
      at timestamptz NOT NULL DEFAULT now()
    )`,
  'CREATE INDEX adhesion_history_by_adhesion ON adhesion_history (adhesion_id, id)',
];

/**
 * Adhesions to contracts, and what adhesion knows of those contracts (from catalog's events, never
 * from catalog's tables). Codes come from a counter per year, taken in the creating transaction, so
 * they are unique and leave no gap even under concurrent requests.
 */
export class Adhesions1764300000000 implements MigrationInterface {
  name = 'Adhesions1764300000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const statement of statements) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      'DROP TABLE adhesion_history, adhesion_documents, adhesions, ' +
        'adhesion_code_counters, known_contracts',
    );
  }
}
