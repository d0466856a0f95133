import { createLogger } from '../logger/index.js';
import { startTracing, stopTracing } from '../telemetry/tracing.js';
import { startService, type StartOptions } from './runtime.js';
import type { ServiceDefinition } from './definition.js';
import { stopOnSignals } from './shutdown.js';

/**
 * The service's schema for this run: its own, or with the run's suffix (separate processes under
 * test).
 */
export const serviceSchema = (definition: ServiceDefinition, suffix: string | undefined) =>
  suffix ? `${definition.schema}_${suffix}` : definition.schema;

/**
 * Entry point of a service running alone (a container): start, then stop cleanly on SIGTERM/SIGINT
 * within its grace.
 */
export async function runServiceProcess(
  definition: ServiceDefinition,
  config: StartOptions['config'],
): Promise<void> {
  startTracing(definition.name);
  const logger = createLogger(definition.name, config.LOG_LEVEL);
  process.on('unhandledRejection', (reason) =>
    logger.error({ err: reason }, 'unhandled rejection'),
  );
  try {
    const service = await startService(
      { ...definition, schema: serviceSchema(definition, config.DATABASE_SCHEMA_SUFFIX) },
      { config, logger },
    );
    stopOnSignals(
      async () => {
        await service.stop();
        await stopTracing();
      },
      { logger, graceMs: config.SHUTDOWN_GRACE_MS },
    );
  } catch (error) {
    logger.fatal({ err: error }, 'service failed to start');
    process.exit(1);
  }
}
