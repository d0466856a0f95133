import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * First-access credentials made by the platform (to be changed at first login), their delivery by
 * e-mail, and the login limits shared by every replica (rate-limiter-flexible's table shape).
 */
export class FirstAccessAndLoginLimits1764500000000 implements MigrationInterface {
  name = 'FirstAccessAndLoginLimits1764500000000';

  async up(runner: QueryRunner): Promise<void> {
    // Lockouts are kept per username and address in login_limits now: one client cannot lock out
    // another.
    await runner.query(`ALTER TABLE password_credentials DROP COLUMN failed_attempts, DROP COLUMN
      locked_until,
      ADD COLUMN must_change boolean NOT NULL DEFAULT false, ADD COLUMN expires_at timestamptz`);
    await runner.query(`
      CREATE TABLE credential_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES persons(id),
        email text NOT NULL,
        username text NOT NULL,
        reason text NOT NULL CHECK (reason IN ('primo-accesso', 'reimpostazione')),
        -- The temporary password, sealed, only until the message is accepted by the mail server.
        sealed_secret text,
        issued_by uuid,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((sent_at IS NULL) = (sealed_secret IS NOT NULL))
      )`);
    await runner.query(
      'CREATE INDEX credential_deliveries_pending ON credential_deliveries ' +
        '(next_attempt_at) WHERE sent_at IS NULL',
    );
    await runner.query(`
      CREATE TABLE login_limits (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE login_limits, credential_deliveries');
    await runner.query(`ALTER TABLE password_credentials DROP COLUMN must_change, DROP COLUMN
      expires_at,
      ADD COLUMN failed_attempts integer NOT NULL DEFAULT 0, ADD COLUMN locked_until timestamptz`);
  }
}
