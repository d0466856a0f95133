import { indexMigration } from '@app/platform/db';

/**
 * Ordering lists a contract's orders newest first, a page at a time: a banditore's national
 * convention holds tens of thousands, and this index gives its newest fifty without sorting them
 * all. Built concurrently.
 */
export const OrdersByContractTime1767600000000 = indexMigration(
  'OrdersByContractTime1767600000000',
  'orders_by_contract_time',
  'orders (contract_id, created_at DESC, id)',
);
