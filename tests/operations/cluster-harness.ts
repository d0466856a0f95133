// `npm run start:cluster` as its own process group for a test: a schema suffix and a RabbitMQ virtual
// host of the run's own, simulators on free ports, the gateway on a free block of nine ports; which
// process is which replica read from the cluster's own lines.
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import {
  dropRunSchemas,
  ownVirtualHost,
  portFree,
  testDatabaseUrl,
  uniqueName,
  waitFor,
  type VirtualHost,
} from '@app/platform/testing';
import { defined } from '@app/platform/errors';

const run = promisify(execFile);

export interface RunningCluster {
  gateway: string;
  spidIdp: string;
  /** The demo authority's OCSP, CRL and time-stamping services, as signers' certificates name them. */
  qualifiedCa: string;
  suffix: string;
  vhost: VirtualHost;
  /** The current process of `component#replica` (a new one after a restart). */
  pidOf(replica: string): number;
  /** Resolves with the new pid once the cluster has started `replica` again after `oldPid` died. */
  restarted(replica: string, oldPid: number): Promise<number>;
  output(): string;
  stop(): Promise<number | null>;
}

/** Nine consecutive free ports: the gateway's and its eight components'. */
async function freePortBlock(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 20_000);
    const free = await Promise.all(Array.from({ length: 9 }, (_, i) => portFree(base + i)));
    if (free.every(Boolean)) return base;
  }
  throw new Error('no block of nine free ports');
}

const zeroPorts = Object.fromEntries(
  [
    'SPID_IDP_PORT',
    'OIDC_FEDERATION_PORT',
    'ANAC_PCP_PORT',
    'MAIL_SMTP_PORT',
    'MAIL_HTTP_PORT',
    'PEC_SMTP_PORT',
    'PEC_IMAP_PORT',
    'PEC_HTTP_PORT',
    'PEC_PARTNER_PORT',
    'QUALIFIED_CA_PORT',
  ].map((name) => [name, '0']),
);

export async function startCluster(amqpUrl: string): Promise<RunningCluster> {
  const port = await freePortBlock();
  const suffix = uniqueName('cl').replace(/^cl_?/, '');
  const vhost = await ownVirtualHost(amqpUrl, 'cluster');
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/cluster.ts'], {
    // The PCP simulator answers at once: a short lease lets a replica take over a dead one's CIG request soon.
    env: {
      ...process.env,
      ...zeroPorts,
      PCP_LEASE_MS: '20000',
      PCP_TIMEOUT_MS: '3000',
      PCP_MAX_ATTEMPTS: '3',
      PORT: String(port),
      DATABASE_URL: testDatabaseUrl(),
      AMQP_URL: vhost.url,
      DATABASE_SCHEMA_SUFFIX: suffix,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const pids = new Map<string, number>();
  const read = (chunk: Buffer) => {
    output += chunk.toString();
    for (const [, replica, pid] of chunk.toString().matchAll(/^replica (\S+) pid (\d+)$/gm))
      pids.set(defined(replica), Number(pid));
  };
  defined(child.stdout).on('data', read);
  defined(child.stderr).on('data', read);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const ready = await waitFor(
    () =>
      output.includes('the cluster failed to start')
        ? 'failed'
        : output.includes('pronto (cluster')
          ? 'ready'
          : undefined,
    240_000,
    200,
  );
  if (ready !== 'ready') throw new Error(`the cluster did not start:\n${output.slice(-3000)}`);
  const simulators = JSON.parse(defined(defined(/^simulators (.+)$/m.exec(output))[1])) as {
    spidIdp: string;
    qualifiedCa: string;
  };
  return {
    gateway: `http://localhost:${port}`,
    spidIdp: simulators.spidIdp,
    qualifiedCa: simulators.qualifiedCa,
    suffix,
    vhost,
    pidOf: (replica) => defined(pids.get(replica)),
    restarted: async (replica, oldPid) =>
      defined(
        await waitFor(
          () => (pids.get(replica) !== oldPid ? pids.get(replica) : undefined),
          60_000,
          100,
        ),
      ),
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      const code = await Promise.race([
        exited,
        new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), 60_000)),
      ]);
      // Whatever is left of the group goes with it: no replica outlives the test.
      try {
        process.kill(-defined(child.pid), 'SIGKILL');
      } catch {
        /* the group is gone */
      }
      await dropRunSchemas(suffix);
      await vhost.remove();
      return code === 'late' ? null : code;
    },
  };
}

/** The local ports of a process's TCP connections to `remotePort` (its broker or database connections). */
export async function localPortsOf(pid: number, remotePort: number): Promise<number[]> {
  const { stdout } = await run('ss', ['-tnpH', `dport = :${remotePort}`]);
  return stdout
    .split('\n')
    .filter((line) => line.includes(`pid=${pid},`))
    .map((line) => Number(/127\.0\.0\.1:(\d+)\s+127\.0\.0\.1:\d+/.exec(line)?.[1]))
    .filter(Boolean);
}

/** Closes a replica's own connections to RabbitMQ, as a network cut or a broker node restart would. */
export async function cutFromBroker(vhost: string, pid: number): Promise<number> {
  const ports = await localPortsOf(pid, 5672);
  const { stdout } = await run('rabbitmqctl', [
    'list_connections',
    '-q',
    '-p',
    vhost,
    'pid',
    'peer_port',
  ]);
  const connections = stdout
    .split('\n')
    .map((line) => line.split('\t'))
    .filter(([, peer]) => ports.includes(Number(peer)))
    .map(([connection]) => defined(connection));
  for (const connection of connections)
    await run('rabbitmqctl', ['close_connection', connection, 'chaos test: connection cut']);
  return connections.length;
}

/** Ends a replica's own PostgreSQL sessions, as a database restart or failover would. */
export async function cutFromDatabase(pid: number): Promise<number> {
  const ports = await localPortsOf(pid, 5432);
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query(
      'SELECT count(*) FILTER (WHERE pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE client_port = ANY($1::int[])',
      [ports],
    );
    return rows[0].n;
  } finally {
    await client.end();
  }
}
