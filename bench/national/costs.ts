// What one request of a kind costs, measured around a run: CPU of the Node process serving it (gateway
// and services), CPU of PostgreSQL's processes (utime + stime from /proc, same machine), and the
// shared buffers it touched (pg_stat_database: found in memory, read from the operating system).
import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';

export interface Costs {
  nodeCpuMs: number;
  postgresCpuMs: number;
  blocksHit: number;
  blocksRead: number;
}

const ticksPerSecond = 100;

/** CPU seconds used so far by every process named postgres. */
function postgresCpuSeconds(): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') continue;
      // Fields after the command (which may hold spaces): state is the 3rd, utime the 14th.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended while being read.
    }
  }
  return ticks / ticksPerSecond;
}

async function blocks(client: pg.Client) {
  await client.query('SELECT pg_stat_clear_snapshot()');
  const { rows } = await client.query<{ hit: string; read: string }>(
    'SELECT blks_hit AS hit, blks_read AS read FROM pg_stat_database WHERE datname = current_database()',
  );
  return { hit: Number(rows[0]?.hit), read: Number(rows[0]?.read) };
}

/** Runs `work`, which serves `requests` requests, and returns its figures with the cost of one. */
export async function costOf<T extends { rps: number }>(
  client: pg.Client,
  nodeCpuSeconds: () => Promise<number>,
  seconds: number,
  work: () => Promise<T>,
): Promise<T & { costs: Costs }> {
  const before = {
    node: await nodeCpuSeconds(),
    postgres: postgresCpuSeconds(),
    blocks: await blocks(client),
  };
  const figures = await work();
  // Statistics reach pg_stat_database when a backend is idle for a second.
  await new Promise((resolve) => setTimeout(resolve, 1_100));
  const after = {
    node: await nodeCpuSeconds(),
    postgres: postgresCpuSeconds(),
    blocks: await blocks(client),
  };
  const requests = Math.max(1, figures.rps * seconds);
  return {
    ...figures,
    costs: {
      nodeCpuMs: ((after.node - before.node) * 1000) / requests,
      postgresCpuMs: ((after.postgres - before.postgres) * 1000) / requests,
      blocksHit: (after.blocks.hit - before.blocks.hit) / requests,
      blocksRead: (after.blocks.read - before.blocks.read) / requests,
    },
  };
}
