import type { MigrationInterface, QueryRunner } from 'typeorm';
import { partitionByMonth } from '@app/platform/db';

/**
 * The partner feed by month of `recorded_at` (an event's own time, so a redelivered event meets its
 * first copy in the same month's unique key) and the webhooks' delivery attempts by month of
 * `attempted_at` (decision 0034). A delivery named its event by number alone, a reference a table
 * keyed by month cannot keep: the number stays, its reference goes (catalog only), as the feed
 * never removes an event a delivery waits for (it archives months long delivered).
 */
export class FeedAndAttemptsByMonth1767600000001 implements MigrationInterface {
  name = 'FeedAndAttemptsByMonth1767600000001';
  transaction = false;

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'ALTER TABLE webhook_deliveries DROP CONSTRAINT IF EXISTS webhook_deliveries_seq_fkey',
    );
    await partitionByMonth(runner, {
      table: 'partner_events',
      column: 'recorded_at',
      key: ['seq'],
      uniques: [['event_id']],
    });
    await partitionByMonth(runner, {
      table: 'webhook_attempts',
      column: 'attempted_at',
      key: ['id'],
    });
  }

  async down(): Promise<void> {
    throw new Error(
      'Il flusso partizionato per mese non torna indietro: i mesi archiviati non rientrano',
    );
  }
}
