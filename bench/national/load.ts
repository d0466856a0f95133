// Loads the national dataset into the services' own schemas, made by their own migrations. The agency
// list travels by COPY; every other row is written by PostgreSQL itself from generate_series (no
// round trip through Node for 40 million rows), by the arithmetic of dataset.ts, so it is the same
// for the same seed. Big tables are filled first and indexed by their migrations' own indexes, then
// analysed as autovacuum would leave them.
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { ensureMonthlyPartitions, retireOldPartitions, runMigrations } from '@app/platform/db';
import { keptTablesOf, serviceDataSource } from '@app/platform/service';
import { defined } from '@app/platform/errors';
import { platformServices } from '../../scripts/platform-services.js';
import { datasetSize, shapeFunctions, type DatasetSize } from './dataset.js';
import { ipaCodes } from './ipa-codes.js';
import { fillBare, filledBare } from './bulk.js';
import { identityRows, catalogRows, adhesionRows } from './rows-directory.js';
import { orderingRows, paymentRows } from './rows-ordering.js';
import { notifyRows, pecRows } from './rows-notify.js';

export interface LoadOptions {
  databaseUrl: string;
  scale: number;
  seed: number;
  /** Appended to each service's schema (tests: a sample of their own). */
  schemaSuffix?: string;
  progress?: (line: string) => void;
  /** Archive what each table's retention would have archived by now (the bench; not the plan test). */
  steadyState?: boolean;
}

export const schemaFor = (service: string, suffix?: string) => {
  const definition = platformServices.find((each) => each.definition.name === service)?.definition;
  if (!definition) throw new Error(`servizio sconosciuto: ${service}`);
  return suffix ? `${definition.schema}_${suffix}` : definition.schema;
};

/** Each service's migrations, in its own schema, exactly as the service runs them at start. */
async function migrate(databaseUrl: string, suffix?: string): Promise<void> {
  for (const { definition } of platformServices) {
    const dataSource = serviceDataSource(
      { ...definition, schema: schemaFor(definition.name, suffix) },
      databaseUrl,
      2,
    );
    await dataSource.initialize();
    try {
      await runMigrations(dataSource);
    } finally {
      await dataSource.destroy();
    }
  }
}

/** A connection whose unqualified names are the service's tables, with the shape's functions. */
async function sessionFor(options: LoadOptions, service: string, size: DatasetSize) {
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  await client.query(`SET search_path TO "${schemaFor(service, options.schemaSuffix)}"`);
  // Bulk loading: more memory for index builds, no waiting on the WAL flush for each statement.
  await client.query(`SET maintenance_work_mem = '512MB'`);
  await client.query('SET synchronous_commit = off');
  for (const statement of shapeFunctions(size)) await client.query(statement);
  return client;
}

/** The agency list by COPY into a scratch table of the session: number, IPA code. */
async function copyIpaCodes(client: pg.Client, codes: string[]): Promise<void> {
  await client.query('CREATE TEMP TABLE ipa (n bigint PRIMARY KEY, code text NOT NULL)');
  const lines = codes.map((code, index) => `${index + 1}\t${code}\n`);
  await pipeline(Readable.from(lines), client.query(copyFrom('COPY ipa (n, code) FROM STDIN')));
}

/** The dataset's first month (rows-directory's `overFiveYears` starts on 1 December 2021). */
const historyStart = new Date('2021-11-01T00:00:00Z');

type Statements = (size: DatasetSize, seed: number) => { table: string; sql: string }[];

const services: [string, Statements[]][] = [
  ['identity', [identityRows]],
  ['catalog', [catalogRows]],
  ['adhesion', [adhesionRows]],
  ['ordering', [orderingRows, paymentRows]],
  ['notify', [notifyRows]],
  ['pec-admin', [pecRows]],
];

/** The tables a service partitions by month, with their retention: the platform's own list. */
function keptTablesFor(service: string, databaseUrl: string) {
  const { definition, loadConfig } = defined(
    platformServices.find((each) => each.definition.name === service),
  );
  return keptTablesOf(definition, loadConfig({ DATABASE_URL: databaseUrl }));
}

/**
 * The months past each kept table's retention (the services' defaults) go to the archive, as the
 * platform's partitions job would have moved them over five years: the tables hold what a platform
 * in steady state holds (the inbox two years, the feed one).
 */
async function retire(options: LoadOptions, say: (line: string) => void): Promise<void> {
  for (const { definition } of platformServices) {
    const schema = schemaFor(definition.name, options.schemaSuffix);
    const client = new pg.Client({ connectionString: options.databaseUrl });
    await client.connect();
    try {
      await client.query(`SET search_path TO "${schema}"`);
      for (const kept of keptTablesFor(definition.name, options.databaseUrl)) {
        const retired = await retireOldPartitions(client, schema, kept);
        if (retired.length)
          say(`${definition.name}.${kept.table}: ${retired.length} mesi in archivio`);
      }
    } finally {
      await client.end();
    }
  }
}

/** Migrates, fills each service's tables, analyses them; reports each table and its time. */
export async function loadNational(options: LoadOptions): Promise<DatasetSize> {
  const size = datasetSize(options.scale);
  const say = options.progress ?? (() => undefined);
  await migrate(options.databaseUrl, options.schemaSuffix);
  const codes = ipaCodes(size.agencies, options.seed);
  for (const [service, producers] of services) {
    const client = await sessionFor(options, service, size);
    try {
      await copyIpaCodes(client, codes);
      // Five years of history: the months of the tables partitioned by month exist before their rows.
      for (const { table } of keptTablesFor(service, options.databaseUrl))
        await ensureMonthlyPartitions(client, table, historyStart, new Date());
      for (const produce of producers)
        for (const { table, sql } of produce(size, options.seed)) {
          const started = performance.now();
          const { rowCount } = filledBare.has(table)
            ? await fillBare(client, table, () => client.query(sql))
            : await client.query(sql);
          say(
            `${service}.${table}: ${(rowCount ?? 0).toLocaleString('it-IT')} righe in ` +
              `${((performance.now() - started) / 1000).toFixed(1)} s`,
          );
        }
      await client.query('ANALYZE');
    } finally {
      await client.end();
    }
  }
  if (options.steadyState) await retire(options, say);
  return size;
}
