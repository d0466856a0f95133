import { z } from 'zod';
import { actorFromRequest, recordAudit } from '@app/platform/audit';
import { requireTenant } from '@app/platform/auth';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import { oncePerIdempotencyKey } from '@app/platform/idempotency';
import type { ServiceDeps } from '@app/platform/service';
import type { pcpClient } from '../pcp/pcp-client.js';
import { acquireCigs } from './acquire-cigs.js';
import { cigRequestSchema } from './cig-request.schema.js';
import { changeRequest, createRequest, loadRequest, startConfirmation, viewOf } from './cig-requests.service.js';
import { requirePcp, rupFor } from './anac-access.js';

const preparers = ['rup', 'buyer', 'punto-ordinante'];
const idParams = z.object({ id: z.uuid('Richiesta CIG non valida.') });

export function cigRequestRoutes(deps: ServiceDeps & { pcp: ReturnType<typeof pcpClient> | undefined; wakeWorker: () => void }): RouteSpec[] {
  const { dataSource, pcp } = deps;
  return [
    defineRoute({
      method: 'post', path: '/api/v1/cig-requests', operationId: 'createCigRequest', summary: "Richiedi CIG: l'appalto di un'adesione senza nuovo confronto competitivo (scheda AD4), in bozza", roles: preparers, tags: ['cig-requests'],
      body: cigRequestSchema, responses: [{ status: 201, description: 'Richiesta in bozza, con il totale dei lotti' }],
      handler: ({ body, caller, req }) => dataSource.transaction(async (manager) => {
        const created = await createRequest(manager, requireTenant(caller), caller!.subject, body);
        await recordAudit(manager, actorFromRequest(req, caller), { action: 'cig-request.created', entityType: 'cig-request', entityId: created.id });
        return viewOf(created);
      }),
    }),
    defineRoute({
      method: 'get', path: '/api/v1/cig-requests', operationId: 'listCigRequests', summary: "Le richieste CIG dell'ente", tags: ['cig-requests'], scopes: ['cig-requests:read'],
      responses: [{ status: 200, description: 'Richieste, dalla più recente' }],
      handler: async ({ caller }) => (await dataSource.query(
        `SELECT id, status, data->>'codiceAppalto' AS "codiceAppalto", data->>'subject' AS subject, data->>'parentCig' AS "parentCig", total_cents::float8 AS "totalCents", created_at AS "createdAt", updated_at AS "updatedAt"
         FROM cig_requests WHERE agency_id = $1 ORDER BY created_at DESC LIMIT 200`, [requireTenant(caller)])),
    }),
    defineRoute({
      method: 'get', path: '/api/v1/cig-requests/:id', operationId: 'getCigRequest', summary: 'Una richiesta CIG: dati, stato verso ANAC, errori spiegati, CIG acquisiti', tags: ['cig-requests'], scopes: ['cig-requests:read'],
      params: idParams, responses: [{ status: 200, description: 'La richiesta' }],
      handler: async ({ params, caller }) => viewOf(await loadRequest(dataSource.manager, params.id, caller?.tenant)),
    }),
    defineRoute({
      method: 'put', path: '/api/v1/cig-requests/:id', operationId: 'updateCigRequest', summary: 'Modifica la richiesta finché non è confermata da ANAC', roles: preparers, tags: ['cig-requests'],
      params: idParams, body: cigRequestSchema, responses: [{ status: 200, description: 'La richiesta modificata' }],
      handler: ({ params, body, caller, req }) => dataSource.transaction(async (manager) => {
        const changed = await changeRequest(manager, await loadRequest(manager, params.id, caller?.tenant, true), body);
        await recordAudit(manager, actorFromRequest(req, caller), { action: 'cig-request.changed', entityType: 'cig-request', entityId: params.id });
        return viewOf(changed);
      }),
    }),
    defineRoute({
      method: 'post', path: '/api/v1/cig-requests/:id/confirm', operationId: 'confirmAppalto', summary: 'Conferma appalto: crea-appalto e conferma-appalto presso ANAC, poi l’esito (asincrono: «in corso»)', roles: ['rup'], strongAuth: true, tags: ['cig-requests'],
      params: idParams, responses: [{ status: 202, description: 'Richiesta in corso presso ANAC' }],
      handler: async ({ params, caller, req, res }) => {
        requirePcp(pcp);
        const tenant = requireTenant(caller);
        const rup = await rupFor(dataSource.manager, caller!);
        const started = await oncePerIdempotencyKey(dataSource, req, caller, async (manager) => {
          const request = await startConfirmation(manager, await loadRequest(manager, params.id, tenant, true), rup);
          await recordAudit(manager, actorFromRequest(req, caller), { action: 'cig-request.confirm-requested', entityType: 'cig-request', entityId: params.id });
          return viewOf(request);
        });
        deps.wakeWorker();
        res.status(202);
        return started;
      },
    }),
    defineRoute({
      method: 'post', path: '/api/v1/cig-requests/:id/acquire', operationId: 'acquireCigs', summary: 'Acquisisci CIG: recupera-cig per un appalto confermato', roles: ['rup'], strongAuth: true, tags: ['cig-requests'],
      params: idParams, responses: [{ status: 200, description: 'I CIG dei lotti' }],
      handler: async ({ params, caller, req }) => {
        const client = requirePcp(pcp);
        const tenant = requireTenant(caller);
        const rup = await rupFor(dataSource.manager, caller!);
        const acquired = await acquireCigs(dataSource, client, await loadRequest(dataSource.manager, params.id, tenant), rup);
        await recordAudit(dataSource.manager, actorFromRequest(req, caller), { action: 'cig-request.cigs-acquired', entityType: 'cig-request', entityId: params.id });
        return viewOf(acquired);
      },
    }),
    defineRoute({
      method: 'get', path: '/api/v1/cig-requests/:id/transmissions', operationId: 'listTransmissions', summary: 'Log trasmissioni: ogni scambio con ANAC (operazione, ora, durata, stato HTTP, esito, errori, corpi senza segreti)', tags: ['cig-requests'], scopes: ['cig-requests:read'],
      params: idParams, responses: [{ status: 200, description: 'Le trasmissioni, in ordine' }],
      handler: async ({ params, caller }) => {
        await loadRequest(dataSource.manager, params.id, caller?.tenant);
        return dataSource.query(
          `SELECT id::int, operation, method, url, attempt, started_at AS "startedAt", duration_ms AS "durationMs", http_status AS "httpStatus", outcome, errors,
             request_body AS "requestBody", response_body AS "responseBody", failure
           FROM transmissions WHERE cig_request_id = $1 ORDER BY id`, [params.id]);
      },
    }),
  ];
}
