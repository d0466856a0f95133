import { z } from 'zod';
import { entityStatementMediaType } from '@app/oidc-federation';
import { actorFromRequest } from '@app/platform/audit';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { IdentityDeps } from '../../identity-deps.js';
import { refusalsOnAccessPage } from '../../pages/access-page.routes.js';
import { respondLogin } from '../login-response.js';
import { loginWithOidc } from '../login.service.js';
import { oidcRelyingParty } from './relying-party.js';

function oidcRoutesContext(deps: IdentityDeps) {
  const { dataSource, config, logger } = deps;
  const rp = oidcRelyingParty(dataSource, config, logger);
  return { deps, dataSource, config, logger, rp };
}

type OidcRoutesContext = ReturnType<typeof oidcRoutesContext>;

const getEntityConfigurationRoute = ({ rp }: OidcRoutesContext) =>
  defineRoute({
    method: 'get',
    path: '/.well-known/openid-federation',
    operationId: 'getEntityConfiguration',
    summary: 'Entity configuration del relying party nella federazione OpenID Connect SPID/CIE',
    public: true,
    tags: ['auth'],
    responses: [
      {
        status: 200,
        description: 'Entity configuration firmata (application/entity-statement+jwt)',
      },
    ],
    handler: async ({ res }) => {
      res.type(entityStatementMediaType).send(await rp.entityConfiguration());
      return undefined;
    },
  });

const startCieLoginRoute = ({ rp }: OidcRoutesContext) =>
  defineRoute({
    method: 'get',
    path: '/api/v1/auth/cie/login',
    operationId: 'startCieLogin',
    summary:
      'Entra con CIE: reindirizza a CIE id con una richiesta firmata (OpenID Connect federation)',
    public: true,
    tags: ['auth'],
    responses: [{ status: 303, description: "Reindirizzamento all'identity provider" }],
    handler: async ({ res }) => {
      res.redirect(303, await rp.authorizationUrl('cie'));
      return undefined;
    },
  });

const startSpidOidcLoginRoute = ({ rp }: OidcRoutesContext) =>
  defineRoute({
    method: 'get',
    path: '/api/v1/auth/spid/oidc/login',
    operationId: 'startSpidOidcLogin',
    summary: "Entra con SPID tramite OpenID Connect: reindirizza all'identity provider scelto",
    public: true,
    tags: ['auth'],
    query: z.object({
      provider: z.string().min(1, "Scegli l'identity provider."),
      level: z.coerce.number().int().min(1).max(3, 'Il livello SPID è 1, 2 o 3.').default(2),
    }),
    responses: [
      { status: 303, description: "Reindirizzamento all'identity provider" },
      { status: 400, description: 'Identity provider sconosciuto' },
    ],
    handler: async ({ query, res }) => {
      res.redirect(
        303,
        await rp.authorizationUrl('spid', query.provider, query.level as 1 | 2 | 3),
      );
      return undefined;
    },
  });

const completeOidcLoginRoute = ({ deps, config, rp }: OidcRoutesContext) =>
  defineRoute({
    method: 'get',
    path: '/api/v1/auth/oidc/callback',
    operationId: 'completeOidcLogin',
    summary: "Ritorno dall'identity provider CIE o SPID (OpenID Connect)",
    public: true,
    tags: ['auth'],
    responses: [
      { status: 200, description: 'Sessione aperta (o reindirizzamento alla pagina di accesso)' },
      { status: 401, description: 'Accesso rifiutato' },
    ],
    handler: ({ req, res }) =>
      refusalsOnAccessPage(req, res, config, async () => {
        const callbackQuery = req.originalUrl.split('?')[1] ?? '';
        const outcome = await loginWithOidc(
          deps,
          rp,
          callbackQuery,
          actorFromRequest(req, undefined),
        );
        return respondLogin(req, res, config, outcome);
      }),
  });

/**
 * CIE id and SPID through the OpenID Connect federation: the entity configuration, the two starts,
 * one callback.
 */
export function oidcRoutes(deps: IdentityDeps): RouteSpec[] {
  const context = oidcRoutesContext(deps);
  return [
    getEntityConfigurationRoute(context),
    startCieLoginRoute(context),
    startSpidOidcLoginRoute(context),
    completeOidcLoginRoute(context),
  ];
}
