import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { ServiceDeps } from '@app/platform/service';
import { noticeQuery } from './notice.schema.js';
import { listNotices } from './notice.service.js';

/** "Bandi e avvisi" (seed 002): the published contracts, readable without logging in. */
export function noticeRoutes({ dataSource }: ServiceDeps): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/notices',
      operationId: 'listNotices',
      public: true,
      tags: ['notices'],
      summary:
        'Bandi e avvisi: Oggetto, Tipo di appalto, CIG, Importo, Stato, Data di pubblicazione',
      query: noticeQuery,
      responses: [{ status: 200, description: 'Una pagina di bandi e avvisi' }],
      handler: ({ query }) => listNotices(dataSource, query),
    }),
  ];
}
