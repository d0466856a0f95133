import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether each contract lets its supplier dispute an approved order (catalog's option, off by
 * default), and what an order's approval told its supplier of it.
 */
export class SupplierDisputes1767300000000 implements MigrationInterface {
  name = 'SupplierDisputes1767300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'ALTER TABLE known_contracts ADD COLUMN supplier_may_dispute boolean NOT NULL DEFAULT false',
    );
    await runner.query(
      'ALTER TABLE orders ADD COLUMN supplier_may_dispute boolean NOT NULL DEFAULT false',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE orders DROP COLUMN supplier_may_dispute');
    await runner.query('ALTER TABLE known_contracts DROP COLUMN supplier_may_dispute');
  }
}
