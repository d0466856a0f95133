import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createIndexConcurrently, dropIndexConcurrently } from '@app/platform/db';

/**
 * An order's NSO identification is never reused: a unique index, built concurrently (orders keep
 * being written while it builds, so outside a transaction).
 */
export class OrdersNsoIdIndex1767500000001 implements MigrationInterface {
  name = 'OrdersNsoIdIndex1767500000001';
  transaction = false;

  async up(runner: QueryRunner): Promise<void> {
    await createIndexConcurrently(runner, 'orders_nso_id', 'orders (nso_id)', { unique: true });
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropIndexConcurrently(runner, 'orders_nso_id');
  }
}
