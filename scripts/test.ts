import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { resolveTestServices } from './test-environment.js';

const roots = [
  'packages',
  'services',
  'gateway',
  'web',
  'simulators',
  'tests',
  'scripts',
  'bench',
  'deploy',
];
const skipped = new Set(['node_modules', '.data', 'dist']);

function findTests(dir: string): string[] {
  let found: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (skipped.has(entry)) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) found = found.concat(findTests(path));
    else if (entry.endsWith('.test.ts')) found.push(path);
  }
  return found;
}

const log = (line: string) => console.log(`[test] ${line}`);
const filter = process.argv.slice(2);
const files = roots
  .filter((root) => {
    try {
      return statSync(root).isDirectory();
    } catch {
      return false;
    }
  })
  .flatMap(findTests)
  .filter((file) => filter.length === 0 || filter.some((f) => file.includes(f)))
  .sort();

const services = await resolveTestServices(log);
if (!services.amqpUrl) {
  if (process.env.CI === 'true') {
    console.error(
      '[test] No RabbitMQ reachable (AMQP_URL unset, no Docker, nothing on ' +
        '127.0.0.1:5672): in CI this is a failure, never a skip.',
    );
    process.exit(1);
  }
  log('No RabbitMQ reachable: tests that need the broker will be skipped (never in CI).');
}
log(
  `${files.length} test files; database ` +
    `${services.databaseUrl.replace(/:[^:@/]*@/, ':***@')}; broker ${services.amqpUrl ?? 'none'}`,
);

const child = spawn(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', ...files],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      DATABASE_URL: services.databaseUrl,
      ...(services.amqpUrl ? { AMQP_URL: services.amqpUrl } : {}),
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
      NODE_ENV: 'test',
    },
  },
);
const code = await new Promise<number>((resolve) =>
  child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))),
);
await services.stop();
process.exit(code);
