import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A contract's price list and its dated revisions (a percentage on every item, or new prices). */
export class PriceLists1764100000001 implements MigrationInterface {
  name = 'PriceLists1764100000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE price_items (
        contract_id uuid NOT NULL REFERENCES contracts(id),
        code text NOT NULL,
        description text NOT NULL,
        unit text NOT NULL,
        unit_price_cents bigint NOT NULL CHECK (unit_price_cents >= 0),
        PRIMARY KEY (contract_id, code)
      )`);
    await runner.query(`
      CREATE TABLE price_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contract_id uuid NOT NULL REFERENCES contracts(id),
        effective_from date NOT NULL,
        -- Hundredths of a percent: 490 is +4.9 %.
        percent_basis_points integer,
        prices jsonb,
        note text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((percent_basis_points IS NULL) <> (prices IS NULL))
      )`);
    await runner.query(
      'CREATE INDEX price_revisions_contract ON price_revisions (contract_id, effective_from)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE price_revisions, price_items');
  }
}
