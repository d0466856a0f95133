import type { MigrationInterface, QueryRunner } from 'typeorm';

const before = ['bozza', 'in-corso', 'confermato', 'rifiutato', 'cig-acquisiti'];
const listOf = (states: string[]) => states.map((state) => `'${state}'`).join(', ');

/** Seed 001: an order annulled by a scheda ANN shows «Annullato» in Richiedi CIG too. */
export class CigRequestAnnulled1767200000000 implements MigrationInterface {
  name = 'CigRequestAnnulled1767200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE cig_requests DROP CONSTRAINT cig_requests_status_check');
    await runner.query(
      `ALTER TABLE cig_requests ADD CONSTRAINT cig_requests_status_check ` +
        `CHECK (status IN (${listOf([...before, 'annullato'])}))`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      `UPDATE cig_requests SET status = 'cig-acquisiti' WHERE status = 'annullato'`,
    );
    await runner.query('ALTER TABLE cig_requests DROP CONSTRAINT cig_requests_status_check');
    await runner.query(
      `ALTER TABLE cig_requests ADD CONSTRAINT cig_requests_status_check ` +
        `CHECK (status IN (${listOf(before)}))`,
    );
  }
}
