// The external systems' simulators as a process of their own (docker-compose's `dev` profile): SPID
// IdP :8090, SPID/CIE OpenID Connect federation :8091, ANAC PCP with PDND :8092, mail :8025/:8026,
// PEC provider :8465/:8143/:8466/:8467. SIMULATORS_HOST=0.0.0.0 lets other containers reach them.
import { createLogger } from '@app/platform/logger';
import { stopOnSignals } from '@app/platform/service';
import { startSimulators } from './simulators.js';

const logger = createLogger('simulators', process.env.LOG_LEVEL ?? 'info');
const simulators = await startSimulators(process.env, logger);
logger.info(simulators.urls, 'simulators ready');
stopOnSignals(() => simulators.stop(), { logger, graceMs: 10_000 });
