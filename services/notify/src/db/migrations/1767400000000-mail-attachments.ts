import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The files a message carries (seed 001: the order's documents «inviati al Fornitore tramite
 * PEC»), kept with it until it leaves.
 */
export class MailAttachments1767400000000 implements MigrationInterface {
  name = 'MailAttachments1767400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE outgoing_mail ADD COLUMN attachments jsonb NOT NULL DEFAULT '[]'`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE outgoing_mail DROP COLUMN attachments');
  }
}
