import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mailboxes, the request ledger towards the provider, the INI-PEC rows of each day, bulk loads, and
 * the Orders as identity announced them (their codice fiscale names their panel at the provider).
 */
export class Mailboxes1765800000000 implements MigrationInterface {
  name = 'Mailboxes1765800000000';

  async up(runner: QueryRunner): Promise<void> {
    await this.mailboxes(runner);
    await this.ledger(runner);
    await this.iniPecAndImports(runner);
  }

  private async mailboxes(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE TABLE orders (agency_id uuid PRIMARY KEY, fiscal_code text NOT ` +
        `NULL, name text NOT NULL)`,
    );
    await runner.query(`
      CREATE TABLE mailboxes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_agency_id uuid NOT NULL,
        member_id uuid NOT NULL REFERENCES members (id),
        address text,
        state text NOT NULL CHECK (state IN ('richiesta', 'non-attiva', 'attiva', 'cancellata',
          'trasferita', 'rifiutata')),
        plan text NOT NULL DEFAULT 'Base',
        requested_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz, activated_at timestamptz, deleted_at timestamptz, transferred_at
          timestamptz,
        transferred_to text
      )`);
    // One live box per member; an address belongs to one live box.
    await runner.query(
      `CREATE UNIQUE INDEX mailboxes_live_member ON mailboxes (member_id) WHERE ` +
        `state IN ('richiesta', 'non-attiva', 'attiva')`,
    );
    await runner.query(`CREATE INDEX mailboxes_order ON mailboxes (order_agency_id, state)`);
    await runner.query(`CREATE INDEX mailboxes_address ON mailboxes (address)`);
  }

  private async ledger(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_agency_id uuid NOT NULL,
        kind text NOT NULL,
        state text NOT NULL DEFAULT 'richiesta' CHECK (state IN ('richiesta', 'inviata',
          'eseguita', 'rifiutata')),
        member_id uuid REFERENCES members (id),
        mailbox_id uuid REFERENCES mailboxes (id),
        payload jsonb NOT NULL,
        requested_by jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz, completed_at timestamptz,
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        provider_case_id text,
        outcome text,
        reason text,
        thread jsonb NOT NULL DEFAULT '[]'
      )`);
    await runner.query(
      `CREATE INDEX requests_due ON requests (next_attempt_at) WHERE state IN ` +
        `('richiesta', 'inviata')`,
    );
    await runner.query(
      `CREATE INDEX requests_order ON requests (order_agency_id, created_at DESC)`,
    );
  }

  private async iniPecAndImports(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE ini_pec_rows (
        id bigserial PRIMARY KEY,
        order_agency_id uuid NOT NULL,
        day date NOT NULL DEFAULT current_date,
        address text NOT NULL, given_name text NOT NULL, family_name text NOT NULL,
        registration_number text NOT NULL, fiscal_code text NOT NULL,
        status smallint NOT NULL CHECK (status IN (1, 2, 3)),
        registered_on date, deleted_on date,
        request_id uuid NOT NULL,
        UNIQUE (request_id, address, status)
      )`);
    await runner.query(`CREATE INDEX ini_pec_rows_day ON ini_pec_rows (order_agency_id, day, id)`);
    await runner.query(`
      CREATE TABLE imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_agency_id uuid NOT NULL,
        format text NOT NULL,
        file_name text,
        rows jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        applied_at timestamptz,
        applied_rows int[] NOT NULL DEFAULT '{}'
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE imports, ini_pec_rows, requests, mailboxes, orders');
  }
}
