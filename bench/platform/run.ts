// bench/platform: how long `npm start` takes to be ready on an empty data directory and on a warm
// one, and how much memory the one-process platform holds after the seed story (adhesion, order,
// CIG). npm run bench:platform   (uses npm start's own ports; nothing else may listen on them)
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  acquireCig,
  approvedAdhesion,
  cloudContract,
  newOrder,
  orderingCast,
} from '../../scripts/ordering-story.js';
import type { DemoPlatform } from '../../scripts/demo-platform.js';
import { waitFor } from '@app/platform/testing';
import { defined } from '@app/platform/errors';

// Where npm start keeps its data, as a fresh folder: the embedded PostgreSQL's own user can reach
// it.
const dataDir = join(process.cwd(), '.data', `bench-${randomBytes(4).toString('hex')}`);

/** npm start's embedded defaults: no DATABASE_URL nor AMQP_URL from the caller's shell. */
function withoutExternalServices(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DATABASE_URL: _database, AMQP_URL: _broker, ...rest } = env;
  return rest;
}

/**
 * Starts `npm start`'s script as its own Node process; resolves when it prints that it is ready.
 */
function start(): Promise<{ child: ChildProcess; seconds: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: {
      ...withoutExternalServices(process.env),
      EMBEDDED_PG_DIR: join(dataDir, 'postgres'),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`not ready in 120 s:\n${output.slice(-2000)}`)),
      120_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Negozio Elettronico pronto')) {
        clearTimeout(timer);
        resolve({ child, seconds: (performance.now() - started) / 1000 });
      }
    };
    defined(child.stdout).on('data', read);
    defined(child.stderr).on('data', read);
    child.once('exit', (code) =>
      reject(new Error(`npm start exited (${code}):\n${output.slice(-2000)}`)),
    );
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGINT');
  });
}

/** Resident memory of a process, from the kernel's own account. */
const residentMb = (pid: number) =>
  Number(defined(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8')))[1]) / 1024;

process.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));
const cold = await start();
await stop(cold.child);
const warm = await start();
// The seed story of seed 001 through the gateway, as the demo people do it.
const demo = {
  gateway: 'http://localhost:8080',
  simulators: { urls: { spidIdp: 'http://127.0.0.1:8090' } },
} as unknown as DemoPlatform;
const cast = await orderingCast(demo);
const contractId = await cloudContract(cast.buyer);
const adhesionId = await approvedAdhesion(cast, contractId, 5_000_00);
// Ready means serving; ANAC's code lists arrive from the simulator a few seconds later, as in
// production.
const order = await waitFor(
  () =>
    newOrder(
      cast,
      contractId,
      adhesionId,
      [{ description: 'Canone', unitPriceCents: 500_00, quantity: 2 }],
      1_000_00,
    ).catch((error: Error) =>
      /CODE_LISTS_UNAVAILABLE/.test(error.message) ? undefined : Promise.reject(error),
    ),
  60_000,
  500,
);
await acquireCig(cast, order.id);
await new Promise((resolve) => setTimeout(resolve, 2_000));
const memory = residentMb(defined(warm.child.pid));
await stop(warm.child);
rmSync(dataDir, { recursive: true, force: true });

const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
const target = (label: string, figure: string, goal: string, met: boolean) =>
  console.log(
    `${label.padEnd(56)} ${figure.padStart(8)}   target ${goal.padEnd(9)} ${verdict(met)}`,
  );
console.log(
  '\nbench/platform — npm start on this machine (embedded PostgreSQL, in-process transport)',
);
target(
  'ready on an empty data directory',
  `${cold.seconds.toFixed(1)} s`,
  '≤ 10 s',
  cold.seconds <= 10,
);
target(
  'ready on a warm data directory',
  `${warm.seconds.toFixed(1)} s`,
  '≤ 5 s',
  warm.seconds <= 5,
);
target(
  'resident memory after the seed story (adhesion, order, CIG)',
  `${memory.toFixed(0)} MB`,
  '≤ 400 MB',
  memory <= 400,
);
process.exit(0);
