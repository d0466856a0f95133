import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A new key is published before it signs anything, so verifiers with a cached JWKS already know it.
 */
export class PrepublishedKeys1763900000001 implements MigrationInterface {
  name = 'PrepublishedKeys1763900000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX signing_keys_one_active');
    await runner.query(
      'ALTER TABLE signing_keys ADD COLUMN activates_at timestamptz NOT NULL DEFAULT now()',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE signing_keys DROP COLUMN activates_at');
    await runner.query(
      'CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys ((true)) ' +
        'WHERE retired_at IS NULL',
    );
  }
}
