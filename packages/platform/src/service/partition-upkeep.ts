import { schemaOf } from '../db/data-source.js';
import {
  ensureMonthlyPartitions,
  monthStart,
  retireOldPartitions,
  type KeptTable,
} from '../db/partitions.js';
import type { ServiceEnv } from '../config/index.js';
import type { ScheduledJob, ServiceDefinition, ServiceDeps } from './definition.js';

/** Months ahead kept ready: an upkeep that stops for a while still finds next month's table. */
export const monthsAhead = 3;

/** The tables a service partitions by month: its audit log, and those it declares. */
export function keptTablesOf(definition: ServiceDefinition, config: ServiceEnv): KeptTable[] {
  return [
    { table: 'audit_log', column: 'at', retentionMonths: config.AUDIT_RETENTION_MONTHS },
    ...(definition.keptTables?.(config) ?? []),
  ];
}

/**
 * Keeps the coming months' partitions ready and retires the months past their retention, for each
 * kept table. One replica at a time (a session lock on one connection: DETACH … CONCURRENTLY runs
 * outside transactions); the others skip the run.
 */
export async function keepPartitions(deps: ServiceDeps, kept: KeptTable[], now = new Date()) {
  const runner = deps.dataSource.createQueryRunner();
  await runner.connect();
  const lock = `negozio:partitions:${schemaOf(deps.dataSource)}`;
  try {
    const [{ got }] = await runner.query('SELECT pg_try_advisory_lock(hashtext($1)) AS got', [
      lock,
    ]);
    if (!got) return [];
    try {
      const changes: string[] = [];
      for (const table of kept) {
        changes.push(
          ...(await ensureMonthlyPartitions(
            runner,
            table.table,
            monthStart(now),
            monthStart(now, monthsAhead),
          )),
        );
        const retired = await retireOldPartitions(runner, schemaOf(deps.dataSource), table, now);
        changes.push(...retired.map((name) => `${name} → archivio`));
      }
      if (changes.length) deps.logger.info({ changes }, 'partitions kept');
      return changes;
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [lock]);
    }
  } finally {
    await runner.release();
  }
}

export function partitionJob(definition: ServiceDefinition, deps: ServiceDeps): ScheduledJob {
  const kept = keptTablesOf(definition, deps.config);
  return {
    name: 'partitions',
    everyMs: 3_600_000,
    firstRunAfterMs: 10_000,
    run: () => keepPartitions(deps, kept),
  };
}
