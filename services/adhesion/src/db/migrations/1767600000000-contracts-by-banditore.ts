import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createIndexConcurrently, dropIndexConcurrently } from '@app/platform/db';

/**
 * The adhesions' row policy asks whether the caller is the contract's banditore: PostgreSQL answers
 * it once per query by collecting the caller's contracts, which without this index means reading
 * every known contract (100,000 on a national platform) on each list. Built concurrently.
 */
export class ContractsByBanditore1767600000000 implements MigrationInterface {
  name = 'ContractsByBanditore1767600000000';
  transaction = false;

  async up(runner: QueryRunner): Promise<void> {
    await createIndexConcurrently(
      runner,
      'known_contracts_by_banditore',
      'known_contracts (banditore_agency_id, contract_id)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropIndexConcurrently(runner, 'known_contracts_by_banditore');
  }
}
