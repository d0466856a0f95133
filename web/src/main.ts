// The portal as its own process (a container): PORT, PLATFORM_API_URL, CSRF_SECRET,
// PORTAL_FORWARD_SECRET.
import { createLogger } from '@app/platform/logger';
import { stopOnSignals } from '@app/platform/service';
import { startMetricsServer } from '@app/platform/telemetry';
import { loadWebConfig } from './config.js';
import { startWeb } from './server.js';

const config = loadWebConfig();
const logger = createLogger('web', config.LOG_LEVEL);
const web = await startWeb(config, logger);
const metrics =
  config.METRICS_PORT === undefined
    ? undefined
    : await startMetricsServer(config.METRICS_PORT, config.HOST);
stopOnSignals(
  async () => {
    await web.stop();
    await metrics?.stop();
  },
  { logger, graceMs: config.SHUTDOWN_GRACE_MS },
);
