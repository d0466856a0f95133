import { z } from 'zod';
import { partnerScopeNames } from '@app/events';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import { administrationRefusals } from '../admin/administration.rules.js';
import type { IdentityDeps } from '../identity-deps.js';
import { apiClientRefusals } from './api-client.rules.js';
import { apiClientsOf } from './api-client.store.js';
import * as clients from './api-client.service.js';

const administrators = ['amministratore-ente', 'gestore-piattaforma'];
const scopes = z
  .array(
    z.enum(partnerScopeNames, {
      message: `Ambito non valido: ammessi ${partnerScopeNames.join(', ')}.`,
    }),
  )
  .min(1, 'Indica almeno un ambito.');
const tokenRequest = z.object({
  grant_type: z.literal('client_credentials', {
    message: 'grant_type deve essere client_credentials.',
  }),
  scope: z.string().optional(),
  client_id: z.string().optional(),
  client_secret: z.string().optional(),
});
const common = { roles: administrators, tags: ['api-clients'] };
const scoping = [administrationRefusals.TENANT_REQUIRED, administrationRefusals.OTHER_AGENCY];

/** Partner systems: OAuth2 client-credentials clients bound to one agency and a set of scopes. */
export function apiClientRoutes(deps: IdentityDeps): RouteSpec[] {
  return [
    defineRoute({
      ...common,
      method: 'post',
      path: '/api/v1/api-clients',
      operationId: 'createApiClient',
      summary: "Registra un sistema partner dell'ente (client OAuth2 client-credentials)",
      body: z.object({
        name: z.string().trim().min(3).max(200),
        agencyId: z.uuid().optional(),
        scopes,
      }),
      responses: [{ status: 201, description: 'Client creato; il segreto è mostrato solo ora' }],
      refusals: scoping,
      handler: ({ body, command }) => clients.createClient(deps, command, body),
    }),
    defineRoute({
      ...common,
      method: 'get',
      path: '/api/v1/api-clients',
      operationId: 'listApiClients',
      summary: "Sistemi partner dell'ente",
      tenant: true,
      responses: [{ status: 200, description: 'Client (senza segreti)' }],
      handler: ({ caller }) => apiClientsOf(deps.dataSource.manager, caller.tenant),
    }),
    defineRoute({
      ...common,
      method: 'post',
      path: '/api/v1/api-clients/:id/disable',
      operationId: 'disableApiClient',
      summary: 'Disabilita un sistema partner: i suoi token smettono di valere subito',
      params: z.object({ id: z.uuid('Client non valido.') }),
      responses: [{ status: 200, description: 'Client disabilitato' }],
      refusals: scoping,
      handler: ({ params, command }) => clients.disableClient(deps, command, params.id),
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/auth/token',
      operationId: 'issueClientToken',
      public: true,
      bodyTypes: ['form', 'json'],
      tags: ['auth'],
      summary: 'Token OAuth2 per i sistemi partner (grant client_credentials)',
      body: tokenRequest,
      responses: [{ status: 200, description: 'access_token, token_type, expires_in, scope' }],
      refusals: Object.values(apiClientRefusals),
      handler: async ({ body, req, res }) => {
        res.setHeader('cache-control', 'no-store');
        return clients.issueClientToken(deps, req.header('authorization'), body);
      },
    }),
  ];
}
