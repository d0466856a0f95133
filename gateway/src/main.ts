import { tokenVerifierFor } from '@app/platform/auth';
import { createLogger } from '@app/platform/logger';
import { stopOnSignals } from '@app/platform/service';
import { loadGatewayConfig } from './config.js';
import { startGateway } from './server.js';

const config = loadGatewayConfig();
const logger = createLogger('gateway', config.LOG_LEVEL);
const gateway = await startGateway(config, logger, tokenVerifierFor(config));
stopOnSignals(() => gateway.stop(), { logger, graceMs: config.SHUTDOWN_GRACE_MS });
