import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createIndexConcurrently, dropIndexConcurrently } from '@app/platform/db';

/**
 * Ordering lists a contract's orders newest first, a page at a time: a banditore's national
 * convention holds tens of thousands, and this index gives its newest fifty without sorting them
 * all. Built concurrently.
 */
export class OrdersByContractTime1767600000000 implements MigrationInterface {
  name = 'OrdersByContractTime1767600000000';
  transaction = false;

  async up(runner: QueryRunner): Promise<void> {
    await createIndexConcurrently(
      runner,
      'orders_by_contract_time',
      'orders (contract_id, created_at DESC, id)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropIndexConcurrently(runner, 'orders_by_contract_time');
  }
}
