import { z } from 'zod';
import { actorFromRequest } from '@app/platform/audit';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { IdentityDeps } from '../../identity-deps.js';
import { refusalsOnAccessPage } from '../../pages/access-page.routes.js';
import { accessPagePath, respondLogin } from '../login-response.js';
import { loginWithSpid } from '../login.service.js';
import type { SpidServiceProvider } from './spid-sp.js';
import { answerIdpLogout } from './spid-logout.js';
import { spMetadata } from './spid-metadata.js';
import { sendPostForm } from './spid-xml.js';

const startSpidLoginRoute = (deps: IdentityDeps, sp: SpidServiceProvider) =>
  defineRoute({
    method: 'get',
    path: '/api/v1/auth/spid/login',
    operationId: 'startSpidLogin',
    summary:
      "Entra con SPID: invia la richiesta di autenticazione firmata all'identity provider scelto",
    public: true,
    tags: ['auth'],
    query: z.object({
      idp: z.string().min(1, "Scegli l'identity provider."),
      level: z.coerce.number().int().min(1).max(3, 'Il livello SPID è 1, 2 o 3.').default(2),
    }),
    responses: [
      {
        status: 200,
        description:
          "Pagina che inoltra la richiesta SAML all'identity provider (binding HTTP-POST)",
      },
    ],
    handler: async ({ query, res }) => {
      const request = await sp.authnRequest(query.idp, query.level as 1 | 2 | 3);
      sendPostForm(
        res,
        request.ssoUrl,
        { SAMLRequest: request.samlRequest, RelayState: request.requestId },
        "Reindirizzamento all'identity provider SPID",
      );
      return undefined;
    },
  });

const completeSpidLoginRoute = (deps: IdentityDeps, sp: SpidServiceProvider) =>
  defineRoute({
    method: 'post',
    path: '/api/v1/auth/spid/acs',
    operationId: 'completeSpidLogin',
    summary: "Assertion Consumer Service: riceve e verifica la risposta dell'identity provider",
    public: true,
    bodyTypes: ['form'],
    tags: ['auth'],
    body: z.object({
      SAMLResponse: z.string().min(1, 'Risposta SAML mancante.'),
      RelayState: z.string().optional(),
    }),
    responses: [
      { status: 200, description: 'Sessione aperta (o reindirizzamento alla pagina di accesso)' },
      { status: 401, description: 'Risposta rifiutata' },
    ],
    handler: ({ body, req, res }) =>
      refusalsOnAccessPage(req, res, deps.config, async () => {
        const outcome = await loginWithSpid(
          deps,
          sp,
          body.SAMLResponse,
          actorFromRequest(req, undefined),
        );
        return respondLogin(req, res, deps.config, outcome);
      }),
  });

const getSpidMetadataRoute = (deps: IdentityDeps, sp: SpidServiceProvider) =>
  defineRoute({
    method: 'get',
    path: '/api/v1/auth/spid/metadata',
    operationId: 'getSpidMetadata',
    summary: 'Metadati SAML del service provider SPID',
    public: true,
    tags: ['auth'],
    responses: [{ status: 200, description: 'EntityDescriptor firmato' }],
    handler: async ({ res }) => {
      const xml = spMetadata(deps.config, sp, await sp.credential());
      res.type('application/samlmetadata+xml').send(xml);
      return undefined;
    },
  });

const handleSpidLogoutRoute = (deps: IdentityDeps, sp: SpidServiceProvider) =>
  defineRoute({
    method: 'get',
    path: '/api/v1/auth/spid/slo',
    operationId: 'handleSpidLogout',
    summary: "Single logout: richiesta dall'identity provider, o sua risposta al nostro logout",
    public: true,
    tags: ['auth'],
    responses: [
      {
        status: 303,
        description: "Risposta firmata all'identity provider, o la pagina di accesso",
      },
      { status: 400, description: 'Richiesta non firmata' },
    ],
    handler: async ({ req, res }) => {
      const rawQuery = req.originalUrl.split('?')[1] ?? '';
      // Our session ended before we redirected to the IdP; its LogoutResponse only closes the round
      // trip.
      const target = new URLSearchParams(rawQuery).has('SAMLRequest')
        ? await answerIdpLogout(deps, sp, rawQuery)
        : `${accessPagePath}?uscita=completata`;
      res.redirect(303, target);
      return undefined;
    },
  });

export function spidRoutes(deps: IdentityDeps, sp: SpidServiceProvider): RouteSpec[] {
  return [
    startSpidLoginRoute(deps, sp),
    completeSpidLoginRoute(deps, sp),
    getSpidMetadataRoute(deps, sp),
    handleSpidLogoutRoute(deps, sp),
  ];
}
