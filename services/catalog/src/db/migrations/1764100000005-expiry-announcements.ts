import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When a contract's expiry was announced, so it is announced once. */
export class ExpiryAnnouncements1764100000005 implements MigrationInterface {
  name = 'ExpiryAnnouncements1764100000005';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE contracts ADD COLUMN expiry_announced_at timestamptz');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE contracts DROP COLUMN expiry_announced_at');
  }
}
