import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createIndexConcurrently, dropIndexConcurrently } from '@app/platform/db';

/**
 * «Situazione pagamenti» of a supplier sorted by amount: a national supplier receives mandates from
 * hundreds of agencies, and this index gives the largest fifty without sorting them all (by date,
 * `payments_to_beneficiary` does the same). Built concurrently.
 */
export class PaymentsByAmount1767600000001 implements MigrationInterface {
  name = 'PaymentsByAmount1767600000001';
  transaction = false;

  async up(runner: QueryRunner): Promise<void> {
    await createIndexConcurrently(
      runner,
      'payments_to_beneficiary_by_amount',
      'payments (beneficiary_fiscal_code, amount_cents DESC, mandate_number) ' +
        'WHERE beneficiary_fiscal_code IS NOT NULL',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropIndexConcurrently(runner, 'payments_to_beneficiary_by_amount');
  }
}
