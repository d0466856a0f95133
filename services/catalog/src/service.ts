import type { ServiceDefinition } from '@app/platform/service';
import { identityEvents, orderingEvents } from '@app/events';
import { awardRoutes } from './awards/awards.routes.js';
import { orderAnnulled, outcomePublished } from './awards/award-outcomes.js';
import { ceilingRoutes } from './ceiling/ceiling.routes.js';
import { clarificationRoutes } from './clarifications/clarifications.routes.js';
import type { Config } from './config.js';
import { contractRoutes } from './contracts/contracts.routes.js';
import { createSearchCache } from './contracts/search-cache.js';
import { Contracts1764100000000 } from './db/migrations/1764100000000-contracts.js';
import { PriceLists1764100000001 } from './db/migrations/1764100000001-price-lists.js';
import { CeilingLedger1764100000002 } from './db/migrations/1764100000002-ceiling-ledger.js';
import { Clarifications1764100000003 } from './db/migrations/1764100000003-clarifications.js';
import { SearchSortIndexes1764100000004 } from './db/migrations/1764100000004-search-sort-indexes.js';
import { ExpiryAnnouncements1764100000005 } from './db/migrations/1764100000005-expiry-announcements.js';
import { Awards1764100000006 } from './db/migrations/1764100000006-awards.js';
import { announceExpiries } from './contracts/expiry-sweep.js';
import { ocdsRoutes } from './ocds/ocds.routes.js';
import { noticeRoutes } from './notices/notices.routes.js';
import { priceListRoutes } from './prices/price-list.routes.js';
import { agencyRegistered } from './directory/agency-directory.js';

/** The catalog service: framework agreements and conventions, price lists, ceiling ledger, public notices and awards. */
export const definition: ServiceDefinition = {
  name: 'catalog',
  schema: 'catalog',
  version: '0.1.0',
  migrations: [Contracts1764100000000, PriceLists1764100000001, CeilingLedger1764100000002, Clarifications1764100000003, SearchSortIndexes1764100000004, ExpiryAnnouncements1764100000005, Awards1764100000006],
  routes: (deps) => [...contractRoutes(deps, createSearchCache(deps.dataSource, (deps.config as Config).SEARCH_CACHE_SECONDS)), ...priceListRoutes(deps), ...ceilingRoutes(deps), ...clarificationRoutes(deps), ...noticeRoutes(deps), ...ocdsRoutes(deps), ...awardRoutes(deps)],
  handlers: () => ({
    [identityEvents.agencyRegistered.type]: agencyRegistered,
    [orderingEvents.outcomePublished.type]: outcomePublished,
    [orderingEvents.orderAnnulled.type]: orderAnnulled,
  }),
  // Expiries are dates: a sweep a minute announces each one soon after midnight.
  jobs: ({ dataSource }) => [{ name: 'announce-expiries', everyMs: 60_000, run: () => announceExpiries(dataSource) }],
};
