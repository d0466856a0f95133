import { z } from 'zod';
import type { DataSource } from 'typeorm';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import { newAnomalySchema } from './anomaly.rules.js';
import * as service from './anomaly.service.js';

const access = { tenant: true as const, roles: ['amministratore-ordine'], tags: ['pec'] };

/**
 * Seed 004's "Segnalazione anomalie": the Order tells the provider, the provider answers in the
 * thread and closes it.
 */
export function anomalyRoutes({ dataSource }: { dataSource: DataSource }): RouteSpec[] {
  return [
    defineRoute({
      ...access,
      method: 'get',
      path: '/api/v1/pec/anomalies',
      operationId: 'listPecAnomalies',
      summary: "Le segnalazioni di anomalia dell'Ordine, con stato, esito e motivo",
      responses: [{ status: 200, description: 'Segnalazioni' }],
      handler: ({ caller }) => service.anomalies(dataSource, caller),
    }),
    defineRoute({
      ...access,
      method: 'post',
      path: '/api/v1/pec/anomalies',
      operationId: 'reportPecAnomaly',
      body: newAnomalySchema,
      summary: 'Segnala al gestore una casella assegnata per errore, mancante o con dati errati',
      responses: [{ status: 202, description: 'La segnalazione, registrata' }],
      handler: async ({ command, body, res }) => {
        res.status(202);
        return service.report(dataSource, command, body);
      },
    }),
    defineRoute({
      ...access,
      method: 'get',
      path: '/api/v1/pec/anomalies/:id',
      operationId: 'getPecAnomaly',
      params: z.object({ id: z.uuid('Segnalazione non valida.') }),
      summary: 'Una segnalazione con i messaggi scambiati con il gestore',
      responses: [{ status: 200, description: 'La segnalazione' }],
      handler: ({ caller, params }) => service.anomaly(dataSource, caller, params.id),
    }),
  ];
}
