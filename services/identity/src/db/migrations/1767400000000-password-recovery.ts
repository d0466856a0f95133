import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * «Hai dimenticato la password?»: one-time links, kept by their hash only, and their delivery as a
 * third reason of the credential mails.
 */
export class PasswordRecovery1767400000000 implements MigrationInterface {
  name = 'PasswordRecovery1767400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE password_recoveries (
        token_hash text PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES persons(id),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      'CREATE INDEX password_recoveries_person ON password_recoveries (person_id) ' +
        'WHERE used_at IS NULL',
    );
    await runner.query(
      'ALTER TABLE credential_deliveries DROP CONSTRAINT credential_deliveries_reason_check',
    );
    await runner.query(
      `ALTER TABLE credential_deliveries ADD CONSTRAINT credential_deliveries_reason_check CHECK
        (reason IN ('primo-accesso', 'reimpostazione', 'recupero'))`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query("DELETE FROM credential_deliveries WHERE reason = 'recupero'");
    await runner.query(
      'ALTER TABLE credential_deliveries DROP CONSTRAINT credential_deliveries_reason_check',
    );
    await runner.query(
      `ALTER TABLE credential_deliveries ADD CONSTRAINT credential_deliveries_reason_check CHECK
        (reason IN ('primo-accesso', 'reimpostazione'))`,
    );
    await runner.query('DROP TABLE password_recoveries');
  }
}
