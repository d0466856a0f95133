import { createLogger } from '../logger/index.js';
import { startTracing, stopTracing } from '../telemetry/tracing.js';
import { startService, type StartOptions } from './runtime.js';
import type { ServiceDefinition } from './definition.js';

/** Entry point of a service running alone (a container): start, then stop cleanly on SIGTERM/SIGINT. */
export async function runServiceProcess(definition: ServiceDefinition, config: StartOptions['config']): Promise<void> {
  startTracing(definition.name);
  const logger = createLogger(definition.name, config.LOG_LEVEL);
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
  try {
    const service = await startService(definition, { config, logger });
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'stopping');
      await service.stop();
      await stopTracing();
      process.exit(0);
    };
    process.once('SIGTERM', () => void stop('SIGTERM'));
    process.once('SIGINT', () => void stop('SIGINT'));
  } catch (error) {
    logger.fatal({ err: error }, 'service failed to start');
    process.exit(1);
  }
}
