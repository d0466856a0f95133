// The fair baseline of bench/catalog-search: a minimal hand-written Node server (node:http and pg, no
// framework, no token, no validation beyond the query's own parsing) that runs, for the same query
// strings, the very statements the catalog runs for a search with its cache off — the same
// transaction, settings, count, page and rows, the same fallback to trigrams — and answers JSON.
import { createServer, type Server } from 'node:http';
import pg from 'pg';
import {
  scanSettings,
  searchQuery,
  searchStatements,
  similarityThreshold,
  summarySelect,
} from '@app/catalog';

type Query = ReturnType<typeof searchQuery.parse>;

async function search(
  pool: pg.Pool,
  query: Query,
  tenant: string,
  fuzzy: boolean,
): Promise<unknown> {
  const statements = searchStatements(query, tenant, fuzzy);
  const client = await pool.connect();
  try {
    const threshold = fuzzy
      ? `; SET LOCAL pg_trgm.word_similarity_threshold = ${similarityThreshold(query.q ?? '')}`
      : '';
    await client.query(`BEGIN; ${scanSettings(statements.scans.count)}${threshold}`);
    const n = (await client.query(statements.count.sql, statements.count.params)).rows[0].n;
    let rows: unknown[] = [];
    if (n > 0) {
      if (statements.scans.page(n) !== statements.scans.count)
        await client.query(scanSettings(statements.scans.page(n)));
      const page = statements.page(n);
      rows = (
        await client.query(
          `${summarySelect} JOIN (SELECT id, row_number() OVER () AS ord FROM ` +
            `(${page.sql}) ids) p ON p.id = c.id`,
          page.params,
        )
      ).rows;
    }
    await client.query('COMMIT');
    if (n === 0 && query.q && !fuzzy) return search(pool, query, tenant, true);
    return { items: rows, total: n };
  } finally {
    client.release();
  }
}

/**
 * Listens on loopback; answers GET /api/v1/contracts?… as the catalog answers the bench's person of
 * `tenant` (a banditore also sees its drafts), minus the platform.
 */
export function sameSqlServer(databaseUrl: string, schema: string, tenant: string): Server {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    options: `-c search_path=${schema},public`,
  });
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://baseline');
    const query = searchQuery.safeParse(Object.fromEntries(url.searchParams));
    if (!query.success) {
      res.writeHead(400).end();
      return;
    }
    search(pool, query.data, tenant, false).then(
      (body) => {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      },
      () => res.writeHead(500).end(),
    );
  });
}
