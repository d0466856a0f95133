import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SigningKeys1763900000000 implements MigrationInterface {
  name = 'SigningKeys1763900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE signing_keys (
        kid text PRIMARY KEY,
        algorithm text NOT NULL,
        private_jwk jsonb NOT NULL,
        public_jwk jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        retired_at timestamptz,
        -- A retired key stays published until every token it signed has expired.
        published_until timestamptz
      )`);
    await runner.query(
      'CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys ((true)) ' +
        'WHERE retired_at IS NULL',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE signing_keys');
  }
}
