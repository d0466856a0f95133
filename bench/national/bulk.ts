// Filling a table of millions of rows through its indexes costs a random write in each B-tree for
// each row; building them afterwards sorts once. So the biggest tables are filled bare: their keys and
// indexes (the migrations' own definitions, read from the catalog) are dropped, the rows written, and
// the same definitions built again, under the same names.
import type pg from 'pg';

/** Tables filled bare: nothing references their keys. */
export const filledBare = new Set([
  'notifications',
  'partner_events',
  'order_history',
  'audit_log',
  'adhesion_history',
]);

export async function fillBare<T>(
  client: pg.Client,
  table: string,
  fill: () => Promise<T>,
): Promise<T> {
  const { rows: keys } = await client.query<{ name: string; definition: string }>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
     WHERE conrelid = $1::regclass AND contype IN ('p', 'u')`,
    [table],
  );
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `SELECT c.relname AS name, pg_get_indexdef(x.indexrelid) AS definition
     FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid
     WHERE x.indrelid = $1::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)`,
    [table],
  );
  for (const { name } of keys) await client.query(`ALTER TABLE ${table} DROP CONSTRAINT ${name}`);
  for (const { name } of indexes) await client.query(`DROP INDEX ${name}`);
  const filled = await fill();
  for (const { name, definition } of keys)
    await client.query(`ALTER TABLE ${table} ADD CONSTRAINT ${name} ${definition}`);
  // A partitioned table's index is read as `ON ONLY`: built again, it must reach every partition.
  for (const { definition } of indexes) await client.query(definition.replace(' ON ONLY ', ' ON '));
  return filled;
}
