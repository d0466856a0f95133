import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Schede sent to ANAC after the CIGs (contract signed, execution started, concluded, annulment).
 */
export class Schede1764400000001 implements MigrationInterface {
  name = 'Schede1764400000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE cig_requests ADD COLUMN anac_contract_id uuid`);
    await runner.query(`
      CREATE TABLE schede (
        id uuid PRIMARY KEY,
        cig_request_id uuid NOT NULL REFERENCES cig_requests (id),
        code text NOT NULL CHECK (code IN ('ANN', 'SC1', 'I1', 'CO1', 'CO2')),
        status text NOT NULL CHECK (status IN ('bozza', 'inviata', 'confermata', 'rifiutata')),
        body jsonb NOT NULL,
        id_scheda uuid,
        errors jsonb,
        sent_at timestamptz,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query('CREATE INDEX schede_by_request ON schede (cig_request_id, created_at)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE schede');
    await runner.query('ALTER TABLE cig_requests DROP COLUMN anac_contract_id');
  }
}
