import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Answers to POSTs sent with an Idempotency-Key, kept so a retried request gets the first answer.
 */
export class IdempotencyKeys1764200000001 implements MigrationInterface {
  name = 'IdempotencyKeys1764200000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE idempotency_keys (
        caller text NOT NULL,
        key text NOT NULL,
        request text NOT NULL,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (caller, key)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE idempotency_keys');
  }
}
