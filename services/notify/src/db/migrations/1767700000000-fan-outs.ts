import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A notice for every adhering agency of a contract is told in batches of agencies (fan_outs: where
 * each one has got to), and the delivery queues serve the agencies in turn: a webhook delivery
 * keeps the agency whose event it carries (its lane).
 */
export class FanOuts1767700000000 implements MigrationInterface {
  name = 'FanOuts1767700000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE fan_outs (
        id bigserial PRIMARY KEY,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        template text NOT NULL,
        sender_agency_id uuid,
        event_time timestamptz,
        contract_id uuid NOT NULL,
        roles text[] NOT NULL,
        words jsonb NOT NULL,
        link text NOT NULL,
        after_agency_id uuid,
        agencies_told integer NOT NULL DEFAULT 0,
        planned_at timestamptz NOT NULL DEFAULT now(),
        turn_at timestamptz NOT NULL DEFAULT now(),
        done_at timestamptz,
        UNIQUE (event_id, template)
      )`);
    await runner.query('CREATE INDEX fan_outs_pending ON fan_outs (turn_at) WHERE done_at IS NULL');
    // A bare column is a change of the catalog only, but it needs the table alone for an instant:
    // behind a long transaction it would queue every writer behind it. It gives up instead, and
    // the next start tries again.
    await runner.query(`SET LOCAL lock_timeout = '3s'`);
    await runner.query('ALTER TABLE webhook_deliveries ADD COLUMN lane uuid');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE webhook_deliveries DROP COLUMN lane');
    await runner.query('DROP TABLE fan_outs');
  }
}
