import type { MigrationClass } from '../db/data-source.js';
import type { KeptTable } from '../db/partitions.js';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { ServiceEnv } from '../config/index.js';
import type { RouteSpec } from '../http/route.js';
import type { ReadinessCheck } from '../http/health.js';
import type { EventHandler } from '../messaging/types.js';

/** What a service's handlers and routes get to work with. */
export interface ServiceDeps {
  dataSource: DataSource;
  logger: Logger;
  config: ServiceEnv;
}

/**
 * A service described as data: the runtime wires database, outbox, consumers and HTTP around it.
 */
export interface ServiceDefinition {
  /** Service name: queue name, log field, and the `source` of its events. */
  name: string;
  /** Its own Postgres schema. */
  schema: string;
  version: string;
  migrations: MigrationClass[];
  routes: (deps: ServiceDeps) => RouteSpec[];
  /** The service's subscriptions: event type (or topic pattern) → handler. */
  handlers?: (deps: ServiceDeps) => Record<string, EventHandler>;
  /**
   * Work repeated on a timer (e.g. announcing expiries); each run must be safe on several replicas
   * at once.
   */
  jobs?: (deps: ServiceDeps) => ScheduledJob[];
  /**
   * What the service needs besides its database and broker before it can answer its routes (e.g.
   * lists read from an external system): /readyz fails until each check passes.
   */
  readiness?: (deps: ServiceDeps) => Record<string, ReadinessCheck>;
  /**
   * Readings of the service's own state for /metrics (e.g. the age of a key), labelled with the
   * service.
   */
  gauges?: (deps: ServiceDeps) => Gauge[];
  /**
   * Its tables partitioned by month besides the audit log (which every service has), each with how
   * long it keeps rows: the platform's `partitions` job keeps their coming months ready and retires
   * the old ones.
   */
  keptTables?: (config: ServiceEnv) => KeptTable[];
  /**
   * Its row-level policies read the caller's subject (`requestSubjectSql`), so requests set it on
   * the connection.
   */
  rowSecurityBySubject?: boolean;
}

export interface Gauge {
  name: string;
  description: string;
  read(): Promise<number>;
}

export interface ScheduledJob {
  name: string;
  everyMs: number;
  /** A first run this soon after start (a job that fills a cache), instead of after `everyMs`. */
  firstRunAfterMs?: number;
  run(): Promise<unknown>;
  /** Lets go of what the job holds between runs (a broker connection), after its last run. */
  stop?(): Promise<void>;
}
