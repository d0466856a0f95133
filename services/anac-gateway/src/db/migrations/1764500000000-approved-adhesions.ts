import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The approved adhesions adhesion announces: a CIG request may name only one of its own agency's.
 */
export class ApprovedAdhesions1764500000000 implements MigrationInterface {
  name = 'ApprovedAdhesions1764500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE approved_adhesions (
        adhesion_id uuid PRIMARY KEY,
        agency_id uuid NOT NULL,
        contract_id uuid NOT NULL,
        contract_cig text NOT NULL,
        code text NOT NULL,
        approved_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE approved_adhesions');
  }
}
