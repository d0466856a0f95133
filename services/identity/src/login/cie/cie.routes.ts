import { actorFromRequest } from '@app/platform/audit';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { IdentityDeps } from '../../identity-deps.js';
import { completeLogin } from '../complete-login.js';
import { respondLogin } from '../login-response.js';
import { cieClient } from './cie-client.js';

export function cieRoutes(deps: IdentityDeps): RouteSpec[] {
  const { dataSource, config, logger } = deps;
  const cie = cieClient(dataSource, config, logger);
  return [
    defineRoute({
      method: 'get', path: '/api/v1/auth/cie/login', operationId: 'startCieLogin', summary: "Entra con CIE: reindirizza all'identity provider CIE (OpenID Connect)", public: true, tags: ['auth'],
      responses: [{ status: 303, description: "Reindirizzamento all'identity provider" }],
      handler: async ({ res }) => {
        res.redirect(303, await cie.authorizationUrl());
        return undefined;
      },
    }),
    defineRoute({
      method: 'get', path: '/api/v1/auth/cie/callback', operationId: 'completeCieLogin', summary: "Ritorno dall'identity provider CIE", public: true, tags: ['auth'],
      responses: [{ status: 200, description: 'Sessione aperta (o reindirizzamento alla pagina di accesso)' }, { status: 401, description: 'Accesso rifiutato' }],
      handler: async ({ req, res }) => {
        const identity = await cie.complete(req.originalUrl.split('?')[1] ?? '');
        const outcome = await completeLogin(dataSource, config, logger, {
          fiscalCode: identity.fiscalCode, method: 'cie', acr: identity.acr, amr: ['cie'], authTime: identity.authTime, idp: identity.idp,
        }, actorFromRequest(req, undefined));
        return respondLogin(req, res, config, outcome);
      },
    }),
  ];
}
