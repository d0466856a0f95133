import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An order's NSO identification is never reused: a unique index, built concurrently (orders keep
 * being written while it builds, so outside a transaction). A build that failed half-way leaves an
 * invalid index behind: it is dropped and built again.
 */
export class OrdersNsoIdIndex1767500000001 implements MigrationInterface {
  name = 'OrdersNsoIdIndex1767500000001';
  transaction = false;

  async up(runner: QueryRunner): Promise<void> {
    const [invalid] = await runner.query(
      `SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
       WHERE c.relname = 'orders_nso_id' AND c.relnamespace = current_schema()::regnamespace
         AND NOT i.indisvalid`,
    );
    if (invalid) await runner.query('DROP INDEX CONCURRENTLY orders_nso_id');
    await runner.query(
      'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS orders_nso_id ON orders (nso_id)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX CONCURRENTLY IF EXISTS orders_nso_id');
  }
}
