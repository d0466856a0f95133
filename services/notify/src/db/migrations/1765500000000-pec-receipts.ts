import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A PEC message's certified state from its receipts, and each receipt kept as evidence. */
export class PecReceipts1765500000000 implements MigrationInterface {
  name = 'PecReceipts1765500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE outgoing_mail ADD COLUMN pec_state text CHECK (pec_state IN ` +
        `('accettato', 'consegnato', 'non-consegnato'))`,
    );
    await runner.query(
      'CREATE INDEX outgoing_mail_message_id ON outgoing_mail (message_id) ' +
        'WHERE message_id IS NOT NULL',
    );
    await runner.query(`
      CREATE TABLE pec_receipts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        outgoing_mail_id uuid REFERENCES outgoing_mail (id),
        kind text NOT NULL,
        referenced_message_id text NOT NULL,
        recipient text,
        error text,
        signature_valid boolean NOT NULL,
        signer text,
        signature_problem text,
        daticert text,
        raw bytea NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query('CREATE INDEX pec_receipts_mail ON pec_receipts (outgoing_mail_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE pec_receipts');
    await runner.query('DROP INDEX outgoing_mail_message_id');
    await runner.query('ALTER TABLE outgoing_mail DROP COLUMN pec_state');
  }
}
