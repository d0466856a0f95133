import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who can be told (a projection of identity's people and profiles, kept from its events) and the
 * in-app inbox: one row per event and profile, so a redelivered event adds nothing.
 */
export class Inbox1765000000000 implements MigrationInterface {
  name = 'Inbox1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE people (
        person_id uuid PRIMARY KEY,
        fiscal_code text NOT NULL,
        given_name text NOT NULL,
        family_name text NOT NULL,
        email text
      )`);
    await runner.query(`
      CREATE TABLE recipients (
        profile_id uuid PRIMARY KEY,
        person_id uuid NOT NULL,
        agency_id uuid NOT NULL,
        roles text[] NOT NULL,
        active boolean NOT NULL DEFAULT true
      )`);
    await runner.query('CREATE INDEX recipients_agency ON recipients (agency_id) WHERE active');
    await runner.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id text NOT NULL,
        event_type text NOT NULL,
        profile_id uuid NOT NULL,
        agency_id uuid NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        link text,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        UNIQUE (event_id, profile_id)
      )`);
    await runner.query(
      'CREATE INDEX notifications_inbox ON notifications (profile_id, created_at DESC)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE notifications');
    await runner.query('DROP TABLE recipients');
    await runner.query('DROP TABLE people');
  }
}
