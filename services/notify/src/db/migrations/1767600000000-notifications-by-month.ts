import type { MigrationInterface, QueryRunner } from 'typeorm';
import { partitionByMonth } from '@app/platform/db';

/**
 * The inbox, partitioned by month of `created_at` (decision 0034): twenty million notifications on
 * a national platform, of which a person reads the newest; months past their retention leave whole.
 * A notification's month is its event's, so a redelivered event meets its first copy in the same
 * month's unique key (event, profile, month's column).
 */
export class NotificationsByMonth1767600000000 implements MigrationInterface {
  name = 'NotificationsByMonth1767600000000';
  transaction = false;

  async up(runner: QueryRunner): Promise<void> {
    await partitionByMonth(runner, {
      table: 'notifications',
      column: 'created_at',
      key: ['id'],
      uniques: [['event_id', 'profile_id']],
    });
  }

  async down(): Promise<void> {
    throw new Error(
      'Le notifiche partizionate per mese non tornano indietro: i mesi archiviati non rientrano',
    );
  }
}
