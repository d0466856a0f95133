import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Aggiudicazioni e affidamenti": the published outcomes of orders against the contracts. An
 * annulment may arrive before the outcome it annuls (events are not ordered across types), so both
 * are columns of one row per order and the list shows only rows whose outcome was published.
 */
export class Awards1764100000006 implements MigrationInterface {
  name = 'Awards1764100000006';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE awards (
        order_id uuid PRIMARY KEY,
        contract_id uuid NOT NULL,
        cig text NOT NULL,
        buyer_agency_id uuid,
        buyer_name text,
        subject text,
        supplier jsonb,
        amount_cents bigint CHECK (amount_cents >= 0),
        published_at timestamptz,
        annulled_at timestamptz,
        annulment_reason text
      )`);
    await runner.query(
      'CREATE INDEX awards_by_published ON awards (published_at DESC, order_id) ' +
        'WHERE published_at IS NOT NULL',
    );
    await runner.query('CREATE INDEX awards_contract ON awards (contract_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE awards');
  }
}
