import type { MigrationInterface, QueryRunner } from 'typeorm';

const movementKinds = (kinds: string[]) => kinds.map((kind) => `'${kind}'`).join(', ');

/**
 * Orders on the ledger: each consumption names its order (an order consumes once, however often its
 * approval is retried), an annulled order's consumption is restored, and each contract says how
 * many days its supplier has to dispute an approved order.
 */
export class OrderMovements1764700000000 implements MigrationInterface {
  name = 'OrderMovements1764700000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE contracts ADD COLUMN supplier_response_days integer NOT NULL
      DEFAULT 10
      CHECK (supplier_response_days BETWEEN 1 AND 90)`);
    await runner.query('ALTER TABLE ceiling_movements ADD COLUMN order_id uuid');
    await runner.query(
      'ALTER TABLE ceiling_movements DROP CONSTRAINT ceiling_movements_kind_check',
    );
    await runner.query(`ALTER TABLE ceiling_movements ADD CONSTRAINT ceiling_movements_kind_check
      CHECK (kind IN (${movementKinds(['reserved', 'refused', 'consumed', 'released', 'restored'])}))`);
    await runner.query(
      'CREATE UNIQUE INDEX ceiling_one_consumption_per_order ON ' +
        "ceiling_movements (order_id) WHERE kind = 'consumed'",
    );
    await runner.query(
      'CREATE UNIQUE INDEX ceiling_one_restoration_per_order ON ' +
        "ceiling_movements (order_id) WHERE kind = 'restored'",
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      'DROP INDEX ceiling_one_restoration_per_order, ceiling_one_consumption_per_order',
    );
    await runner.query("DELETE FROM ceiling_movements WHERE kind = 'restored'");
    await runner.query(
      'ALTER TABLE ceiling_movements DROP CONSTRAINT ceiling_movements_kind_check',
    );
    await runner.query(`ALTER TABLE ceiling_movements ADD CONSTRAINT ceiling_movements_kind_check
      CHECK (kind IN (${movementKinds(['reserved', 'refused', 'consumed', 'released'])}))`);
    await runner.query('ALTER TABLE ceiling_movements DROP COLUMN order_id');
    await runner.query('ALTER TABLE contracts DROP COLUMN supplier_response_days');
  }
}
