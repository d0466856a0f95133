import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A message of a Comunicazione may carry one document (kept by the documents package in notify's
 * schema).
 */
export class CommunicationAttachments1765600000000 implements MigrationInterface {
  name = 'CommunicationAttachments1765600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'ALTER TABLE communication_messages ADD COLUMN document_id uuid REFERENCES documents (id)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE communication_messages DROP COLUMN document_id');
  }
}
