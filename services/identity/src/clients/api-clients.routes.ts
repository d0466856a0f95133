import { z } from 'zod';
import { actorFromRequest, recordAudit } from '@app/platform/audit';
import { requireTenant } from '@app/platform/auth';
import { AppError, notFound } from '@app/platform/errors';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import { requireOwnAgencyOrGestore } from '../admin/agencies.routes.js';
import type { IdentityDeps } from '../identity-deps.js';
import { accessTokenTtlSeconds, signAccessToken } from '../keys/keys.service.js';
import { partnerScopeNames } from '@app/events';
import { apiClientById, apiClientsOf, authenticateClient, createApiClient, disableApiClient } from './api-clients.service.js';

const administrators = ['amministratore-ente', 'gestore-piattaforma'];

/** Partner systems: OAuth2 client-credentials clients bound to one agency and a set of scopes. */
export function apiClientRoutes({ dataSource, config }: IdentityDeps): RouteSpec[] {
  return [
    defineRoute({
      method: 'post', path: '/api/v1/api-clients', operationId: 'createApiClient', summary: "Registra un sistema partner dell'ente (client OAuth2 client-credentials)", roles: administrators, tags: ['api-clients'],
      body: z.object({
        name: z.string().trim().min(3).max(200),
        agencyId: z.uuid().optional(),
        scopes: z.array(z.enum(partnerScopeNames, { message: `Ambito non valido: ammessi ${partnerScopeNames.join(', ')}.` })).min(1, 'Indica almeno un ambito.'),
      }),
      responses: [{ status: 201, description: 'Client creato; il segreto è mostrato solo ora' }],
      handler: ({ body, caller, req }) => {
        const agencyId = body.agencyId ?? requireTenant(caller);
        requireOwnAgencyOrGestore(caller, agencyId);
        return dataSource.transaction(async (manager) => {
          const client = await createApiClient(manager, { name: body.name, agencyId, scopes: body.scopes, createdBy: caller!.subject });
          await recordAudit(manager, actorFromRequest(req, caller), { action: 'api-client.created', entityType: 'api_client', entityId: client.id, details: { clientId: client.clientId, scopes: client.scopes } });
          return client;
        });
      },
    }),
    defineRoute({
      method: 'get', path: '/api/v1/api-clients', operationId: 'listApiClients', summary: "Sistemi partner dell'ente", roles: administrators, tags: ['api-clients'],
      responses: [{ status: 200, description: 'Client (senza segreti)' }],
      handler: ({ caller }) => apiClientsOf(dataSource.manager, requireTenant(caller)),
    }),
    defineRoute({
      method: 'post', path: '/api/v1/api-clients/:id/disable', operationId: 'disableApiClient', summary: 'Disabilita un sistema partner: i suoi token smettono di valere subito', roles: administrators, tags: ['api-clients'],
      params: z.object({ id: z.uuid('Client non valido.') }),
      responses: [{ status: 200, description: 'Client disabilitato' }],
      handler: ({ params, caller, req }) => dataSource.transaction(async (manager) => {
        const client = await apiClientById(manager, params.id);
        if (!client) throw notFound('Client');
        requireOwnAgencyOrGestore(caller, client.agencyId);
        const disabled = await disableApiClient(manager, params.id);
        await recordAudit(manager, actorFromRequest(req, caller), { action: 'api-client.disabled', entityType: 'api_client', entityId: params.id });
        return disabled;
      }),
    }),
    defineRoute({
      method: 'post', path: '/api/v1/auth/token', operationId: 'issueClientToken', summary: 'Token OAuth2 per i sistemi partner (grant client_credentials)', public: true, bodyTypes: ['form', 'json'], tags: ['auth'],
      body: z.object({
        grant_type: z.literal('client_credentials', { message: 'grant_type deve essere client_credentials.' }),
        scope: z.string().optional(),
        client_id: z.string().optional(),
        client_secret: z.string().optional(),
      }),
      responses: [{ status: 200, description: 'access_token, token_type, expires_in, scope' }, { status: 401, description: 'Client non autenticato' }],
      handler: async ({ body, req, res }) => {
        const basic = /^Basic (.+)$/.exec(req.header('authorization') ?? '');
        const [clientId, secret] = basic
          ? Buffer.from(basic[1]!, 'base64').toString().split(/:(.*)/s).map((part) => decodeURIComponent(part ?? ''))
          : [body.client_id, body.client_secret];
        const client = await authenticateClient(dataSource.manager, clientId ?? '', secret ?? '');
        const asked = body.scope ? body.scope.split(' ').filter(Boolean) : client.scopes;
        const refused = asked.filter((scope) => !client.scopes.includes(scope));
        if (refused.length) {
          throw new AppError({ code: 'INVALID_SCOPE', status: 400, title: 'Ambito non consentito', detail: `Ambiti non concessi a questo client: ${refused.join(', ')}.`, extensions: { error: 'invalid_scope' } });
        }
        const accessToken = await signAccessToken(dataSource, config.SIGNING_KEY_SECRET, {
          sub: `client:${client.clientId}`, client_id: client.clientId, tenant: client.agencyId, scope: asked.join(' '), roles: [],
          // The client's id as the token's session: disabling the client revokes its live tokens at once.
          sid: client.id,
        }, config.JWT_ISSUER, config.JWT_AUDIENCE);
        res.setHeader('cache-control', 'no-store');
        return { access_token: accessToken, token_type: 'Bearer', expires_in: accessTokenTtlSeconds, scope: asked.join(' ') };
      },
    }),
  ];
}
