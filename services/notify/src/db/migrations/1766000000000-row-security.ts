import type { MigrationInterface, QueryRunner } from 'typeorm';
import { requestAgencySql } from '@app/platform/db';

/** The agency a request acts for, as the platform sets it on the connection (none: no row). */
const agency = requestAgencySql;

/**
 * Row-level security on what partners of an agency see and set up: the partner events (the agency's
 * own and the public ones, as the feed's query says), the agency's webhooks with their deliveries
 * and attempts, its AMQP subscriptions. Requests run as the service's request role, which these
 * policies bind; the fan-out, the senders and the consumers run as the owner.
 */
export class RowSecurity1766000000000 implements MigrationInterface {
  name = 'RowSecurity1766000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE partner_events ENABLE ROW LEVEL SECURITY');
    await runner.query(
      `CREATE POLICY partner_events_visible ON partner_events FOR SELECT USING ` +
        `(public OR agencies @> ARRAY[${agency}])`,
    );
    for (const table of ['webhooks', 'amqp_subscriptions']) {
      await runner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await runner.query(
        `CREATE POLICY ${table}_of_the_agency ON ${table} USING (agency_id = ${agency})`,
      );
    }
    await runner.query('ALTER TABLE webhook_deliveries ENABLE ROW LEVEL SECURITY');
    await runner.query(
      'CREATE POLICY webhook_deliveries_with_webhook ON webhook_deliveries ' +
        'USING (EXISTS (SELECT 1 FROM webhooks w WHERE w.id = ' +
        'webhook_deliveries.webhook_id))',
    );
    await runner.query('ALTER TABLE webhook_attempts ENABLE ROW LEVEL SECURITY');
    await runner.query(
      'CREATE POLICY webhook_attempts_with_delivery ON webhook_attempts USING ' +
        '(EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.id = ' +
        'webhook_attempts.delivery_id))',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const [table, policy] of [
      ['partner_events', 'partner_events_visible'],
      ['webhooks', 'webhooks_of_the_agency'],
      ['amqp_subscriptions', 'amqp_subscriptions_of_the_agency'],
      ['webhook_deliveries', 'webhook_deliveries_with_webhook'],
      ['webhook_attempts', 'webhook_attempts_with_delivery'],
    ]) {
      await runner.query(`DROP POLICY ${policy} ON ${table}`);
      await runner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
  }
}
