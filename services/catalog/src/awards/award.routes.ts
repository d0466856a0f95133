import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { ServiceDeps } from '@app/platform/service';
import { awardQuery } from './award.schema.js';
import { listAwards } from './award.service.js';

/**
 * "Aggiudicazioni e affidamenti" (seed 002): the published outcomes of orders, readable without
 * logging in.
 */
export function awardRoutes({ dataSource }: ServiceDeps): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/awards',
      operationId: 'listAwards',
      public: true,
      tags: ['notices'],
      summary:
        'Aggiudicazioni e affidamenti: Oggetto, Tipo di appalto, CIG, Importo, ' +
        'Stato, Data di pubblicazione',
      query: awardQuery,
      responses: [{ status: 200, description: 'Una pagina di aggiudicazioni e affidamenti' }],
      handler: ({ query }) => listAwards(dataSource, query),
    }),
  ];
}
