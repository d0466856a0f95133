import { indexMigration } from '@app/platform/db';

/**
 * The ledger's summary counts an Order's requests in each state over every page: with this index
 * PostgreSQL counts them from the index alone instead of reading each request. Built concurrently.
 */
export const RequestsByState1767700000001 = indexMigration(
  'RequestsByState1767700000001',
  'requests_order_state',
  'requests (order_agency_id, state)',
);
