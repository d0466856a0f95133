/**
 * Tables that grow forever (the inbox, the audit log) are partitioned by month of one timestamp: a
 * month is a table of its own, so old months leave by detaching a partition (no DELETE of millions
 * of rows, no bloat) and queries on recent months touch recent tables. Decision 0034.
 */
export interface MonthlyTable {
  table: string;
  /** The timestamptz column that decides the month. */
  column: string;
  /** The primary key's columns besides `column` (the key becomes them plus `column`). */
  key: string[];
  /** Other unique keys, each also extended with `column` (a partitioned key must hold it). */
  uniques?: string[][];
}

/** A TypeORM data source or query runner (rows), or a pg client (a result holding them). */
interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

async function rowsOf<T>(db: Queryable, sql: string, parameters: unknown[]): Promise<T[]> {
  const result = await db.query(sql, parameters);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

const name = /^[a-z_][a-z0-9_]{0,50}$/;
const checked = (...names: string[]) => {
  for (const each of names) if (!name.test(each)) throw new Error(`Nome non valido: ${each}`);
};

/** The first instant of the month of `date`, in UTC, and of the month `months` later. */
export function monthStart(date: Date, months = 0): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
}

const suffixOf = (month: Date) =>
  `${month.getUTCFullYear()}${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
export const partitionName = (table: string, month: Date) => `${table}_p${suffixOf(month)}`;

/** The partitions of a table with their bounds (MINVALUE as null). */
export async function partitionsOf(
  db: Queryable,
  table: string,
): Promise<{ name: string; from: Date | null; to: Date }[]> {
  checked(table);
  const rows = await rowsOf<{ name: string; bound: string }>(
    db,
    `SELECT c.relname AS name, pg_get_expr(c.relpartbound, c.oid) AS bound
     FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
     WHERE i.inhparent = to_regclass(quote_ident(current_schema()) || '.' || $1)`,
    [table],
  );
  return rows
    .map(({ name: partition, bound }) => {
      const [, from, to] = /FROM \((?:'([^']+)'|MINVALUE)\) TO \('([^']+)'\)/.exec(bound) ?? [];
      return { name: partition, from: from ? new Date(from) : null, to: new Date(to ?? NaN) };
    })
    .sort((a, b) => a.to.getTime() - b.to.getTime());
}

/**
 * A partition for each month from `from` to `to` (both included) that no partition covers yet: the
 * upkeep job keeps the coming months ready, a history import asks for its past ones.
 */
export async function ensureMonthlyPartitions(
  db: Queryable,
  table: string,
  from: Date,
  to: Date,
): Promise<string[]> {
  const existing = await partitionsOf(db, table);
  const covered = (month: Date) =>
    existing.some((p) => (p.from === null || p.from <= month) && month < p.to);
  const created: string[] = [];
  for (let month = monthStart(from); month <= to; month = monthStart(month, 1)) {
    if (covered(month)) continue;
    const partition = partitionName(table, month);
    await db.query(
      `CREATE TABLE IF NOT EXISTS ${partition} PARTITION OF ${table} FOR VALUES FROM ` +
        `('${month.toISOString()}') TO ('${monthStart(month, 1).toISOString()}')`,
    );
    created.push(partition);
  }
  return created;
}

/** A partitioned table as a service declares it: its month column and how long rows are kept. */
export interface KeptTable {
  table: string;
  column: string;
  /** Months a row stays in the table after its month ends; older months go to the archive. */
  retentionMonths: number;
}

/** Where retired months go: `<schema>_archive`, out of the request role's reach. */
export const archiveSchemaOf = (schema: string) => `${schema}_archive`;

/**
 * The partitions whose months all ended more than `retentionMonths` ago, detached without stopping
 * readers or writers (DETACH … CONCURRENTLY, so never in a transaction) and moved, whole, to the
 * archive schema: nothing is deleted; the operator exports and drops archived months
 * (docs/operations.md). A detach interrupted half-way is finished first.
 */
export async function retireOldPartitions(
  db: Queryable,
  schema: string,
  kept: KeptTable,
  now = new Date(),
): Promise<string[]> {
  checked(kept.table);
  const limit = monthStart(now, -kept.retentionMonths);
  const archive = archiveSchemaOf(schema);
  await db.query(`CREATE SCHEMA IF NOT EXISTS "${archive}"`);
  const pending = await rowsOf<{ name: string }>(
    db,
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
     WHERE i.inhparent = to_regclass(quote_ident(current_schema()) || '.' || $1) AND i.inhdetachpending`,
    [kept.table],
  );
  const retired: string[] = [];
  const toArchive = async (partition: string) => {
    await db.query(`ALTER TABLE ${partition} SET SCHEMA "${archive}"`);
    retired.push(partition);
  };
  for (const { name: partition } of pending) {
    await db.query(`ALTER TABLE ${kept.table} DETACH PARTITION ${partition} FINALIZE`);
    await toArchive(partition);
  }
  for (const partition of await partitionsOf(db, kept.table)) {
    if (partition.to > limit) continue;
    await db.query(`ALTER TABLE ${kept.table} DETACH PARTITION ${partition.name} CONCURRENTLY`);
    await toArchive(partition.name);
  }
  return retired;
}
