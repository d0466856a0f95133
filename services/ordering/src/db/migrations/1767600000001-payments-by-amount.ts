import { indexMigration } from '@app/platform/db';

/**
 * «Situazione pagamenti» of a supplier sorted by amount: a national supplier receives mandates from
 * hundreds of agencies, and this index gives the largest fifty without sorting them all (by date,
 * `payments_to_beneficiary` does the same). Built concurrently.
 */
export const PaymentsByAmount1767600000001 = indexMigration(
  'PaymentsByAmount1767600000001',
  'payments_to_beneficiary_by_amount',
  'payments (beneficiary_fiscal_code, amount_cents DESC, mandate_number) WHERE beneficiary_fiscal_code IS NOT NULL',
);
