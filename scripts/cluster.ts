// `npm run start:cluster`: the platform as containers run it, on this machine's PostgreSQL and
// RabbitMQ: every service, the portal and the gateway as Node processes of their own, started from
// their own entry points (services/*/src/main.ts, web/src/main.ts, gateway/src/main.ts) with
// REPLICAS of each. Replicas of one component share its port and this process hands them
// connections in turn, as a Kubernetes Service does; a replica that dies is started again, as a
// ReplicaSet does. This process also runs the migrations once (the release job), the external
// systems' simulators and the demo world.
import cluster, { type Worker } from 'node:cluster';
import { join } from 'node:path';
import { createLogger } from '@app/platform/logger';
import { runMigrations } from '@app/platform/db';
import { serviceDataSource, serviceSchema } from '@app/platform/service';
import { envFlag } from '@app/platform/config';
import type { ServiceName } from '@app/events';
import { serviceUrlVariable } from '@app/gateway';
import { loadDemoWorld } from './demo-world.js';
import { developmentEnv } from './development-env.js';
import { platformServices } from './platform-services.js';
import { startSimulators, type RunningSimulators } from './simulators.js';
import { defined } from '@app/platform/errors';

const logger = createLogger('cluster', process.env.LOG_LEVEL ?? 'info');
const replicas = Number(process.env.REPLICAS ?? 2);
const gatewayPort = Number(process.env.PORT ?? 8080);

/** Each component's port past the gateway's, as in the one-process platform (8081 … 8088). */
const offsets: Record<string, number> = {
  identity: 1,
  catalog: 2,
  adhesion: 3,
  ordering: 4,
  'anac-gateway': 5,
  notify: 6,
  'pec-admin': 7,
  web: 8,
};
/** Each component and its entry point; the services in their start order. */
const components = [
  ...platformServices.map(({ definition }) => ({
    name: definition.name,
    main: `services/${definition.name}/src/main.ts`,
    port: gatewayPort + defined(offsets[definition.name]),
  })),
  { name: 'web', main: 'web/src/main.ts', port: gatewayPort + defined(offsets.web) },
  { name: 'gateway', main: 'gateway/src/main.ts', port: gatewayPort },
];
const urlOf = (name: string) =>
  `http://127.0.0.1:${defined(components.find((component) => component.name === name)).port}`;

/** What every replica is told: where the others are, the database, the broker, the simulators. */
async function clusterEnv(simulators: RunningSimulators): Promise<NodeJS.ProcessEnv> {
  const publicUrl = process.env.PUBLIC_URL ?? `http://localhost:${gatewayPort}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...simulators.anacEnv,
    ...simulators.nsoEnv,
    ...simulators.mailEnv,
    ...simulators.federationEnv,
    DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    AMQP_URL: process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672',
    MIGRATIONS_ON_START: 'false',
    DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? '3',
    PUBLIC_URL: publicUrl,
    CORS_ORIGINS: process.env.CORS_ORIGINS ?? publicUrl,
    PLATFORM_API_URL: `http://127.0.0.1:${gatewayPort}`,
    JWKS_URL: `${urlOf('identity')}/.well-known/jwks.json`,
    REVOKED_SESSIONS_URL: `${urlOf('identity')}/.well-known/revoked-sessions`,
    SPID_IDPS: `demo=${simulators.urls.spidIdp}/metadata`,
  };
  for (const { definition } of platformServices)
    env[serviceUrlVariable(definition.name as ServiceName)] = urlOf(definition.name);
  env.WEB_URL = urlOf('web');
  return developmentEnv(env, demoWorld);
}

const demoWorld = envFlag.default(true).parse(process.env.DEMO_WORLD);

/**
 * The release job's work: every service's migrations once, then the demo world, before any replica
 * starts.
 */
async function prepareDatabase(env: NodeJS.ProcessEnv): Promise<void> {
  const suffix = env.DATABASE_SCHEMA_SUFFIX;
  const sources = new Map(
    platformServices.map(({ definition }) => [
      definition.name,
      serviceDataSource(
        { ...definition, schema: serviceSchema(definition, suffix) },
        defined(env.DATABASE_URL),
        2,
      ),
    ]),
  );
  try {
    for (const source of sources.values()) {
      await source.initialize();
      await runMigrations(source);
    }
    if (demoWorld)
      logger.info(
        await loadDemoWorld((name) => defined(sources.get(name))),
        'demo world ready (demo/identities.json)',
      );
  } finally {
    for (const source of sources.values()) if (source.isInitialized) await source.destroy();
  }
}

const replicasOf = new Map<Worker, { name: string; replica: number }>();
let stopping = false;

/**
 * Starts replica `replica` of a component; it is started again if it dies while the cluster runs.
 */
function startReplica(
  component: (typeof components)[number],
  replica: number,
  env: NodeJS.ProcessEnv,
): void {
  cluster.setupPrimary({
    exec: join(process.cwd(), component.main),
    execArgv: ['--import', 'tsx'],
  });
  const worker = cluster.fork({ ...env, PORT: String(component.port) });
  replicasOf.set(worker, { name: component.name, replica });
  // One line per replica for operators (and the chaos test): which process is which.
  console.log(`replica ${component.name}#${replica} pid ${worker.process.pid}`);
  worker.once('exit', (code, signal) => {
    replicasOf.delete(worker);
    if (stopping) return;
    logger.warn(
      { component: component.name, replica, code, signal },
      'replica exited: starting it again',
    );
    setTimeout(() => startReplica(component, replica, env), 500);
  });
}

/** The gateway first (readiness fails, no new requests), then the portal, then the services. */
async function stopCluster(simulators: RunningSimulators | undefined): Promise<void> {
  stopping = true;
  for (const names of [['gateway'], ['web'], components.map((component) => component.name)]) {
    const workers = [...replicasOf]
      .filter(([, which]) => names.includes(which.name))
      .map(([worker]) => worker);
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            worker.once('exit', () => resolve());
            worker.process.kill('SIGTERM');
          }),
      ),
    );
  }
  await simulators?.stop();
}

async function readyAt(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ready = await fetch(`${url}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} non è pronto dopo ${timeoutMs / 1000} s`);
}

let simulators: RunningSimulators | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'stopping the cluster');
    stopCluster(simulators).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
try {
  simulators = await startSimulators(
    { ...process.env, PUBLIC_URL: process.env.PUBLIC_URL ?? `http://localhost:${gatewayPort}` },
    logger,
  );
  console.log(`simulators ${JSON.stringify(simulators.urls)}`);
  const env = await clusterEnv(simulators);
  await prepareDatabase(env);
  for (const component of components)
    for (let replica = 1; replica <= replicas; replica++) startReplica(component, replica, env);
  await readyAt(
    `http://127.0.0.1:${gatewayPort}`,
    Number(process.env.CLUSTER_READY_TIMEOUT_MS ?? 180_000),
  );
  console.log(
    `\nNegozio Elettronico pronto (cluster, ${replicas} repliche per ` +
      `componente): http://localhost:${gatewayPort}  (stato: /readyz; Ctrl-C ` +
      `per fermare)\n`,
  );
} catch (error) {
  logger.fatal({ err: error }, 'the cluster failed to start');
  await stopCluster(simulators);
  process.exit(1);
}
