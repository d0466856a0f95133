import {
  DataSource,
  type EntityManager,
  type EntitySchema,
  type MigrationInterface,
  type MixedList,
} from 'typeorm';

/** A migration class, as TypeORM takes it. */
export type MigrationClass = new () => MigrationInterface;

export interface DataSourceOptions {
  url: string;
  /** The service's own Postgres schema; nothing it runs touches another schema. */
  schema: string;
  migrations: MixedList<MigrationClass>;
  entities?: MixedList<(new () => unknown) | string | EntitySchema>;
  poolSize?: number;
  /**
   * How long a pooled connection may stay idle before it is closed (pg's default: 10 s). A new
   * connection is a new PostgreSQL backend with empty catalog caches: its first query on a
   * table partitioned by month plans for 30 to 50 ms, so a pool that closes connections between
   * bursts pays that again and again, as tail latency.
   */
  poolIdleSeconds?: number;
  applicationName?: string;
}

const schemaName = /^[a-z_][a-z0-9_]{0,62}$/;

/** A TypeORM DataSource bound to one schema: search_path is set on every pooled connection. */
export function createDataSource(options: DataSourceOptions): DataSource {
  if (!schemaName.test(options.schema))
    throw new Error(`Nome di schema non valido: ${options.schema}`);
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    migrations: options.migrations,
    entities: options.entities ?? [],
    migrationsTableName: 'schema_migrations',
    migrationsRun: false,
    synchronize: false,
    logging: false,
    extra: {
      max: options.poolSize ?? 10,
      idleTimeoutMillis: (options.poolIdleSeconds ?? 300) * 1000,
      options: `-c search_path=${options.schema},public`,
      application_name: options.applicationName ?? options.schema,
    },
  });
}

/** The schema a DataSource is bound to. */
export function schemaOf(dataSource: DataSource): string {
  return String((dataSource.options as { schema?: string }).schema);
}

/**
 * The rows an UPDATE or DELETE … RETURNING gave back. TypeORM's plain `query` answers them with
 * `[rows, count]` (unlike SELECT and INSERT), which is easy to misread as the first row.
 */
export async function updateReturning<T = Record<string, unknown>>(
  runner: Pick<EntityManager, 'query'>,
  sql: string,
  parameters: unknown[],
): Promise<T[]> {
  const result: unknown = await runner.query(sql, parameters);
  const updateShape =
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number';
  return (updateShape ? result[0] : result) as T[];
}

/**
 * Holds a named lock until the transaction ends: work that must not run twice at once (a first
 * start on several replicas, one counter per contract) waits for the other to commit.
 */
export async function lockForTransaction(
  manager: Pick<EntityManager, 'query'>,
  name: string,
): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [name]);
}
