import type { ServiceDefinition, ServiceDeps } from '@app/platform/service';
import { adhesionEvents, identityEvents } from '@app/events';
import { IdempotencyKeys1764200000001 } from '@app/platform/idempotency';
import { cigRequestRoutes } from './cig-requests/cig-request.routes.js';
import { cigCommandHandlers } from './cig-requests/cig-request-commands.service.js';
import { confirmationWorker } from './cig-requests/cig-confirmation.service.js';
import type { Config } from './config.js';
import { CigRequests1764400000000 } from './db/migrations/1764400000000-cig-requests.js';
import { Schede1764400000001 } from './db/migrations/1764400000001-schede.js';
import { schedaRoutes } from './schede/scheda.routes.js';
import { adhesionApproved, agencyRegistered } from './directory/directory.service.js';
import { ApprovedAdhesions1764500000000 } from './db/migrations/1764500000000-approved-adhesions.js';
import { pcpClient } from './pcp/pcp-client.js';
import { pdndCredentials } from './pdnd/pdnd-credentials.js';
import { codeListRoutes } from './code-lists/code-lists.routes.js';
import { schedaChecks } from './schede/scheda-checks.service.js';
import { codeListSync } from './code-lists/code-lists-sync.service.js';
import { syncedLists } from './code-lists/code-lists.store.js';
import { keptLists } from './code-lists/code-lists.rules.js';
import { CodeListsAndRecovery1764600000000 } from './db/migrations/1764600000000-code-lists-and-recovery.js';
import { StatusCodes1764700000000 } from './db/migrations/1764700000000-status-codes.js';
import { AcquisitionStage1764900000000 } from './db/migrations/1764900000000-acquisition-stage.js';
import { RowSecurity1765300000000 } from './db/migrations/1765300000000-row-security.js';
import { CigRequestAnnulled1767200000000 } from './db/migrations/1767200000000-cig-request-annulled.js';
import { voucherClient } from './pdnd/voucher-client.js';
import { defined } from '@app/platform/errors';

/** One PCP client and worker per running service (routes and jobs share them). */
const wired = new WeakMap<
  ServiceDeps['dataSource'],
  {
    pcp: ReturnType<typeof pcpClient> | undefined;
    worker: ReturnType<typeof confirmationWorker> | undefined;
    wake: () => void;
  }
>();

function wiringOf(deps: ServiceDeps) {
  let found = wired.get(deps.dataSource);
  if (!found) {
    const config = deps.config as Config;
    const credentials = pdndCredentials(config);
    const pcp = credentials
      ? pcpClient({
          config,
          credentials,
          dataSource: deps.dataSource,
          logger: deps.logger,
          vouchers: voucherClient({
            tokenUrl: config.PDND_TOKEN_URL,
            assertionAudience: config.PDND_ASSERTION_AUDIENCE,
            credentials,
            timeoutMs: config.PCP_TIMEOUT_MS,
          }),
        })
      : undefined;
    const worker = pcp
      ? confirmationWorker({ dataSource: deps.dataSource, pcp, config, logger: deps.logger })
      : undefined;
    // A confirmation just requested is taken at once rather than at the next tick.
    const wake = () => {
      void worker
        ?.runOnce()
        .catch((error) => deps.logger.error({ err: error }, 'CIG confirmation pass failed'));
    };
    found = { pcp, worker, wake };
    wired.set(deps.dataSource, found);
  }
  return found;
}

/** The anac-gateway service: CIG requests and the exchanges with ANAC PCP. */
export const definition: ServiceDefinition = {
  name: 'anac-gateway',
  schema: 'anac_gateway',
  version: '0.2.0',
  migrations: [
    IdempotencyKeys1764200000001,
    CigRequests1764400000000,
    Schede1764400000001,
    ApprovedAdhesions1764500000000,
    CodeListsAndRecovery1764600000000,
    StatusCodes1764700000000,
    AcquisitionStage1764900000000,
    RowSecurity1765300000000,
    CigRequestAnnulled1767200000000,
  ],
  routes: (deps) => [
    ...cigRequestRoutes({
      dataSource: deps.dataSource,
      pcp: wiringOf(deps).pcp,
      wake: wiringOf(deps).wake,
    }),
    ...schedaRoutes({
      dataSource: deps.dataSource,
      pcp: wiringOf(deps).pcp,
      checkAfterMs: (deps.config as Config).PCP_POLL_MS,
      livePollMs: (deps.config as Config).LIVE_POLL_MS,
    }),
    ...codeListRoutes(deps),
  ],
  handlers: (deps) => ({
    [identityEvents.agencyRegistered.type]: agencyRegistered,
    [adhesionEvents.approved.type]: adhesionApproved,
    ...cigCommandHandlers({
      dataSource: deps.dataSource,
      pcp: wiringOf(deps).pcp,
      wake: wiringOf(deps).wake,
      logger: deps.logger,
    }),
  }),
  // Richiedi CIG answers 503 until ANAC's lists are read once: until then the service is not ready.
  readiness: (deps) => ({
    'elenchi-anac': async () => {
      const synced = await syncedLists(deps.dataSource.manager);
      const missing = keptLists.filter((list) => !synced.has(list));
      if (missing.length) throw new Error(`elenchi ANAC non ancora letti: ${missing.join(', ')}`);
    },
  }),
  jobs: (deps) => {
    const { worker, pcp } = wiringOf(deps);
    const config = deps.config as Config;
    if (!worker || !pcp) return [];
    const checks = schedaChecks({ dataSource: deps.dataSource, pcp, config, logger: deps.logger });
    const sync = codeListSync({ dataSource: deps.dataSource, pcp, config, logger: deps.logger });
    // Checked every minute, read again when a list is missing or older than
    // PCP_CODE_LISTS_REFRESH_MS.
    const stale = async () => {
      const synced = await syncedLists(deps.dataSource.manager);
      return keptLists.some(
        (list) =>
          !synced.has(list) ||
          Date.now() - Date.parse(defined(synced.get(list)).syncedAt) >
            config.PCP_CODE_LISTS_REFRESH_MS,
      );
    };
    return [
      {
        name: 'cig-confirmations',
        everyMs: Math.min(config.PCP_POLL_MS, 1_000),
        run: () => worker.runOnce(),
      },
      { name: 'scheda-outcomes', everyMs: Math.min(config.PCP_POLL_MS, 1_000), run: checks },
      {
        name: 'anac-code-lists',
        everyMs: 60_000,
        firstRunAfterMs: 0,
        run: async () => ((await stale()) ? sync() : undefined),
      },
    ];
  },
};
