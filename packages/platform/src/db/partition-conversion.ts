import type { QueryRunner } from 'typeorm';
import { createIndexConcurrently } from './concurrent-index.js';
import {
  ensureMonthlyPartitions,
  monthStart,
  partitionName,
  type MonthlyTable,
} from './partitions.js';

/** What the table is besides its columns, read before it is renamed: indexes, policies, grants. */
async function describe(runner: QueryRunner, table: string) {
  const indexes: { name: string; definition: string }[] = await runner.query(
    `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
     WHERE x.indrelid = $1::regclass AND NOT x.indisunique`,
    [table],
  );
  const policies: { sql: string }[] = await runner.query(
    `SELECT format('CREATE POLICY %I ON %I AS %s FOR %s TO %s', polname, $2::text,
       CASE WHEN polpermissive THEN 'PERMISSIVE' ELSE 'RESTRICTIVE' END,
       CASE polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE'
         WHEN 'd' THEN 'DELETE' ELSE 'ALL' END,
       CASE WHEN polroles = '{0}' THEN 'PUBLIC'
         ELSE (SELECT string_agg(quote_ident(rolname), ', ') FROM pg_roles WHERE oid = ANY (polroles)) END)
       || coalesce(' USING (' || pg_get_expr(polqual, polrelid) || ')', '')
       || coalesce(' WITH CHECK (' || pg_get_expr(polwithcheck, polrelid) || ')', '') AS sql
     FROM pg_policy WHERE polrelid = $1::regclass`,
    [table, table],
  );
  const [security]: { enabled: boolean; forced: boolean }[] = await runner.query(
    'SELECT relrowsecurity AS enabled, relforcerowsecurity AS forced FROM pg_class WHERE oid = $1::regclass',
    [table],
  );
  const grants: { grantee: string; privilege: string }[] = await runner.query(
    `SELECT grantee, privilege_type AS privilege FROM information_schema.role_table_grants
     WHERE table_schema = current_schema() AND table_name = $1 AND grantee <> current_user`,
    [table],
  );
  const references: { name: string; definition: string }[] = await runner.query(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
     WHERE conrelid = $1::regclass AND contype = 'f'`,
    [table],
  );
  const sequences: { column: string; sequence: string }[] = await runner.query(
    `SELECT attname AS column, pg_get_serial_sequence($1, attname) AS sequence FROM pg_attribute
     WHERE attrelid = $1::regclass AND attnum > 0 AND pg_get_serial_sequence($1, attname) IS NOT NULL`,
    [table],
  );
  return { indexes, policies, security, grants, references, sequences };
}
type Description = Awaited<ReturnType<typeof describe>>;

/** The unique keys the partitioned table will have, each with the month's column. */
const keysOf = (spec: MonthlyTable) => [
  { name: `${spec.table}_pkey`, columns: [...spec.key, spec.column], primary: true },
  ...(spec.uniques ?? []).map((columns, n) => ({
    name: `${spec.table}_key${n + 1}`,
    columns: [...columns, spec.column],
    primary: false,
  })),
];

/**
 * Rows already there stay where they are: the table becomes the partition of everything before the
 * next month. Its keys are rebuilt with the month's column and its month bound is checked while
 * writers go on (a concurrent index, a NOT VALID check then validated), so the swap that follows
 * only changes the catalog.
 */
async function prepareExistingRows(runner: QueryRunner, spec: MonthlyTable, cutover: Date) {
  for (const key of keysOf(spec))
    await createIndexConcurrently(
      runner,
      `${key.name}_m`,
      `${spec.table} (${key.columns.join(', ')})`,
      {
        unique: true,
      },
    );
  const bound = boundOf(spec, cutover);
  await runner.query(
    `ALTER TABLE ${spec.table} ADD CONSTRAINT ${bound} CHECK (${spec.column} < '${cutover.toISOString()}') NOT VALID`,
  );
  await runner.query(`ALTER TABLE ${spec.table} VALIDATE CONSTRAINT ${bound}`);
}

/** The old table's name once it holds the months before the cutover, and its bound's. */
const legacyOf = (spec: MonthlyTable, cutover: Date) =>
  partitionName(spec.table, cutover).replace(/_p(\d{6})$/, '_before_p$1');
const boundOf = (spec: MonthlyTable, cutover: Date) => `${legacyOf(spec, cutover)}_bound`;

async function dropKeys(runner: QueryRunner, table: string) {
  const constraints: { name: string }[] = await runner.query(
    `SELECT conname AS name FROM pg_constraint WHERE conrelid = $1::regclass AND contype IN ('p', 'u')`,
    [table],
  );
  for (const { name } of constraints)
    await runner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${name}`);
}

