import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Comunicazioni (seed 001): threads inside a published contract between two of its parties, their
 * messages, and who read each message when. Contracts now keep their state and their supplier's
 * codice fiscale (to know the supplier's agency), agencies their codice fiscale; an agency becomes
 * a party (aderente) of a contract with its first adhesion or order.
 */
export class Communications1765400000000 implements MigrationInterface {
  name = 'Communications1765400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE agencies ADD COLUMN fiscal_code text');
    await runner.query(
      `ALTER TABLE contracts ADD COLUMN supplier_fiscal_code text, ADD COLUMN ` +
        `status text NOT NULL DEFAULT 'pubblicato'`,
    );
    await runner.query(
      'CREATE TABLE contract_members (contract_id uuid NOT NULL, agency_id uuid ' +
        'NOT NULL, PRIMARY KEY (contract_id, agency_id))',
    );
    await runner.query(`
      CREATE TABLE communications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contract_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('comunicazione', 'chiarimento')),
        subject text NOT NULL,
        from_agency_id uuid NOT NULL,
        from_party text NOT NULL,
        to_agency_id uuid NOT NULL,
        to_party text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_message_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      'CREATE INDEX communications_from ON communications (contract_id, from_agency_id)',
    );
    await runner.query(
      'CREATE INDEX communications_to ON communications (contract_id, to_agency_id)',
    );
    await runner.query(`
      CREATE TABLE communication_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        communication_id uuid NOT NULL REFERENCES communications (id),
        author_agency_id uuid NOT NULL,
        author_profile_id uuid,
        author_name text NOT NULL,
        body text NOT NULL,
        idempotency_key text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      'CREATE INDEX communication_messages_thread ON communication_messages ' +
        '(communication_id, created_at)',
    );
    await runner.query(`
      CREATE TABLE communication_reads (
        message_id uuid NOT NULL REFERENCES communication_messages (id),
        profile_id uuid NOT NULL,
        agency_id uuid NOT NULL,
        reader_name text NOT NULL,
        read_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (message_id, profile_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE communication_reads');
    await runner.query('DROP TABLE communication_messages');
    await runner.query('DROP TABLE communications');
    await runner.query('DROP TABLE contract_members');
    await runner.query(
      'ALTER TABLE contracts DROP COLUMN supplier_fiscal_code, DROP COLUMN status',
    );
    await runner.query('ALTER TABLE agencies DROP COLUMN fiscal_code');
  }
}
