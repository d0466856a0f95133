// `npm start`: the whole platform in one process on one machine: an embedded PostgreSQL (unless
// DATABASE_URL is set), every service, the gateway on :8080, and the in-process event transport
// (RabbitMQ when AMQP_URL is set).
import { join } from 'node:path';
import { createLogger } from '@app/platform/logger';
import { InProcessTransport } from '@app/platform/messaging';
import { startService, type RunningService } from '@app/platform/service';
import { startTracing, stopTracing } from '@app/platform/telemetry';
import { createTokenVerifier } from '@app/platform/auth';
import { loadGatewayConfig, startGateway } from '@app/gateway';
import { platformServices } from './platform-services.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';

const logger = createLogger('negozio', process.env.LOG_LEVEL ?? 'info');
startTracing('negozio-elettronico');

let database: EmbeddedDatabase | undefined;
let databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  const dataDir = process.env.EMBEDDED_PG_DIR ?? join(process.cwd(), '.data', 'postgres');
  logger.info({ dataDir }, 'starting embedded PostgreSQL');
  database = await startEmbeddedPostgres(dataDir, Number(process.env.EMBEDDED_PG_PORT ?? 54329));
  databaseUrl = database.url;
}

// Each service reads its own defaults (its port); a PORT meant for the gateway must not leak into them.
const { PORT: _gatewayPort, ...environment } = process.env;
const serviceEnv: NodeJS.ProcessEnv = { ...environment, DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: environment.DATABASE_POOL_SIZE ?? '4' };
const shared = serviceEnv.AMQP_URL ? undefined : new InProcessTransport();
const running: RunningService[] = [];
let gateway: Awaited<ReturnType<typeof startGateway>> | undefined;

async function stopAll(): Promise<void> {
  await gateway?.stop();
  for (const service of running.reverse()) await service.stop().catch((error) => logger.warn({ err: error }, 'stop failed'));
  await shared?.close();
  await database?.stop();
  await stopTracing();
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping the platform');
    stopAll().then(() => process.exit(0), () => process.exit(1));
  });
}

try {
  for (const { definition, loadConfig } of platformServices) {
    running.push(await startService(definition, { config: loadConfig(serviceEnv), transport: shared, logger: createLogger(definition.name, process.env.LOG_LEVEL ?? 'info') }));
  }
  const gatewayConfig = loadGatewayConfig();
  gateway = await startGateway(gatewayConfig, createLogger('gateway', process.env.LOG_LEVEL ?? 'info'),
    createTokenVerifier({ jwksUrl: gatewayConfig.JWKS_URL, issuer: gatewayConfig.JWT_ISSUER, audience: gatewayConfig.JWT_AUDIENCE }));
  console.log(`\nNegozio Elettronico pronto: ${gateway.url}  (stato: ${gateway.url}/readyz, API: ${gateway.url}/docs; Ctrl-C per fermare)\n`);
} catch (error) {
  logger.fatal({ err: error }, 'the platform failed to start');
  await stopAll();
  process.exit(1);
}
