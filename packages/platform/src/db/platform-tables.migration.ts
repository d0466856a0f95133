import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from './data-source.js';

/** The outbox, and the trigger that wakes the relay at each commit that wrote to it. */
async function outboxTable(runner: QueryRunner, schema: string): Promise<void> {
  await runner.query(`
    CREATE TABLE outbox (
      id uuid PRIMARY KEY,
      seq bigserial NOT NULL,
      routing_key text NOT NULL,
      envelope jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      published_at timestamptz,
      attempts integer NOT NULL DEFAULT 0,
      available_at timestamptz NOT NULL DEFAULT now(),
      claim_token uuid,
      claimed_until timestamptz,
      last_error text
    )`);
  await runner.query(`CREATE INDEX outbox_pending ON outbox (seq) WHERE published_at IS NULL`);
  await runner.query(`
    CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM pg_notify('outbox_${schema}', ''); RETURN NULL; END $$`);
  // One wake-up per statement, delivered at commit; the relay's poll covers a missed one.
  await runner.query(
    `CREATE TRIGGER outbox_inserted AFTER INSERT ON outbox FOR EACH STATEMENT ` +
      `EXECUTE FUNCTION outbox_notify()`,
  );
}

/** The inbox of idempotent consumers, the dead letters of single-process mode, the audit log. */
const inboxDeadLettersAndAudit = [
  `
      CREATE TABLE processed_messages (
        consumer text NOT NULL,
        event_id text NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      )`,
  `
      CREATE TABLE dead_letters (
        id bigserial PRIMARY KEY,
        consumer text NOT NULL,
        event_id text NOT NULL,
        routing_key text NOT NULL,
        envelope jsonb NOT NULL,
        reason text NOT NULL,
        attempts integer NOT NULL,
        failed_at timestamptz NOT NULL DEFAULT now(),
        replayed_at timestamptz
      )`,
  `
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        tenant text,
        person text,
        profile text,
        auth_method text,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text,
        ip text,
        user_agent text,
        correlation_id text,
        details jsonb NOT NULL DEFAULT '{}'
      )`,
  `CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id)`,
  `CREATE INDEX audit_log_tenant_at ON audit_log (tenant, at)`,
];

/**
 * The tables every service keeps in its own schema: outbox (events to publish), processed_messages
 * (inbox for idempotent consumers), dead_letters (failed deliveries in single-process mode),
 * audit_log.
 */
export class PlatformTables1763800000000 implements MigrationInterface {
  name = 'PlatformTables1763800000000';

  async up(runner: QueryRunner): Promise<void> {
    await outboxTable(runner, schemaOf(runner.connection));
    for (const statement of inboxDeadLettersAndAudit) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE audit_log, dead_letters, processed_messages, outbox');
    await runner.query('DROP FUNCTION outbox_notify()');
  }
}
