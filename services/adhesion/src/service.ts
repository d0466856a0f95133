import type { ServiceDefinition } from '@app/platform/service';
import { catalogEvents, identityEvents } from '@app/events';
import {
  Documents1764200000000,
  DocumentSignatureStatus1766200000000,
  documentStoreFrom,
  pendingSignatureGauges,
  recheckPendingSignatures,
  trustListFrom,
} from '@app/signed-documents';
import { IdempotencyKeys1764200000001 } from '@app/platform/idempotency';
import { adhesionRoutes } from './adhesions/adhesion.routes.js';
import { catalogCeiling } from './ceiling/catalog-ceiling.client.js';
import type { Config } from './config.js';
import {
  contractExpired,
  contractPublished,
  contractUpdated,
  registrationApproved,
} from './contracts/known-contract.service.js';
import { Adhesions1764300000000 } from './db/migrations/1764300000000-adhesions.js';
import { SignerRelations1764500000000 } from './db/migrations/1764500000000-signer-relations.js';
import { StatusCodes1764700000000 } from './db/migrations/1764700000000-status-codes.js';
import { RejectedBackToDraft1767100000000 } from './db/migrations/1767100000000-rejected-back-to-draft.js';
import { RegisteredPeople1767300000000 } from './db/migrations/1767300000000-registered-people.js';
import { ContractsByBanditore1767600000000 } from './db/migrations/1767600000000-contracts-by-banditore.js';
import { AdhesionsByContractTime1767600000001 } from './db/migrations/1767600000001-adhesions-by-contract-time.js';
import { RowSecurity1765300000000 } from './db/migrations/1765300000000-row-security.js';
import { profileChanged } from './members/agency-member.service.js';

/** The adhesion service: adhesions to contracts, their rounds and documents. */
export const definition: ServiceDefinition = {
  name: 'adhesion',
  schema: 'adhesion',
  version: '0.3.0',
  migrations: [
    Documents1764200000000,
    IdempotencyKeys1764200000001,
    Adhesions1764300000000,
    SignerRelations1764500000000,
    StatusCodes1764700000000,
    RowSecurity1765300000000,
    DocumentSignatureStatus1766200000000,
    RejectedBackToDraft1767100000000,
    RegisteredPeople1767300000000,
    ContractsByBanditore1767600000000,
    AdhesionsByContractTime1767600000001,
  ],
  routes: (deps) => {
    const config = deps.config as Config;
    return adhesionRoutes({
      dataSource: deps.dataSource,
      store: documentStoreFrom(config, 'adhesion'),
      trust: trustListFrom(config),
      ceiling: catalogCeiling(config.CATALOG_URL, config.CATALOG_TIMEOUT_MS),
      maxUploadBytes: config.DOCUMENT_MAX_MB * 1_048_576,
    });
  },
  handlers: () => ({
    [catalogEvents.contractPublished.type]: contractPublished,
    [catalogEvents.contractUpdated.type]: contractUpdated,
    [catalogEvents.contractExpired.type]: contractExpired,
    [identityEvents.profileCreated.type]: profileChanged,
    [identityEvents.profileUpdated.type]: profileChanged,
    [identityEvents.profileDisabled.type]: profileChanged,
    [identityEvents.registrationApproved.type]: registrationApproved,
  }),
  jobs: (deps) => {
    const config = deps.config as Config;
    return [
      {
        name: 'signature-recheck',
        everyMs: config.SIGNATURE_RECHECK_MS,
        run: recheckPendingSignatures(
          deps.dataSource,
          documentStoreFrom(config, 'adhesion'),
          trustListFrom(config),
        ),
      },
    ];
  },
  gauges: ({ dataSource }) => pendingSignatureGauges(dataSource),
};
