import { z } from 'zod';
import { defineRoute, shortPageQuery, type RouteSpec } from '@app/platform/http';
import type { ServiceDeps } from '@app/platform/service';
import { codeListSummary, searchCodeList } from './code-lists.service.js';

/** The ANAC code lists the Richiedi CIG form offers: labels to choose, codes to send. */
export function codeListRoutes({ dataSource }: ServiceDeps): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/code-lists',
      operationId: 'listCodeLists',
      summary:
        'Gli elenchi ANAC (tipologiche) letti dalla Piattaforma Contratti ' +
        'Pubblici, con la data di lettura',
      tags: ['code-lists'],
      scopes: ['cig-requests:read'],
      responses: [{ status: 200, description: 'Elenchi, voci e data dell’ultima lettura' }],
      handler: () => codeListSummary(dataSource.manager),
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/code-lists/:list',
      operationId: 'searchCodeList',
      summary: 'Le voci in vigore di un elenco ANAC, cercate per codice o descrizione',
      tags: ['code-lists'],
      scopes: ['cig-requests:read'],
      params: z.object({
        list: z.string().regex(/^[A-Za-z]{2,60}$/, 'Nome di elenco non valido.'),
      }),
      query: z.object({
        q: z.string().trim().max(100).optional(),
        ...shortPageQuery.shape,
      }),
      responses: [
        { status: 200, description: 'Codici ed etichette' },
        { status: 404, description: 'Elenco non gestito' },
      ],
      handler: ({ params, query }) => searchCodeList(dataSource.manager, params.list, query),
    }),
  ];
}
