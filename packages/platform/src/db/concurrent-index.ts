import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { MigrationClass } from './data-source.js';

const indexName = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Builds an index while the table keeps being written (CREATE INDEX CONCURRENTLY: no lock that
 * stops writers), so only in a migration declared `transaction = false`. A build that failed
 * half-way leaves an invalid index behind: it is dropped and built again.
 */
export async function createIndexConcurrently(
  runner: QueryRunner,
  name: string,
  definition: string,
  options: { unique?: boolean } = {},
): Promise<void> {
  if (!indexName.test(name)) throw new Error(`Nome di indice non valido: ${name}`);
  const [invalid] = await runner.query(
    `SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
     WHERE c.relname = $1 AND c.relnamespace = current_schema()::regnamespace AND NOT i.indisvalid`,
    [name],
  );
  if (invalid) await runner.query(`DROP INDEX CONCURRENTLY ${name}`);
  await runner.query(
    `CREATE ${options.unique ? 'UNIQUE ' : ''}INDEX CONCURRENTLY IF NOT EXISTS ${name} ON ${definition}`,
  );
}

export async function dropIndexConcurrently(runner: QueryRunner, name: string): Promise<void> {
  if (!indexName.test(name)) throw new Error(`Nome di indice non valido: ${name}`);
  await runner.query(`DROP INDEX CONCURRENTLY IF EXISTS ${name}`);
}

/**
 * A migration that only adds an index to a table in use: built concurrently, outside a transaction;
 * its `down` drops it the same way. `name` is the migration's (with its timestamp).
 */
export function indexMigration(
  name: string,
  index: string,
  definition: string,
  options: { unique?: boolean } = {},
): MigrationClass {
  return class implements MigrationInterface {
    name = name;
    transaction = false;

    async up(runner: QueryRunner): Promise<void> {
      await createIndexConcurrently(runner, index, definition, options);
    }

    async down(runner: QueryRunner): Promise<void> {
      await dropIndexConcurrently(runner, index);
    }
  };
}
