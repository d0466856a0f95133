import pg from 'pg';
import { archiveSchemaOf } from '../db/partitions.js';
import { testDatabaseUrl } from './environment.js';

/**
 * Drops every schema of a run (`<service>_<suffix>`, and `<service>_<suffix>_archive` where retired
 * months went): what a test's platform left behind.
 */
export async function dropRunSchemas(
  suffix: string,
  databaseUrl = testDatabaseUrl(),
): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT nspname FROM pg_namespace
       WHERE nspname LIKE '%\\_' || $1 OR nspname LIKE '%\\_' || $1 || '\\_archive'`,
      [suffix],
    );
    for (const { nspname } of rows) await client.query(`DROP SCHEMA "${nspname}" CASCADE`);
  } finally {
    await client.end();
  }
}

/**
 * Drops one schema (and its archive of retired months) over a connection of its own: after the
 * service that used it has stopped, so no job of the service is left holding a lock the drop would
 * wait for (or deadlock with).
 */
export async function dropSchema(schema: string, databaseUrl = testDatabaseUrl()): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const archive = archiveSchemaOf(schema);
    await client.query(`DROP SCHEMA IF EXISTS "${schema}", "${archive}" CASCADE`);
  } finally {
    await client.end();
  }
}
