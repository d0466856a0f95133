import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The feed, the webhooks, their deliveries and attempts, with the indexes their workers read by.
 */
const statements = [
  'CREATE SEQUENCE partner_event_seq',
  `
      CREATE TABLE partner_events (
        seq bigint PRIMARY KEY,
        event_id text NOT NULL UNIQUE,
        type text NOT NULL,
        public boolean NOT NULL,
        agencies uuid[] NOT NULL,
        envelope jsonb NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`,
  'CREATE INDEX partner_events_agencies ON partner_events USING gin (agencies)',
  'CREATE INDEX partner_events_public ON partner_events (seq) WHERE public',
  `
      CREATE TABLE webhooks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        client_id text,
        url text NOT NULL,
        description text NOT NULL DEFAULT '',
        filters jsonb NOT NULL,
        secret text NOT NULL,
        previous_secret text,
        previous_secret_until timestamptz,
        signing_public_key text NOT NULL,
        signing_private_key text NOT NULL,
        status text NOT NULL DEFAULT 'attivo' CHECK (status IN ('attivo', 'disabilitato')),
        disabled_reason text,
        failing_since timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`,
  `CREATE INDEX webhooks_agency ON webhooks (agency_id) WHERE status = 'attivo'`,
  `
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        webhook_id uuid NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
        seq bigint NOT NULL REFERENCES partner_events (seq),
        status text NOT NULL DEFAULT 'in-coda' CHECK (status IN ('in-coda', 'consegnato',
          'fallito')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_status_code int,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        UNIQUE (webhook_id, seq)
      )`,
  `CREATE INDEX webhook_deliveries_due ON webhook_deliveries ` +
    `(next_attempt_at) WHERE status = 'in-coda'`,
  `
      CREATE TABLE webhook_attempts (
        id bigserial PRIMARY KEY,
        delivery_id uuid NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
        attempted_at timestamptz NOT NULL DEFAULT now(),
        status_code int,
        latency_ms int NOT NULL,
        error text
      )`,
  'CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id, attempted_at)',
];

/**
 * The partner feed and webhooks. Feed rows are numbered in commit order: writers take one
 * transaction-scoped lock before drawing their number, so a reader past number n has seen every row
 * up to n (see docs/decisions/0016). Each row names who may see it: everyone, or some agencies.
 */
export class PartnerEvents1765200000000 implements MigrationInterface {
  name = 'PartnerEvents1765200000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const statement of statements) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE webhook_attempts');
    await runner.query('DROP TABLE webhook_deliveries');
    await runner.query('DROP TABLE webhooks');
    await runner.query('DROP TABLE partner_events');
    await runner.query('DROP SEQUENCE partner_event_seq');
  }
}
