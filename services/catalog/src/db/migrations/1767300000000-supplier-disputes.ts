import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Seed 001: issuing the order «perfeziona l’obbligazione»; a supplier's dispute is an option of the
 * contract, off unless the banditore turns it on.
 */
export class SupplierDisputes1767300000000 implements MigrationInterface {
  name = 'SupplierDisputes1767300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'ALTER TABLE contracts ADD COLUMN supplier_may_dispute boolean NOT NULL DEFAULT false',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE contracts DROP COLUMN supplier_may_dispute');
  }
}
