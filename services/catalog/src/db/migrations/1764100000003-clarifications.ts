import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Chiarimenti: questions of agencies on a contract and the banditore's answers. */
export class Clarifications1764100000003 implements MigrationInterface {
  name = 'Clarifications1764100000003';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE clarifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contract_id uuid NOT NULL REFERENCES contracts(id),
        asker_agency_id uuid NOT NULL,
        asked_by text NOT NULL,
        question text NOT NULL,
        answer text,
        answered_by text,
        asked_at timestamptz NOT NULL DEFAULT now(),
        answered_at timestamptz
      )`);
    await runner.query(
      'CREATE INDEX clarifications_contract ON clarifications (contract_id, asked_at)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE clarifications');
  }
}
