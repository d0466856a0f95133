import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createIndexConcurrently, dropIndexConcurrently } from '@app/platform/db';

/**
 * A contract's adhesions newest first, a page at a time: a national convention has thousands, and
 * this index gives its newest fifty without sorting them all. Built concurrently.
 */
export class AdhesionsByContractTime1767600000001 implements MigrationInterface {
  name = 'AdhesionsByContractTime1767600000001';
  transaction = false;

  async up(runner: QueryRunner): Promise<void> {
    await createIndexConcurrently(
      runner,
      'adhesions_by_contract_time',
      'adhesions (contract_id, created_at DESC, id)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropIndexConcurrently(runner, 'adhesions_by_contract_time');
  }
}
