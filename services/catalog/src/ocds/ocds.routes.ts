import { z } from 'zod';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { ServiceDeps } from '@app/platform/service';
import type { Config } from '../config.js';
import { visibleContract } from '../contracts/contracts.service.js';
import { ocdsReleasePackage, type KnownAgency } from './ocds-release.js';
import { publicationPolicyPage } from './publication-policy.js';

/** Open data: a published contract as an OCDS 1.1 release package, readable without logging in. */
export function ocdsRoutes({ dataSource, config }: ServiceDeps): RouteSpec[] {
  const settings = config as Config;
  const { PUBLIC_URL, OCDS_PREFIX } = settings;
  const publisher = {
    name: settings.OCDS_PUBLISHER_NAME, scheme: settings.OCDS_PUBLISHER_SCHEME, uid: settings.OCDS_PUBLISHER_UID, uri: PUBLIC_URL,
    publicationPolicy: `${PUBLIC_URL}/api/v1/ocds/publication-policy`,
  };
  return [defineRoute({
    method: 'get', path: '/api/v1/ocds/publication-policy', operationId: 'getOcdsPublicationPolicy', summary: 'Politica di pubblicazione dei dati OCDS', public: true, tags: ['contracts'],
    responses: [{ status: 200, description: 'Pagina HTML' }],
    handler: async ({ res }) => {
      res.type('html').send(publicationPolicyPage(settings));
      return undefined;
    },
  }), defineRoute({
    method: 'get', path: '/api/v1/contracts/:id/ocds', operationId: 'getContractOcds', summary: 'Il contratto come pacchetto di release OCDS 1.1 (accordo quadro: un processo, massimale come valore massimo dell’aggiudicazione)', public: true, tags: ['contracts'],
    params: z.object({ id: z.uuid('Contratto non valido.') }),
    responses: [{ status: 200, description: 'OCDS release package' }, { status: 404, description: 'Non trovato (o bozza di un altro ente)' }],
    handler: async ({ params, caller, res }) => {
      const contract = await visibleContract(dataSource.manager, params.id, caller?.tenant);
      const agencies: KnownAgency[] = await dataSource.query(
        'SELECT agency_id AS "agencyId", name, fiscal_code AS "fiscalCode" FROM agency_directory WHERE agency_id = ANY($1::uuid[]) ORDER BY name',
        [[contract.banditore.agencyId, ...(contract.eligibleAgencies ?? [])]]);
      const banditore = agencies.find((agency) => agency.agencyId === contract.banditore.agencyId);
      const eligible = agencies.filter((agency) => contract.eligibleAgencies?.includes(agency.agencyId));
      res.type('application/json');
      return ocdsReleasePackage(contract, banditore, eligible, {
        uri: `${PUBLIC_URL}/api/v1/contracts/${contract.id}/ocds`, ocidPrefix: OCDS_PREFIX, publishedDate: new Date(contract.updatedAt), publisher,
      });
    },
  })];
}
