import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { tokenVerifierFor, type Caller } from '../auth/index.js';
import type { ServiceEnv } from '../config/index.js';
import {
  createDataSource,
  enforceRowSecurity,
  prepareRequestRole,
  runMigrations,
  PlatformTables1763800000000,
  AuditLogByMonth1767600000001,
} from '../db/index.js';
import { createHttpApp } from '../http/app.js';
import { createLogger } from '../logger/index.js';
import { AmqpTransport } from '../messaging/amqp-transport.js';
import type { ConsumerDefinition, EventTransport } from '../messaging/types.js';
import { OutboxRelay, outboxBacklog, outboxOldestAgeSeconds } from '../outbox/index.js';
import { initialiseMessagingCounters, metricsHandler, observeGauge } from '../telemetry/metrics.js';
import type { ScheduledJob, ServiceDefinition, ServiceDeps } from './definition.js';
import { closeServer, lifecycle, pause, requestsGraceMs } from './shutdown.js';
import { partitionJob } from './partition-upkeep.js';

export interface StartOptions {
  config: ServiceEnv & { PORT: number };
  /**
   * A transport shared by every service of the process (single-process mode); else one of its own.
   */
  transport?: EventTransport;
  logger?: Logger;
  verifyToken?: (token: string) => Promise<Caller>;
}

export interface RunningService {
  name: string;
  app: Express;
  url: string;
  deps: ServiceDeps;
  consumer: ConsumerDefinition;
  relay: OutboxRelay;
  transport: EventTransport;
  stop(): Promise<void>;
}

/** The database: connected, migrated where this process migrates, requests bound to their role. */
async function openDatabase(
  definition: ServiceDefinition,
  config: StartOptions['config'],
  logger: Logger,
) {
  const dataSource = serviceDataSource(
    definition,
    config.DATABASE_URL,
    config.DATABASE_POOL_SIZE,
    config.DATABASE_POOL_IDLE_SECONDS,
  );
  await dataSource.initialize();
  if (config.MIGRATIONS_ON_START) {
    const applied = await runMigrations(dataSource);
    if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
  }
  enforceRowSecurity(dataSource, await prepareRequestRole(dataSource, definition.name), {
    bySubject: definition.rowSecurityBySubject,
  });
  return dataSource;
}

/** The HTTP side: the service's routes, its readiness (stopping, database, broker), its metrics. */
function serviceApp(
  definition: ServiceDefinition,
  options: StartOptions,
  running: { deps: ServiceDeps; transport: EventTransport; stopping: () => Promise<void> },
) {
  const { config, dataSource, logger } = running.deps;
  return createHttpApp({
    service: definition.name,
    version: definition.version,
    logger,
    routes: definition.routes(running.deps),
    bodyLimit: config.BODY_LIMIT,
    trustedProxies: config.TRUSTED_PROXIES,
    verifyToken: options.verifyToken ?? tokenVerifierFor(config),
    readiness: {
      shutdown: running.stopping,
      database: async () => void (await dataSource.query('SELECT 1')),
      broker: () => running.transport.check(),
      ...definition.readiness?.(running.deps),
    },
    metrics: metricsHandler,
  });
}

/** The service's own jobs and the platform's upkeep of its tables partitioned by month. */
const jobsOf = (definition: ServiceDefinition, deps: ServiceDeps) => [
  ...(definition.jobs?.(deps) ?? []),
  partitionJob(definition, deps),
];

/** Starts a service: migrations under lock, transport, outbox relay, consumers, then HTTP. */
export async function startService(
  definition: ServiceDefinition,
  options: StartOptions,
): Promise<RunningService> {
  const { config } = options;
  const logger = options.logger ?? createLogger(definition.name, config.LOG_LEVEL);
  const dataSource = await openDatabase(definition, config, logger);
  const deps: ServiceDeps = { dataSource, logger, config };
  const transport = options.transport ?? (await connectTransport(config, logger));
  const service = definition.name;
  const relay = new OutboxRelay({
    dataSource,
    transport,
    logger,
    databaseUrl: config.DATABASE_URL,
    service,
  });
  // Every service owns a queue (and its dead-letter queue) even before it subscribes to anything.
  const consumer: ConsumerDefinition = {
    name: service,
    dataSource,
    logger,
    handlers: definition.handlers?.(deps) ?? {},
    retryDelaysMs: config.MESSAGE_RETRY_DELAYS_MS,
  };
  await transport.subscribe(consumer);
  await relay.start();
  registerGauges(service, deps, transport, consumer);
  for (const gauge of definition.gauges?.(deps) ?? [])
    observeGauge(gauge.name, gauge.description, { service }, gauge.read);
  const state = lifecycle();
  const app = serviceApp(definition, options, { deps, transport, stopping: state.check });
  const stopJobs = startJobs(jobsOf(definition, deps), logger);
  const server = await listen(app, config.HOST, config.PORT);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  logger.info({ url, transport: transport.kind }, 'service started');
  return {
    name: service,
    app,
    url,
    deps,
    consumer,
    relay,
    transport,
    // Readiness fails first; after the delay no new connection is taken, the requests, messages and
    // job runs in flight finish, then the relay publishes what it holds and the pools close.
    async stop() {
      state.stopping();
      await pause(config.SHUTDOWN_DELAY_MS);
      await Promise.all([
        closeServer(server, requestsGraceMs(config.SHUTDOWN_GRACE_MS, config.SHUTDOWN_DELAY_MS)),
        stopJobs(),
      ]);
      await relay.stop();
      if (!options.transport) await transport.close();
      await dataSource.destroy();
      logger.info('service stopped');
    },
  };
}

