import { indexMigration } from '@app/platform/db';

/**
 * An order's NSO identification is never reused: a unique index, built concurrently (orders keep
 * being written while it builds, so outside a transaction).
 */
export const OrdersNsoIdIndex1767500000001 = indexMigration(
  'OrdersNsoIdIndex1767500000001',
  'orders_nso_id',
  'orders (nso_id)',
  { unique: true },
);
