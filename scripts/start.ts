// `npm start`: the whole platform in one process on one machine: an embedded PostgreSQL (unless
// DATABASE_URL is set), every service, the gateway on :8080, and the in-process event transport
// (RabbitMQ when AMQP_URL is set).
import { join } from 'node:path';
import { createLogger } from '@app/platform/logger';
import { startTracing, stopTracing } from '@app/platform/telemetry';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import { envFlag } from '@app/platform/config';
import { dataSourcesOf, loadDemoWorld } from './demo-world.js';
import { developmentEnv } from './development-env.js';
import { startPlatform, type RunningPlatform } from './platform.js';
import { startSimulators, type RunningSimulators } from './simulators.js';

const logger = createLogger('negozio', process.env.LOG_LEVEL ?? 'info');
startTracing('negozio-elettronico');

let database: EmbeddedDatabase | undefined;
let platform: RunningPlatform | undefined;
let simulators: RunningSimulators | undefined;
let stopping = false;

async function stopAll(): Promise<void> {
  await platform?.stop();
  await simulators?.stop();
  await database?.stop();
  await stopTracing();
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping the platform');
    stopAll().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

try {
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const dataDir = process.env.EMBEDDED_PG_DIR ?? join(process.cwd(), '.data', 'postgres');
    logger.info({ dataDir }, 'starting embedded PostgreSQL');
    database = await startEmbeddedPostgres(dataDir, Number(process.env.EMBEDDED_PG_PORT ?? 54329));
    databaseUrl = database.url;
  }
  const demoWorld = envFlag.default(true).parse(process.env.DEMO_WORLD);
  const env = await developmentEnv({ ...process.env, DATABASE_URL: databaseUrl }, demoWorld);
  simulators = await startSimulators(env, logger);
  platform = await startPlatform({
    ...simulators.anacEnv,
    ...simulators.nsoEnv,
    ...simulators.mailEnv,
    ...simulators.federationEnv,
    ...env,
  });
  if (demoWorld) {
    logger.info(
      await loadDemoWorld(dataSourcesOf(platform)),
      'demo world ready (demo/identities.json)',
    );
  }
  const url = platform.gateway.url;
  console.log(
    `\nNegozio Elettronico pronto: ${url}  (accesso: ` +
      `${url}/api/v1/auth/login, stato: ${url}/readyz, API: ${url}/docs, posta: ` +
      `${simulators.urls.mailbox}; Ctrl-C per fermare)\n`,
  );
} catch (error) {
  logger.fatal({ err: error }, 'the platform failed to start');
  await stopAll();
  process.exit(1);
}
