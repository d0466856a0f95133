import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Partners' own queues on the broker, and how far the relay has published the feed to them. */
export class AmqpSubscriptions1765300000000 implements MigrationInterface {
  name = 'AmqpSubscriptions1765300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE amqp_subscriptions (
        id uuid PRIMARY KEY,
        agency_id uuid NOT NULL,
        client_id text,
        username text NOT NULL UNIQUE,
        queue text NOT NULL UNIQUE,
        types text[] NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query('CREATE TABLE relay_cursors (name text PRIMARY KEY, seq bigint NOT NULL)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE relay_cursors');
    await runner.query('DROP TABLE amqp_subscriptions');
  }
}
