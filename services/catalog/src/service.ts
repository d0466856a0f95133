import type { ServiceDefinition } from '@app/platform/service';
import { identityEvents, orderingEvents } from '@app/events';
import { awardRoutes } from './awards/award.routes.js';
import { orderAnnulled, outcomePublished } from './awards/award.service.js';
import { ceilingRoutes } from './ceiling/ceiling.routes.js';
import {
  orderAnnulledOnCeiling,
  orderRejected,
  orderSubmitted,
} from './ceiling/ceiling.service.js';
import { clarificationRoutes } from './clarifications/clarification.routes.js';
import type { Config } from './config.js';
import { announceExpiries } from './contracts/contract-expiry.service.js';
import { contractRoutes } from './contracts/contract.routes.js';
import { createSearchCache } from './contracts/search-cache.js';
import { Contracts1764100000000 } from './db/migrations/1764100000000-contracts.js';
import { PriceLists1764100000001 } from './db/migrations/1764100000001-price-lists.js';
import { CeilingLedger1764100000002 } from './db/migrations/1764100000002-ceiling-ledger.js';
import { Clarifications1764100000003 } from './db/migrations/1764100000003-clarifications.js';
import { SearchSortIndexes1764100000004 } from './db/migrations/1764100000004-search-sort-indexes.js';
import { ExpiryAnnouncements1764100000005 } from './db/migrations/1764100000005-expiry-announcements.js';
import { Awards1764100000006 } from './db/migrations/1764100000006-awards.js';
import { OrderMovements1764700000000 } from './db/migrations/1764700000000-order-movements.js';
import { SearchFacets1765900000000 } from './db/migrations/1765900000000-search-facets.js';
import { AwardSortIndexes1765900000001 } from './db/migrations/1765900000001-award-sort-indexes.js';
import { CoveringSortIndexes1765900000002 } from './db/migrations/1765900000002-covering-sort-indexes.js';
import { RowSecurity1766000000000 } from './db/migrations/1766000000000-row-security.js';
import { SupplierDisputes1767300000000 } from './db/migrations/1767300000000-supplier-disputes.js';
import { agencyRegistered } from './directory/directory.service.js';
import { noticeRoutes } from './notices/notice.routes.js';
import { announcementRoutes } from './announcements/announcement.routes.js';
import { Announcements1767400000000 } from './db/migrations/1767400000000-announcements.js';
import { ocdsRoutes } from './ocds/ocds.routes.js';
import { priceListRoutes } from './prices/price-list.routes.js';
import { contractDocumentRoutes } from './contracts/contract-documents.routes.js';
import {
  Documents1764200000000,
  DocumentSignatureStatus1766200000000,
  documentStoreFrom,
  trustListFrom,
} from '@app/signed-documents';

/**
 * The catalog service: framework agreements and conventions, price lists, ceiling ledger, public
 * notices and awards.
 */
export const definition: ServiceDefinition = {
  name: 'catalog',
  schema: 'catalog',
  version: '0.2.0',
  migrations: [
    Contracts1764100000000,
    PriceLists1764100000001,
    CeilingLedger1764100000002,
    Clarifications1764100000003,
    SearchSortIndexes1764100000004,
    ExpiryAnnouncements1764100000005,
    Awards1764100000006,
    OrderMovements1764700000000,
    SearchFacets1765900000000,
    AwardSortIndexes1765900000001,
    CoveringSortIndexes1765900000002,
    RowSecurity1766000000000,
    SupplierDisputes1767300000000,
    Documents1764200000000,
    DocumentSignatureStatus1766200000000,
    Announcements1767400000000,
  ],
  routes: (deps) => [
    ...contractRoutes({
      dataSource: deps.dataSource,
      searches: createSearchCache(deps.dataSource, (deps.config as Config).SEARCH_CACHE_SECONDS),
    }),
    ...contractDocumentRoutes({
      dataSource: deps.dataSource,
      store: documentStoreFrom(deps.config as Config, 'catalog'),
      trust: trustListFrom(deps.config as Config),
      maxUploadBytes: (deps.config as Config).DOCUMENT_MAX_MB * 1_048_576,
    }),
    ...priceListRoutes(deps),
    ...ceilingRoutes(deps),
    ...clarificationRoutes(deps),
    ...noticeRoutes(deps),
    ...announcementRoutes(deps),
    ...ocdsRoutes(deps),
    ...awardRoutes(deps),
  ],
  handlers: () => ({
    [identityEvents.agencyRegistered.type]: agencyRegistered,
    [orderingEvents.outcomePublished.type]: outcomePublished,
    [orderingEvents.orderSubmitted.type]: orderSubmitted,
    [orderingEvents.orderRejected.type]: orderRejected,
    // The award shows as Annullata, and what the order consumed goes back.
    [orderingEvents.orderAnnulled.type]: async (event, manager) => {
      await orderAnnulled(event, manager);
      await orderAnnulledOnCeiling(event, manager);
    },
  }),
  // Expiries are dates: a sweep a minute announces each one soon after midnight.
  jobs: ({ dataSource }) => [
    { name: 'announce-expiries', everyMs: 60_000, run: () => announceExpiries(dataSource) },
  ],
};
