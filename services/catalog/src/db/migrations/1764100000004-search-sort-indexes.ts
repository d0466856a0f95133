import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes in each sort order of Elenco contratti, so a page is read in order and stops at its
 * limit.
 */
export class SearchSortIndexes1764100000004 implements MigrationInterface {
  name = 'SearchSortIndexes1764100000004';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'CREATE INDEX contracts_by_published ON contracts (published_at DESC NULLS LAST, id)',
    );
    await runner.query('CREATE INDEX contracts_by_expiry ON contracts (expiry_date, id)');
    await runner.query('CREATE INDEX contracts_by_amount ON contracts (ceiling_cents, id)');
    await runner.query('CREATE INDEX contracts_by_title ON contracts (title, id)');
    await runner.query(
      'CREATE INDEX contracts_supplier_trigram ON contracts USING gin ' +
        "((supplier->>'name') gin_trgm_ops)",
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      'DROP INDEX contracts_by_published, contracts_by_expiry, ' +
        'contracts_by_amount, contracts_by_title, contracts_supplier_trigram',
    );
  }
}
