import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Login sessions, pending SPID/CIE requests (InResponseTo, state, nonce) and seen assertions
 * (replay).
 */
export class LoginSessions1764000000001 implements MigrationInterface {
  name = 'LoginSessions1764000000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE login_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES persons(id),
        method text NOT NULL CHECK (method IN ('spid', 'cie', 'cns', 'password')),
        acr text NOT NULL,
        amr text[] NOT NULL,
        auth_time timestamptz NOT NULL,
        idp text,
        -- What SPID single logout needs: the NameID and SessionIndex of the assertion (L1 only).
        saml_name_id text,
        saml_name_qualifier text,
        saml_session_index text,
        selected_profile_id uuid REFERENCES profiles(id),
        -- SHA-256 of the browser's session cookie, which renews access tokens.
        refresh_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ended_at timestamptz,
        end_reason text
      )`);
    await runner.query(
      'CREATE INDEX login_sessions_ended ON login_sessions (ended_at) WHERE ended_at IS NOT NULL',
    );
    await runner.query(`
      CREATE TABLE pending_logins (
        id text PRIMARY KEY,
        method text NOT NULL,
        details jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        consumed_at timestamptz
      )`);
    await runner.query(`
      CREATE TABLE seen_assertions (
        id text PRIMARY KEY,
        expires_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE seen_assertions, pending_logins, login_sessions');
  }
}
