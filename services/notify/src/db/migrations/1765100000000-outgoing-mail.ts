import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Messages leaving by e-mail or PEC, one per event, channel, address and template whatever the
 * redeliveries; each keeps its attempts, so nothing is lost while the mail server is away. Agencies
 * and contracts are kept from their events, for the words of messages that name them.
 */
export class OutgoingMail1765100000000 implements MigrationInterface {
  name = 'OutgoingMail1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE outgoing_mail (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id text NOT NULL,
        event_type text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('email', 'pec')),
        address text NOT NULL,
        recipient_name text NOT NULL,
        template text NOT NULL,
        sender_agency_id uuid,
        recipient_agency_id uuid,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text,
        status text NOT NULL DEFAULT 'in-coda' CHECK (status IN ('in-coda', 'inviato', 'fallito')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        message_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        UNIQUE (event_id, channel, address, template)
      )`);
    await runner.query(
      `CREATE INDEX outgoing_mail_due ON outgoing_mail (next_attempt_at) WHERE status = 'in-coda'`,
    );
    await runner.query(
      'CREATE INDEX outgoing_mail_sender ON outgoing_mail (sender_agency_id, created_at DESC)',
    );
    await runner.query(
      'CREATE TABLE agencies (agency_id uuid PRIMARY KEY, name text NOT NULL, kind text NOT NULL)',
    );
    await runner.query(`
      CREATE TABLE contracts (
        contract_id uuid PRIMARY KEY,
        banditore_agency_id uuid NOT NULL,
        title text NOT NULL,
        cig text NOT NULL,
        supplier_name text NOT NULL,
        supplier_pec text NOT NULL,
        version int NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE contracts');
    await runner.query('DROP TABLE agencies');
    await runner.query('DROP TABLE outgoing_mail');
  }
}
