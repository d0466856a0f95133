import { tokenVerifierFor } from '@app/platform/auth';
import { createLogger } from '@app/platform/logger';
import { stopOnSignals } from '@app/platform/service';
import { startMetricsServer } from '@app/platform/telemetry';
import { loadGatewayConfig } from './config.js';
import { startGateway } from './server.js';

const config = loadGatewayConfig();
const logger = createLogger('gateway', config.LOG_LEVEL);
const gateway = await startGateway(config, logger, tokenVerifierFor(config));
const metrics =
  config.METRICS_PORT === undefined
    ? undefined
    : await startMetricsServer(config.METRICS_PORT, config.HOST);
stopOnSignals(
  async () => {
    await gateway.stop();
    await metrics?.stop();
  },
  { logger, graceMs: config.SHUTDOWN_GRACE_MS },
);
