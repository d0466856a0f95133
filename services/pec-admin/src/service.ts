import { identityEvents } from '@app/events';
import { IdempotencyKeys1764200000001 } from '@app/platform/idempotency';
import type { ServiceDefinition, ServiceDeps } from '@app/platform/service';
import type { Config } from './config.js';
import { Members1765700000000 } from './db/migrations/1765700000000-members.js';
import { Mailboxes1765800000000 } from './db/migrations/1765800000000-mailboxes.js';
import { IniPecAddressAndSheet1765800000001 } from './db/migrations/1765800000001-ini-pec-address-and-sheet.js';
import { RowSecurity1766400000000 } from './db/migrations/1766400000000-row-security.js';
import { IniPecDayInItaly1767000000000 } from './db/migrations/1767000000000-ini-pec-day-in-italy.js';
import { MembersByName1767700000000 } from './db/migrations/1767700000000-members-by-name.js';
import { RequestsByState1767700000001 } from './db/migrations/1767700000001-requests-by-state.js';
import { anomalyOutcome } from './anomalies/anomaly.service.js';
import { anomalyRoutes } from './anomalies/anomaly.routes.js';
import { importRoutes } from './imports/import.routes.js';
import { iniPecRoutes } from './inipec/ini-pec.routes.js';
import { acceptanceWatcher, mailboxOutcomes } from './mailboxes/mailbox.outcomes.js';
import { mailboxRoutes } from './mailboxes/mailbox.routes.js';
import { memberRoutes } from './members/member.routes.js';
import { agencyRegistered } from './orders/order.service.js';
import { partnerClient } from './requests/partner-client.js';
import { requestRoutes } from './requests/request.routes.js';
import { ledgerWorker } from './requests/request.service.js';

const configOf = (deps: ServiceDeps) => deps.config as Config;

/**
 * The pec-admin service (seed 004): each professional Order manages its members' PEC mailboxes at
 * the provider through its partner panel — every operation a request in a ledger the worker carries
 * to the provider — and keeps INI-PEC in step.
 */
export const definition: ServiceDefinition = {
  name: 'pec-admin',
  schema: 'pec_admin',
  version: '0.3.0',
  migrations: [
    IdempotencyKeys1764200000001,
    Members1765700000000,
    Mailboxes1765800000000,
    IniPecAddressAndSheet1765800000001,
    RowSecurity1766400000000,
    IniPecDayInItaly1767000000000,
    MembersByName1767700000000,
    RequestsByState1767700000001,
  ],
  routes: (deps) => {
    const routeDeps = { dataSource: deps.dataSource, config: configOf(deps) };
    return [
      ...memberRoutes(routeDeps),
      ...mailboxRoutes(routeDeps),
      ...requestRoutes(routeDeps),
      ...anomalyRoutes(routeDeps),
      ...importRoutes(routeDeps),
      ...iniPecRoutes(routeDeps),
    ];
  },
  handlers: () => ({ [identityEvents.agencyRegistered.type]: agencyRegistered }),
  jobs: (deps) => {
    const config = configOf(deps);
    if (!config.PEC_PARTNER_URL) return [];
    const client = partnerClient(config);
    const outcomes = { ...mailboxOutcomes, ...anomalyOutcome };
    return [
      {
        name: 'pec-ledger',
        everyMs: config.PEC_PARTNER_POLL_MS,
        run: ledgerWorker({ ...deps, config, client, outcomes }),
        stop: () => client.close(),
      },
      {
        name: 'pec-acceptances',
        everyMs: config.PEC_PARTNER_FOLLOW_MS,
        run: acceptanceWatcher({ ...deps, client }),
      },
    ];
  },
};
