import type { MigrationInterface, QueryRunner } from 'typeorm';
import { requestAgencySql } from '@app/platform/db';

/**
 * Seed 003: the mandates are a payer body's payments towards other bodies; each beneficiary reads
 * those towards it («la situazione dei mandati di pagamento della Provincia nei confronti del
 * vostro Ente»), with the act each one refers to (data, numero, importo).
 */
export class MandatesToBeneficiaries1767300000002 implements MigrationInterface {
  name = 'MandatesToBeneficiaries1767300000002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE payments ADD COLUMN act_date date, ADD COLUMN act_number text,
      ADD COLUMN act_amount_cents bigint`);
    await runner.query(
      `CREATE INDEX payments_to_beneficiary ON payments (beneficiary_fiscal_code, issued_on DESC)
        WHERE beneficiary_fiscal_code IS NOT NULL`,
    );
    await runner.query(`CREATE POLICY payments_to_the_beneficiary ON payments FOR SELECT USING (
      EXISTS (SELECT 1 FROM agency_directory d WHERE d.agency_id = ${requestAgencySql}
        AND d.fiscal_code = payments.beneficiary_fiscal_code))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP POLICY payments_to_the_beneficiary ON payments');
    await runner.query('DROP INDEX payments_to_beneficiary');
    await runner.query(`ALTER TABLE payments DROP COLUMN act_date, DROP COLUMN act_number,
      DROP COLUMN act_amount_cents`);
  }
}
