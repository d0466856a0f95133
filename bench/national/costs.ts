// What one request of a kind costs, measured around a run: CPU of the Node process serving it (gateway
// and services), CPU of the rest of the machine's busy time, which is PostgreSQL's (the load's own
// process subtracted; nothing else runs), and the shared buffers it touched (pg_stat_database: found
// in memory, read from the operating system).
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pg from 'pg';

export interface Costs {
  nodeCpuMs: number;
  postgresCpuMs: number;
  blocksHit: number;
  blocksRead: number;
  /** The longest the serving process's event loop was held, and its longest garbage collection. */
  loopMaxMs: number;
  gcMaxMs: number;
  /** The longest the load's own event loop was held: a late request it sent counts as slow. */
  loadLoopMaxMs: number;
  /** Connections opened to PostgreSQL during the run (each a backend with cold caches). */
  connections: number;
}

/** What the serving process tells of itself: its CPU time and its longest pauses since it last did. */
export interface ServingProcess {
  seconds: number;
  loopMaxMs: number;
  gcMaxMs: number;
}

const ticksPerSecond = 100;

/**
 * CPU seconds the whole machine has been busy (/proc/stat: every state but idle and iowait). A sum
 * over PostgreSQL's processes would lose the ones that end during the run (parallel workers, closed
 * connections); the machine's total does not, and the bench's own Node processes are subtracted.
 */
function machineBusySeconds(): number {
  const [, ...fields] =
    readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/) ?? [];
  const ticks = fields.map(Number);
  const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
  // user nice system idle iowait irq softirq steal (guest time is already within user).
  const total = ticks.slice(0, 8).reduce((sum, value) => sum + value, 0);
  return (total - idle) / ticksPerSecond;
}

const ownCpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

async function blocks(client: pg.Client) {
  await client.query('SELECT pg_stat_clear_snapshot()');
  const { rows } = await client.query<{ hit: string; read: string; sessions: string }>(
    `SELECT blks_hit AS hit, blks_read AS read, sessions FROM pg_stat_database
     WHERE datname = current_database()`,
  );
  return {
    hit: Number(rows[0]?.hit),
    read: Number(rows[0]?.read),
    sessions: Number(rows[0]?.sessions),
  };
}

/** Runs `work`, which serves `requests` requests, and returns its figures with the cost of one. */
export async function costOf<T extends { rps: number }>(
  client: pg.Client,
  servingProcess: () => Promise<ServingProcess>,
  seconds: number,
  work: () => Promise<T>,
): Promise<T & { costs: Costs }> {
  const reading = async () => ({
    node: await servingProcess(),
    own: ownCpuSeconds(),
    machine: machineBusySeconds(),
    blocks: await blocks(client),
  });
  const before = await reading();
  const loadLoop = monitorEventLoopDelay({ resolution: 10 });
  loadLoop.enable();
  const figures = await work();
  loadLoop.disable();
  // Statistics reach pg_stat_database when a backend is idle for a second.
  await new Promise((resolve) => setTimeout(resolve, 1_100));
  const after = await reading();
  const node = after.node.seconds - before.node.seconds;
  // What is left of the machine's busy time once the platform's Node and the load's own are out.
  const postgres = after.machine - before.machine - node - (after.own - before.own);
  const requests = Math.max(1, figures.rps * seconds);
  return {
    ...figures,
    costs: {
      nodeCpuMs: (node * 1000) / requests,
      postgresCpuMs: (Math.max(0, postgres) * 1000) / requests,
      blocksHit: (after.blocks.hit - before.blocks.hit) / requests,
      blocksRead: (after.blocks.read - before.blocks.read) / requests,
      loopMaxMs: after.node.loopMaxMs,
      gcMaxMs: after.node.gcMaxMs,
      loadLoopMaxMs: loadLoop.max / 1e6,
      // The statistics' own connection is not counted: it stays open.
      connections: after.blocks.sessions - before.blocks.sessions,
    },
  };
}
