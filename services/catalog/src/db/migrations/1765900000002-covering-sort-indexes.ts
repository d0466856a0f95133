import type { MigrationInterface, QueryRunner } from 'typeorm';

const covered = 'status, banditore_agency_id, kind, expiry_date, ceiling_cents, facets';

/**
 * The sort indexes of "Elenco contratti" carry every column a filter reads, so counting the first
 * 1,001 matches and finding a page along them reads the index alone (where the visibility map
 * allows), not a heap row per candidate.
 */
export class CoveringSortIndexes1765900000002 implements MigrationInterface {
  name = 'CoveringSortIndexes1765900000002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'DROP INDEX contracts_by_published, contracts_by_expiry, ' +
        'contracts_by_amount, contracts_by_title',
    );
    await runner.query(
      `CREATE INDEX contracts_by_published ON contracts (published_at DESC ` +
        `NULLS LAST, id) INCLUDE (${covered})`,
    );
    await runner.query(
      `CREATE INDEX contracts_by_expiry ON contracts (expiry_date, id) INCLUDE ` +
        `(${covered.replace(', expiry_date', '')})`,
    );
    await runner.query(
      `CREATE INDEX contracts_by_amount ON contracts (ceiling_cents, id) ` +
        `INCLUDE (${covered.replace(', ceiling_cents', '')})`,
    );
    await runner.query(
      `CREATE INDEX contracts_by_title ON contracts (title, id) INCLUDE (${covered})`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      'DROP INDEX contracts_by_published, contracts_by_expiry, ' +
        'contracts_by_amount, contracts_by_title',
    );
    await runner.query(
      'CREATE INDEX contracts_by_published ON contracts (published_at DESC NULLS LAST, id)',
    );
    await runner.query('CREATE INDEX contracts_by_expiry ON contracts (expiry_date, id)');
    await runner.query('CREATE INDEX contracts_by_amount ON contracts (ceiling_cents, id)');
    await runner.query('CREATE INDEX contracts_by_title ON contracts (title, id)');
  }
}
