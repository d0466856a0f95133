import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createIndexConcurrently, dropIndexConcurrently, noLane } from '@app/platform/db';

/**
 * The due messages of each lane (the agency behind them), in time order: the senders walk the lanes
 * one index probe each and take a share of every lane, so one agency's backlog never stands in
 * front of another's message.
 */
export class QueueLanes1767700000001 implements MigrationInterface {
  name = 'QueueLanes1767700000001';
  transaction = false;

  async up(runner: QueryRunner): Promise<void> {
    await createIndexConcurrently(
      runner,
      'outgoing_mail_lanes',
      `outgoing_mail ((coalesce(sender_agency_id, '${noLane}'::uuid)), next_attempt_at) ` +
        `WHERE status = 'in-coda'`,
    );
    await createIndexConcurrently(
      runner,
      'webhook_deliveries_lanes',
      `webhook_deliveries ((coalesce(lane, '${noLane}'::uuid)), next_attempt_at) ` +
        `WHERE status = 'in-coda'`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropIndexConcurrently(runner, 'webhook_deliveries_lanes');
    await dropIndexConcurrently(runner, 'outgoing_mail_lanes');
  }
}
