import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Seed 001: an automatic notification «è disponibile nel modulo “comunicazioni” del contratto»:
 * each notification keeps the contract it is about, and a profile reads a contract's own.
 * Notifications written before keep no contract (their events were not kept): they stay in the
 * inbox only.
 */
export class NotificationsByContract1767300000000 implements MigrationInterface {
  name = 'NotificationsByContract1767300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE notifications ADD COLUMN contract_id uuid');
    await runner.query(
      `CREATE INDEX notifications_of_contract ON notifications (profile_id, contract_id, created_at
        DESC) WHERE contract_id IS NOT NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX notifications_of_contract');
    await runner.query('ALTER TABLE notifications DROP COLUMN contract_id');
  }
}
