import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Seed 002's «Comunicati informativi» and the «Avviso» banner (a maintenance, say), both published
 * by the Gestore della piattaforma; a withdrawn one is kept, dated.
 */
export class Announcements1767400000000 implements MigrationInterface {
  name = 'Announcements1767400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE announcements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('comunicato', 'avviso')),
        title text NOT NULL,
        body text NOT NULL,
        visible_from timestamptz NOT NULL DEFAULT now(),
        visible_until timestamptz,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        withdrawn_at timestamptz,
        CHECK (visible_until IS NULL OR visible_until > visible_from)
      )`);
    await runner.query(
      'CREATE INDEX announcements_visible ON announcements (kind, visible_from DESC) ' +
        'WHERE withdrawn_at IS NULL',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE announcements');
  }
}
