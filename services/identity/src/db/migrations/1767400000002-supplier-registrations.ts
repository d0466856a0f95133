import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Seed 002's «Registrazione indirizzario»: an economic operator asks to be on the platform; the
 * Gestore approves (its agency, its referent and first-access credentials) or rejects.
 */
export class SupplierRegistrations1767400000002 implements MigrationInterface {
  name = 'SupplierRegistrations1767400000002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE supplier_registrations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        fiscal_code text NOT NULL,
        pec text NOT NULL,
        address text NOT NULL,
        referent jsonb NOT NULL,
        status text NOT NULL DEFAULT 'in-attesa'
          CHECK (status IN ('in-attesa', 'approvata', 'respinta')),
        reason text,
        agency_id uuid REFERENCES agencies(id),
        decided_by uuid,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One request waiting per operator: asking again while it waits changes nothing.
    await runner.query(
      `CREATE UNIQUE INDEX supplier_registrations_waiting ON supplier_registrations (fiscal_code)
        WHERE status = 'in-attesa'`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE supplier_registrations');
  }
}
