import type { ServiceDefinition, ServiceDeps } from '@app/platform/service';
import {
  adhesionEvents,
  anacEvents,
  catalogEvents,
  ceilingEvents,
  identityEvents,
} from '@app/events';
import { IdempotencyKeys1764200000001 } from '@app/platform/idempotency';
import {
  Documents1764200000000,
  DocumentSignatureStatus1766200000000,
  documentStoreFrom,
  pendingSignatureGauges,
  recheckPendingSignatures,
  trustListFrom,
} from '@app/signed-documents';
import { anacGatewayClient, catalogCeilingClient } from './clients/other-services.client.js';
import type { Config } from './config.js';
import { Orders1764800000000 } from './db/migrations/1764800000000-orders.js';
import { RowSecurity1765300000000 } from './db/migrations/1765300000000-row-security.js';
import { SupplierDisputes1767300000000 } from './db/migrations/1767300000000-supplier-disputes.js';
import { RegisteredPeople1767300000001 } from './db/migrations/1767300000001-registered-people.js';
import { MandatesToBeneficiaries1767300000002 } from './db/migrations/1767300000002-mandates-to-beneficiaries.js';
import { SupplierDocuments1767400000000 } from './db/migrations/1767400000000-supplier-documents.js';
import { Nso1767500000000 } from './db/migrations/1767500000000-nso.js';
import { OrdersNsoIdIndex1767500000001 } from './db/migrations/1767500000001-orders-nso-id-index.js';
import { OrdersByContractTime1767600000000 } from './db/migrations/1767600000000-orders-by-contract-time.js';
import { PaymentsByAmount1767600000001 } from './db/migrations/1767600000001-payments-by-amount.js';
import { nsoClient } from './nso/nso.client.js';
import { nsoPass } from './nso/nso-dispatch.service.js';
import { nsoRoutes } from './nso/nso.routes.js';
import * as directory from './directory/directory.service.js';
import * as anac from './orders/order-anac.service.js';
import { acknowledgeLateOrders, ceilingAnswered } from './orders/order-decision.service.js';
import { orderRoutes } from './orders/order.routes.js';
import type { OrderDeps } from './orders/order.service.js';
import { paymentRoutes } from './payments/payment.routes.js';

const orderDeps = (deps: ServiceDeps): OrderDeps => {
  const config = deps.config as Config;
  return {
    dataSource: deps.dataSource,
    logger: deps.logger,
    store: documentStoreFrom(config, 'ordering'),
    trust: trustListFrom(config),
    anac: anacGatewayClient(config.ANAC_GATEWAY_URL, config.SERVICE_TIMEOUT_MS),
    ceiling: catalogCeilingClient(config.CATALOG_URL, config.SERVICE_TIMEOUT_MS),
    maxUploadBytes: config.DOCUMENT_MAX_MB * 1_048_576,
    livePollMs: config.LIVE_POLL_MS,
  };
};

/**
 * The ordering service: orders (ordinativi di fornitura) from Nuovo ordine to Esito and annulment,
 * and payment mandates.
 */
export const definition: ServiceDefinition = {
  name: 'ordering',
  schema: 'ordering',
  version: '0.2.0',
  migrations: [
    Documents1764200000000,
    IdempotencyKeys1764200000001,
    Orders1764800000000,
    RowSecurity1765300000000,
    DocumentSignatureStatus1766200000000,
    SupplierDisputes1767300000000,
    RegisteredPeople1767300000001,
    MandatesToBeneficiaries1767300000002,
    SupplierDocuments1767400000000,
    Nso1767500000000,
    OrdersNsoIdIndex1767500000001,
    OrdersByContractTime1767600000000,
    PaymentsByAmount1767600000001,
  ],
  routes: (deps) => [
    ...orderRoutes(orderDeps(deps)),
    ...paymentRoutes(orderDeps(deps)),
    ...nsoRoutes(orderDeps(deps)),
  ],
  handlers: () => ({
    [catalogEvents.contractPublished.type]: directory.contractPublished,
    [catalogEvents.contractUpdated.type]: directory.contractUpdated,
    [catalogEvents.contractExpired.type]: directory.contractExpired,
    [adhesionEvents.approved.type]: directory.adhesionApproved,
    [identityEvents.registrationApproved.type]: directory.registrationApproved,
    [identityEvents.agencyRegistered.type]: directory.agencyRegistered,
    [identityEvents.profileCreated.type]: directory.profileChanged,
    [identityEvents.profileUpdated.type]: directory.profileChanged,
    [identityEvents.profileDisabled.type]: directory.profileChanged,
    [anacEvents.appaltoConfirmed.type]: anac.appaltoConfirmed,
    [anacEvents.appaltoRejected.type]: anac.appaltoRejected,
    [anacEvents.cigAcquired.type]: anac.cigAcquired,
    [anacEvents.schedaConfirmed.type]: anac.schedaConfirmed,
    [ceilingEvents.reserved.type]: ceilingAnswered,
    [ceilingEvents.refused.type]: ceilingAnswered,
  }),
  jobs: (deps) => {
    const config = deps.config as Config;
    return [
      {
        name: 'supplier-deadlines',
        everyMs: config.SUPPLIER_DEADLINE_SWEEP_MS,
        run: acknowledgeLateOrders(deps.dataSource),
      },
      {
        // Electronic orders: produced on approval and annulment, sent to NSO, receipts read back.
        name: 'nso',
        everyMs: config.NSO_POLL_MS,
        run: nsoPass(
          deps.dataSource,
          nsoClient(config.NSO_URL, config.NSO_TOKEN, config.SERVICE_TIMEOUT_MS),
          deps.logger,
        ),
      },
      {
        name: 'signature-recheck',
        everyMs: config.SIGNATURE_RECHECK_MS,
        run: recheckPendingSignatures(
          deps.dataSource,
          documentStoreFrom(config, 'ordering'),
          trustListFrom(config),
        ),
      },
    ];
  },
  gauges: ({ dataSource }) => pendingSignatureGauges(dataSource),
};
