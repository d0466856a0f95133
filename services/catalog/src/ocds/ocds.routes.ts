import { z } from 'zod';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { ServiceDeps } from '@app/platform/service';
import type { Config } from '../config.js';
import { contractPackage } from './ocds.service.js';
import { publicationPolicyPage } from './publication-policy.js';

/** Open data: a published contract as an OCDS 1.1 release package, readable without logging in. */
export function ocdsRoutes({ dataSource, config }: ServiceDeps): RouteSpec[] {
  const settings = config as Config;
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/ocds/publication-policy',
      operationId: 'getOcdsPublicationPolicy',
      public: true,
      tags: ['contracts'],
      summary: 'Politica di pubblicazione dei dati OCDS',
      responses: [{ status: 200, description: 'Pagina HTML' }],
      handler: async ({ res }) => {
        res.type('html').send(publicationPolicyPage(settings));
        return undefined;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/contracts/:id/ocds',
      operationId: 'getContractOcds',
      public: true,
      tags: ['contracts'],
      summary:
        'Il contratto come pacchetto di release OCDS 1.1 (accordo quadro: un ' +
        'processo, massimale come valore massimo dell’aggiudicazione)',
      params: z.object({ id: z.uuid('Contratto non valido.') }),
      responses: [{ status: 200, description: 'OCDS release package' }],
      handler: async ({ params, caller, res }) => {
        res.type('application/json');
        return contractPackage(dataSource, settings, caller, params.id);
      },
    }),
  ];
}
