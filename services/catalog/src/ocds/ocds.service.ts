import type { DataSource } from 'typeorm';
import type { Caller } from '@app/platform/auth';
import type { Config } from '../config.js';
import { visibleContract } from '../contracts/contract.service.js';
import { agenciesAmong } from '../directory/directory.store.js';
import { ocdsReleasePackage } from './ocds-release.js';

/** Who publishes the data, as OCDS names the publisher. */
export function publisherOf(settings: Config) {
  const { PUBLIC_URL } = settings;
  return {
    name: settings.OCDS_PUBLISHER_NAME,
    scheme: settings.OCDS_PUBLISHER_SCHEME,
    uid: settings.OCDS_PUBLISHER_UID,
    uri: PUBLIC_URL,
    publicationPolicy: `${PUBLIC_URL}/api/v1/ocds/publication-policy`,
  };
}

/**
 * A contract the caller may see, as an OCDS release package with its banditore and eligible
 * agencies.
 */
export async function contractPackage(
  dataSource: DataSource,
  settings: Config,
  caller: Caller | undefined,
  id: string,
) {
  const contract = await visibleContract(dataSource.manager, id, caller?.tenant);
  const eligibleIds = contract.eligibleAgencies ?? [];
  const agencies = await agenciesAmong(dataSource.manager, [
    contract.banditore.agencyId,
    ...eligibleIds,
  ]);
  const banditore = agencies.find((agency) => agency.agencyId === contract.banditore.agencyId);
  const eligible = agencies.filter((agency) => eligibleIds.includes(agency.agencyId));
  return ocdsReleasePackage(contract, banditore, eligible, {
    uri: `${settings.PUBLIC_URL}/api/v1/contracts/${contract.id}/ocds`,
    ocidPrefix: settings.OCDS_PREFIX,
    publishedDate: new Date(contract.updatedAt),
    publisher: publisherOf(settings),
  });
}
