import pg from 'pg';
import {
  dropSchema,
  startTestIssuer,
  testDatabaseUrl,
  type TestIssuer,
} from '@app/platform/testing';
import { loadNational, schemaFor } from '../../bench/national/load.js';
import { startReadingServices } from '../../bench/national/services.js';
import type { DatasetSize } from '../../bench/national/dataset.js';
import { platformServices } from '../../scripts/platform-services.js';

export const sampleSeed = 2026;
// The sample: every table at its floor (20,000 orders, 200,000 notifications, 60,000 feed events…).
export const sampleScale = 0.001;

export interface NationalSample {
  issuer: TestIssuer;
  size: DatasetSize;
  running: Awaited<ReturnType<typeof startReadingServices>>;
  /** A connection of the test's own, beside the services'. */
  database: pg.Client;
  /** Stops the services and drops the sample's schemas. */
  stop(): Promise<void>;
}

/**
 * A sample of the national dataset in schemas of its own (`suffix`), and the reading services
 * started on it. `beforeServices` changes the schema first (with `migrationsOnStart` off, the
 * services serve it as it is). Whatever fails half-way, nothing of the sample is left behind.
 */
export async function startNationalSample(
  suffix: string,
  options: { beforeServices?: () => Promise<void>; migrationsOnStart?: boolean } = {},
): Promise<NationalSample> {
  const database = new pg.Client({ connectionString: testDatabaseUrl() });
  await database.connect();
  const issuer = await startTestIssuer();
  let running: NationalSample['running'] | undefined;
  const stop = async () => {
    await running?.stop();
    for (const { definition } of platformServices)
      await dropSchema(schemaFor(definition.name, suffix));
    await database.end();
    await issuer.close();
  };
  try {
    const size = await loadNational({
      databaseUrl: testDatabaseUrl(),
      scale: sampleScale,
      seed: sampleSeed,
      schemaSuffix: suffix,
    });
    await options.beforeServices?.();
    running = await startReadingServices({
      databaseUrl: testDatabaseUrl(),
      schemaSuffix: suffix,
      issuer,
      migrationsOnStart: options.migrationsOnStart ?? true,
    });
    return { issuer, size, running, database, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