/** The service's DataSource: its schema, the platform tables first, then its own migrations. */
export function serviceDataSource(
  definition: ServiceDefinition,
  url: string,
  poolSize = 10,
  poolIdleSeconds?: number,
): DataSource {
  return createDataSource({
    url,
    schema: definition.schema,
    poolSize,
    poolIdleSeconds,
    applicationName: definition.name,
    migrations: [
      PlatformTables1763800000000,
      ...definition.migrations,
      AuditLogByMonth1767600000001,
    ],
  });
}

async function connectTransport(config: ServiceEnv, logger: Logger): Promise<EventTransport> {
  if (!config.AMQP_URL) throw new Error('AMQP_URL è obbligatorio quando il servizio gira da solo');
  const transport = new AmqpTransport({
    url: config.AMQP_URL,
    exchange: config.AMQP_EXCHANGE,
    queueType: config.AMQP_QUEUE_TYPE,
    prefetch: config.AMQP_PREFETCH,
    logger,
  });
  await transport.start();
  return transport;
}

function registerGauges(
  service: string,
  deps: ServiceDeps,
  transport: EventTransport,
  consumer: ConsumerDefinition,
): void {
  initialiseMessagingCounters(service);
  observeGauge('outbox_backlog', 'Events in the outbox not yet published', { service }, () =>
    outboxBacklog(deps.dataSource),
  );
  observeGauge(
    'outbox_oldest_age_seconds',
    'How long the oldest unpublished event has waited',
    { service },
    () => outboxOldestAgeSeconds(deps.dataSource),
  );
  observeGauge('dead_letter_depth', 'Messages waiting in the dead-letter queue', { service }, () =>
    transport.deadLetterDepth(consumer),
  );
}

/**
 * Runs each job every `everyMs`, never two runs of one job at once in this process; waits for runs
 * on stop.
 */
function startJobs(jobs: ScheduledJob[], logger: Logger): () => Promise<void> {
  const running = new Set<Promise<unknown>>();
  const timers = jobs.flatMap((job) => {
    let busy = false;
    const tick = () => {
      if (busy) return;
      busy = true;
      const run = job
        .run()
        .catch((error: unknown) =>
          logger.error({ err: error, job: job.name }, 'scheduled job failed'),
        )
        .finally(() => {
          busy = false;
          running.delete(run);
        });
      running.add(run);
    };
    const timer = setInterval(tick, job.everyMs);
    timer.unref();
    const first =
      job.firstRunAfterMs === undefined ? undefined : setTimeout(tick, job.firstRunAfterMs);
    first?.unref();
    return first ? [timer, first] : [timer];
  });
  return async () => {
    for (const timer of timers) clearTimeout(timer);
    await Promise.all(running);
    const stopping = jobs.flatMap((job) => {
      const stopped = job.stop?.();
      if (!stopped) return [];
      const warn = (error: unknown) =>
        logger.warn({ err: error, job: job.name }, 'job did not stop cleanly');
      return [stopped.catch(warn)];
    });
    await Promise.all(stopping);
  };
}

/** How long a service keeps an idle connection open; the gateway's agent lets its own go sooner. */
export const serviceKeepAliveMs = 65_000;

function listen(app: Express, host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    // Express 5 hands a failed listen (a port in use) to the callback.
    const server = app.listen(port, host, (error?: Error) =>
      error ? reject(error) : resolve(server),
    );
    // Longer than the gateway keeps an idle connection (upstreamIdleMs): the gateway, not the
    // service, closes a kept-alive connection, so it never sends a request on one the service is
    // closing.
    server.keepAliveTimeout = serviceKeepAliveMs;
    server.headersTimeout = serviceKeepAliveMs + 1_000;
  });
}
