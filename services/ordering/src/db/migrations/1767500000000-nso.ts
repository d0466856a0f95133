import type { MigrationInterface, QueryRunner } from 'typeorm';
import { requestAgencySql } from '@app/platform/db';

/**
 * Electronic orders through NSO: each agency's Codice Univoco Ufficio and whether its approved
 * orders leave as Peppol BIS 3 Orders; the documents sent and received, each kept whole with its
 * receipts. A document row is also the transmission's outbox: pending until NSO answers, retried
 * with its own id as the idempotency key. An order's NSO identification is never reused.
 */
export class Nso1767500000000 implements MigrationInterface {
  name = 'Nso1767500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE nso_settings (
        agency_id uuid PRIMARY KEY,
        office_code text NOT NULL CHECK (office_code ~ '^[A-Z0-9]{6}$'),
        enabled boolean NOT NULL,
        enabled_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query('ALTER TABLE nso_settings ENABLE ROW LEVEL SECURITY');
    await runner.query(
      `CREATE POLICY nso_settings_of_the_agency ON nso_settings USING (agency_id = ${requestAgencySql})`,
    );
    // Orders is a big table: the column comes at once (no default, no rewrite); its unique index is
    // built concurrently by the next migration, without a lock on writes.
    await runner.query('ALTER TABLE orders ADD COLUMN nso_id text');
    await runner.query(`
      CREATE TABLE nso_documents (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL REFERENCES orders(id),
        kind text NOT NULL CHECK (kind IN ('ordine', 'risposta')),
        variant text CHECK (variant IN ('iniziale', 'sostitutivo', 'revoca', 'collegato')),
        nso_id text NOT NULL,
        xml text NOT NULL,
        sha256 text NOT NULL,
        status text NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_failure text,
        errors jsonb,
        nso_message_id text UNIQUE,
        response_code text,
        reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One initial order and one revoca per order; one document per NSO message.
    await runner.query(
      `CREATE UNIQUE INDEX nso_documents_one_variant ON nso_documents (order_id, variant)
        WHERE kind = 'ordine' AND variant IN ('iniziale', 'revoca')`,
    );
    await runner.query('CREATE UNIQUE INDEX nso_documents_nso_id ON nso_documents (kind, nso_id)');
    await runner.query(
      'CREATE INDEX nso_documents_by_order ON nso_documents (order_id, created_at)',
    );
    await runner.query(
      `CREATE INDEX nso_documents_due ON nso_documents (next_attempt_at) WHERE status = 'da-trasmettere'`,
    );
    await runner.query('ALTER TABLE nso_documents ENABLE ROW LEVEL SECURITY');
    await runner.query(
      `CREATE POLICY nso_documents_with_order ON nso_documents USING (EXISTS
        (SELECT 1 FROM orders o WHERE o.id = nso_documents.order_id))`,
    );
    // How far NSO's notifications were read, in which of NSO's streams (a new stream starts at 0).
    await runner.query(
      `CREATE TABLE nso_cursor (id integer PRIMARY KEY CHECK (id = 1), stream text NOT NULL,
        last_seq bigint NOT NULL)`,
    );
    await runner.query("INSERT INTO nso_cursor VALUES (1, '', 0)");
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE nso_cursor');
    await runner.query('DROP TABLE nso_documents');
    await runner.query('ALTER TABLE orders DROP COLUMN nso_id');
    await runner.query('DROP TABLE nso_settings');
  }
}
