import { z } from 'zod';
import type { DataSource } from 'typeorm';
import { defineRoute, pageQuery, type RouteSpec } from '@app/platform/http';
import { requestQuery } from './request.rules.js';
import * as service from './request.service.js';

const access = { tenant: true as const, roles: ['amministratore-ordine'], tags: ['pec'] };

/**
 * The ledger of the Order's requests to the provider: what waits, what was done, what was refused
 * and why.
 */
export function requestRoutes({ dataSource }: { dataSource: DataSource }): RouteSpec[] {
  return [
    defineRoute({
      ...access,
      method: 'get',
      path: '/api/v1/pec/requests',
      operationId: 'listPecRequests',
      query: requestQuery.extend(pageQuery.shape),
      summary:
        "Le richieste dell'Ordine al gestore (stato, tipo, iscritto, casella), una pagina alla " +
        'volta, e quante in ogni stato: richiesta, inviata al gestore, eseguita o rifiutata',
      responses: [{ status: 200, description: 'Richieste' }],
      handler: ({ caller, query }) => service.requests(dataSource, caller, query),
    }),
    defineRoute({
      ...access,
      method: 'get',
      path: '/api/v1/pec/requests/:id',
      operationId: 'getPecRequest',
      params: z.object({ id: z.uuid('Richiesta non valida.') }),
      summary: 'Una richiesta: chi, quando, tentativi, esito e motivo del gestore',
      responses: [{ status: 200, description: 'La richiesta' }],
      handler: ({ caller, params }) => service.request(dataSource, caller, params.id),
    }),
  ];
}