/** The old table's keys become the ones the partitioned table expects (catalog only). */
async function rekeyLegacy(runner: QueryRunner, spec: MonthlyTable, legacy: string) {
  await dropKeys(runner, legacy);
  for (const key of keysOf(spec)) {
    const name = `${legacy}_${key.name.slice(spec.table.length + 1)}`;
    await runner.query(`ALTER INDEX ${key.name}_m RENAME TO ${name}`);
    await runner.query(
      `ALTER TABLE ${legacy} ADD CONSTRAINT ${name} ${key.primary ? 'PRIMARY KEY' : 'UNIQUE'} USING INDEX ${name}`,
    );
  }
}

/** The partitioned table, with what the old one had: keys, indexes, policies, grants, sequences. */
async function createPartitioned(
  runner: QueryRunner,
  spec: MonthlyTable,
  legacy: string,
  old: Description,
) {
  const { table, column } = spec;
  await runner.query(
    `CREATE TABLE ${table} (LIKE ${legacy} INCLUDING DEFAULTS INCLUDING GENERATED INCLUDING STORAGE ` +
      `INCLUDING COMMENTS INCLUDING CONSTRAINTS) PARTITION BY RANGE (${column})`,
  );
  // The old rows' bound is the old partition's, not the table's.
  await runner.query(`ALTER TABLE ${table} DROP CONSTRAINT IF EXISTS ${legacy}_bound`);
  for (const key of keysOf(spec))
    await runner.query(
      `ALTER TABLE ${table} ADD CONSTRAINT ${key.name} ${key.primary ? 'PRIMARY KEY' : 'UNIQUE'} ` +
        `(${key.columns.join(', ')})`,
    );
  for (const index of old.indexes) {
    await runner.query(
      `ALTER INDEX ${index.name} RENAME TO ${legacy}_${index.name.slice(table.length + 1) || 'i'}`,
    );
    await runner.query(index.definition.replace(/ ON (ONLY )?\S+ /, ` ON ${table} `));
  }
  // References keep their names (a constraint name is the table's own); an attached partition matches.
  for (const { name: reference, definition } of old.references)
    await runner.query(`ALTER TABLE ${table} ADD CONSTRAINT ${reference} ${definition}`);
  for (const { column: serial, sequence } of old.sequences)
    await runner.query(`ALTER SEQUENCE ${sequence} OWNED BY ${table}.${serial}`);
  if (old.security?.enabled) await runner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
  if (old.security?.forced) await runner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
  for (const { sql } of old.policies) await runner.query(sql);
  for (const { grantee, privilege } of old.grants)
    await runner.query(`GRANT ${privilege} ON ${table} TO "${grantee}"`);
}

/**
 * Turns `spec.table` into a table partitioned by month, in a migration declared `transaction =
 * false`. An empty table is simply replaced. A table with rows keeps them as the partition of
 * everything before next month, prepared while writers go on; the swap itself is one short
 * transaction of catalog changes. Months from then on get partitions of their own.
 */
export async function partitionByMonth(runner: QueryRunner, spec: MonthlyTable): Promise<void> {
  const { table } = spec;
  const [relation]: { kind: string }[] = await runner.query(
    'SELECT relkind AS kind FROM pg_class WHERE oid = $1::regclass',
    [table],
  );
  if (relation?.kind === 'p') return;
  const [referenced]: { name: string }[] = await runner.query(
    `SELECT conname AS name FROM pg_constraint WHERE confrelid = $1::regclass AND contype = 'f'`,
    [table],
  );
  // A key referenced from elsewhere would have to hold the month too: the caller drops it first.
  if (referenced) throw new Error(`${table} è riferita da ${referenced.name}: va tolta prima`);
  const [filled]: { rows: boolean }[] = await runner.query(
    `SELECT EXISTS (SELECT 1 FROM ${table}) AS rows`,
  );
  const rows = filled?.rows === true;
  const cutover = monthStart(new Date(), 1);
  if (rows) await prepareExistingRows(runner, spec, cutover);
  const old = await describe(runner, table);
  const legacy = legacyOf(spec, cutover);
  await runner.startTransaction();
  try {
    await runner.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
    await runner.query(`ALTER TABLE ${table} RENAME TO ${legacy}`);
    // An empty old table only lends its columns: its keys go, with their names.
    if (rows) await rekeyLegacy(runner, spec, legacy);
    else await dropKeys(runner, legacy);
    await createPartitioned(runner, spec, legacy, old);
    if (rows)
      await runner.query(
        `ALTER TABLE ${table} ATTACH PARTITION ${legacy} FOR VALUES FROM (MINVALUE) TO ('${cutover.toISOString()}')`,
      );
    else await runner.query(`DROP TABLE ${legacy}`);
    await ensureMonthlyPartitions(runner, table, monthStart(new Date()), monthStart(new Date(), 3));
    await runner.commitTransaction();
  } catch (error) {
    await runner.rollbackTransaction();
    throw error;
  }
}
