import { indexMigration } from '@app/platform/db';

/**
 * A contract's adhesions newest first, a page at a time: a national convention has thousands, and
 * this index gives its newest fifty without sorting them all. Built concurrently.
 */
export const AdhesionsByContractTime1767600000001 = indexMigration(
  'AdhesionsByContractTime1767600000001',
  'adhesions_by_contract_time',
  'adhesions (contract_id, created_at DESC, id)',
);
