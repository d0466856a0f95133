import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where each document's signature stands, so a signature waiting for its authority's answer on
 * revocation («verifica in corso») is found again and never counts as verified meanwhile.
 */
export class DocumentSignatureStatus1766200000000 implements MigrationInterface {
  name = 'DocumentSignatureStatus1766200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE documents ADD COLUMN signature_status text NOT NULL DEFAULT 'assente'
        CHECK (signature_status IN ('valida', 'verifica in corso', 'non valida', 'assente'))`);
    await runner.query(`
      UPDATE documents SET signature_status = CASE
        WHEN signature IS NOT NULL THEN 'valida' WHEN signature_problem IS NOT NULL THEN
          'non valida' ELSE 'assente' END`);
    await runner.query(
      `CREATE INDEX documents_signature_pending ON documents (uploaded_at) ` +
        `WHERE signature_status = 'verifica in corso'`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE documents DROP COLUMN signature_status');
  }
}
