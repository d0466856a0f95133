import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Seed 001: what the supplier returns for an approved order — the Data Protection Agreement
 * countersigned and the «comunicazione dati tracciabilità», one per RTI member or the mandataria
 * alone. Seen with their order (row security as order_documents).
 */
export class SupplierDocuments1767400000000 implements MigrationInterface {
  name = 'SupplierDocuments1767400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE order_supplier_documents (
        order_id uuid NOT NULL REFERENCES orders(id),
        kind text NOT NULL CHECK (kind IN ('dpa', 'tracciabilita')),
        subject text NOT NULL DEFAULT '',
        document_id uuid NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (order_id, kind, subject)
      )`);
    await runner.query('ALTER TABLE order_supplier_documents ENABLE ROW LEVEL SECURITY');
    await runner.query(
      `CREATE POLICY order_supplier_documents_with_order ON order_supplier_documents USING (EXISTS
        (SELECT 1 FROM orders o WHERE o.id = order_supplier_documents.order_id))`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE order_supplier_documents');
  }
}
