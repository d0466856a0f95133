import pg from 'pg';

/** An appalto as the store keeps it: whole, by its id. */
interface Kept {
  idAppalto: string;
}

/** What the PCP held when it stopped: its appalti and, per series, the next CIG's counter. */
export interface SavedPcp<Appalto extends Kept = Kept> {
  appalti: Appalto[];
  counters: Record<string, number>;
}

/**
 * The PCP's memory in a schema of its own, as ANAC keeps its own: a restart finds every appalto
 * and goes on numbering CIGs where it stopped (two orders never get the same CIG on a reused
 * database). Each appalto is kept whole, as the simulator holds it.
 */
export async function openPcpStore<Appalto extends Kept>(databaseUrl: string, schema: string) {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Schema non valido: ${schema}`);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await pool.query(`CREATE TABLE IF NOT EXISTS ${schema}.appalti (
    id_appalto uuid PRIMARY KEY, document jsonb NOT NULL, saved_at timestamptz NOT NULL DEFAULT now())`);
  await pool.query(`CREATE TABLE IF NOT EXISTS ${schema}.cig_counters (
    series text PRIMARY KEY, next_counter integer NOT NULL)`);
  return {
    async load(): Promise<SavedPcp<Appalto>> {
      const appalti = await pool.query<{ document: Appalto }>(
        `SELECT document FROM ${schema}.appalti ORDER BY saved_at`,
      );
      const counters = await pool.query<{ series: string; next_counter: number }>(
        `SELECT series, next_counter FROM ${schema}.cig_counters`,
      );
      return {
        appalti: appalti.rows.map((row) => row.document),
        counters: Object.fromEntries(counters.rows.map((row) => [row.series, row.next_counter])),
      };
    },
    /** The appalti that changed and the counters, in one transaction. */
    async save(appalti: Appalto[], counters: Record<string, number>): Promise<void> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        for (const appalto of appalti)
          await client.query(
            `INSERT INTO ${schema}.appalti (id_appalto, document) VALUES ($1, $2)
             ON CONFLICT (id_appalto) DO UPDATE SET document = EXCLUDED.document, saved_at = now()`,
            [appalto.idAppalto, JSON.stringify(appalto)],
          );
        for (const [series, next] of Object.entries(counters))
          await client.query(
            `INSERT INTO ${schema}.cig_counters (series, next_counter) VALUES ($1, $2)
             ON CONFLICT (series) DO UPDATE SET next_counter = GREATEST(
               ${schema}.cig_counters.next_counter, EXCLUDED.next_counter)`,
            [series, next],
          );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

export type PcpStore<Appalto extends Kept> = Awaited<ReturnType<typeof openPcpStore<Appalto>>>;
