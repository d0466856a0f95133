import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Aggiudicazioni" sorted by amount, subject or CIG reads a page along an index and stops at its
 * limit; words look for the subject and the supplier through trigrams; annulled outcomes have their
 * own index.
 */
export class AwardSortIndexes1765900000001 implements MigrationInterface {
  name = 'AwardSortIndexes1765900000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'CREATE INDEX awards_by_amount ON awards (amount_cents, order_id) WHERE ' +
        'published_at IS NOT NULL',
    );
    await runner.query(
      `CREATE INDEX awards_by_subject ON awards ((buyer_name || ' — ' || ` +
        `subject), order_id) WHERE published_at IS NOT NULL`,
    );
    await runner.query(
      'CREATE INDEX awards_by_cig ON awards (cig, order_id) WHERE published_at IS NOT NULL',
    );
    await runner.query(
      `CREATE INDEX awards_subject_trigram ON awards USING gin ((buyer_name || ` +
        `' — ' || subject) gin_trgm_ops)`,
    );
    await runner.query(
      `CREATE INDEX awards_supplier_trigram ON awards USING gin ((supplier->>'name') gin_trgm_ops)`,
    );
    await runner.query(
      'CREATE INDEX awards_annulled ON awards (published_at DESC, order_id) ' +
        'WHERE annulled_at IS NOT NULL',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      'DROP INDEX awards_by_amount, awards_by_subject, awards_by_cig, ' +
        'awards_subject_trigram, awards_supplier_trigram, awards_annulled',
    );
  }
}
