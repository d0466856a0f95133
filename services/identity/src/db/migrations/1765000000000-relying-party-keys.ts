import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The keys the platform holds as a relying party of the SPID/CIE id OpenID Connect federation: one
 * for its federation statements, one to sign request objects and client assertions, one to decrypt
 * userinfo. Private halves are sealed under SIGNING_KEY_SECRET as the token-signing keys are.
 */
export class RelyingPartyKeys1765000000000 implements MigrationInterface {
  name = 'RelyingPartyKeys1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE relying_party_keys (
        purpose text PRIMARY KEY CHECK (purpose IN ('federation', 'core-signing',
          'core-encryption')),
        private_key jsonb NOT NULL,
        public_jwk jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE relying_party_keys');
  }
}
