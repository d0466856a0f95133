import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The live ceiling ledger: counters on the contract row (so one conditional UPDATE decides a
 * reservation under any concurrency) and the movements that explain them.
 */
export class CeilingLedger1764100000002 implements MigrationInterface {
  name = 'CeilingLedger1764100000002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE contracts
      ADD COLUMN reserved_cents bigint NOT NULL DEFAULT 0 CHECK (reserved_cents >= 0),
      ADD COLUMN consumed_cents bigint NOT NULL DEFAULT 0 CHECK (consumed_cents >= 0),
      ADD CONSTRAINT contracts_within_ceiling CHECK (reserved_cents + consumed_cents <=
        ceiling_cents)`);
    await runner.query(`
      CREATE TABLE ceiling_movements (
        id bigserial PRIMARY KEY,
        contract_id uuid NOT NULL REFERENCES contracts(id),
        -- The adhesion or order the movement is for; a reservation is made once per reference.
        reference text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('reserved', 'refused', 'consumed', 'released')),
        amount_cents bigint NOT NULL CHECK (amount_cents >= 0),
        remaining_after_cents bigint NOT NULL,
        actor text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      'CREATE UNIQUE INDEX ceiling_one_reservation ON ceiling_movements ' +
        "(contract_id, reference) WHERE kind = 'reserved'",
    );
    await runner.query(
      'CREATE INDEX ceiling_movements_contract ON ceiling_movements (contract_id, id)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE ceiling_movements');
    await runner.query(
      'ALTER TABLE contracts DROP CONSTRAINT contracts_within_ceiling, DROP ' +
        'COLUMN reserved_cents, DROP COLUMN consumed_cents',
    );
  }
}
