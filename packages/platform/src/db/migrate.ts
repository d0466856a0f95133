import type { DataSource } from 'typeorm';
import { schemaOf } from './data-source.js';

/**
 * Creates the schema and runs pending migrations while holding a session advisory lock, so several
 * replicas starting together run them once (TypeORM has no lock of its own). The lock takes one
 * pooled connection and the migrations another, so the pool needs at least two.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const schema = schemaOf(dataSource);
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [`migrations:${schema}`]);
    try {
      await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((migration) => migration.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [`migrations:${schema}`]);
    }
  } finally {
    await runner.release();
  }
}

/**
 * The migrations this code knows that the schema has not applied yet (all of them when the schema
 * is new): a replica waits for an empty list before it starts, so it never runs on an older schema.
 */
export async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  const schema = schemaOf(dataSource);
  const known = dataSource.migrations.map(
    (migration) => migration.name ?? migration.constructor.name,
  );
  const [table] = (await dataSource.query('SELECT to_regclass($1) AS name', [
    `"${schema}".schema_migrations`,
  ])) as { name: string | null }[];
  if (!table?.name) return known;
  const applied = new Set(
    (
      (await dataSource.query(`SELECT name FROM "${schema}".schema_migrations`)) as {
        name: string;
      }[]
    ).map((row) => row.name),
  );
  return known.filter((name) => !applied.has(name));
}
