import { indexMigration } from '@app/platform/db';

/**
 * The adhesions' row policy asks whether the caller is the contract's banditore: PostgreSQL answers
 * it once per query by collecting the caller's contracts, which without this index means reading
 * every known contract (100,000 on a national platform) on each list. Built concurrently.
 */
export const ContractsByBanditore1767600000000 = indexMigration(
  'ContractsByBanditore1767600000000',
  'known_contracts_by_banditore',
  'known_contracts (banditore_agency_id, contract_id)',
);
