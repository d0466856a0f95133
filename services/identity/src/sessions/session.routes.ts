import { z } from 'zod';
import { defineRoute, sameSitePath, type RouteSpec } from '@app/platform/http';
import type { IdentityDeps } from '../identity-deps.js';
import { accessPagePath, wantsPage } from './browser-answers.js';
import { setSessionCookies } from './session-cookies.js';
import { sessionRefusals } from './session.rules.js';
import * as sessions from './session.service.js';

const tags = ['auth'];

const selectProfileRoute = (deps: IdentityDeps) =>
  defineRoute({
    method: 'post',
    path: '/api/v1/auth/profile',
    operationId: 'selectProfile',
    public: true,
    bodyTypes: ['json', 'form'],
    tags,
    summary: 'Scelta o cambio del profilo (Cambio profilo) senza uscire',
    body: z.object({ profileId: z.uuid('Profilo non valido.') }),
    responses: [
      {
        status: 200,
        description:
          'Nuovo token per il profilo scelto; metodo, livello e ora di ' +
          'autenticazione restano quelli del login',
      },
    ],
    refusals: [sessionRefusals.PROFILE_NOT_AVAILABLE],
    handler: async ({ body, command, req, res }) => {
      const { profile, tokens } = await sessions.chooseProfile(deps, command, req, body.profileId);
      setSessionCookies(res, deps.config, tokens);
      if (wantsPage(req)) return void res.redirect(303, accessPagePath);
      return { selectedProfile: profile, ...tokens, tokenType: 'Bearer' };
    },
  });

const getMeRoute = (deps: IdentityDeps) =>
  defineRoute({
    method: 'get',
    path: '/api/v1/me',
    operationId: 'getMe',
    summary: 'La persona, il profilo selezionato e i suoi profili',
    tags,
    responses: [
      { status: 200, description: 'Persona, sessione, profilo selezionato e profili attivi' },
    ],
    handler: ({ caller, req }) => sessions.me(deps, caller, req),
  });

const refreshAccessTokenRoute = (deps: IdentityDeps) =>
  defineRoute({
    method: 'post',
    path: '/api/v1/auth/refresh',
    operationId: 'refreshAccessToken',
    public: true,
    tags,
    summary: 'Nuovo token di accesso per la sessione del browser',
    responses: [{ status: 200, description: 'Nuovo token di accesso (anche nel cookie)' }],
    handler: async ({ req, res }) => {
      const tokens = await sessions.refresh(deps, req);
      setSessionCookies(res, deps.config, tokens);
      return { ...tokens, tokenType: 'Bearer' };
    },
  });

const refreshForBrowserRoute = (deps: IdentityDeps) =>
  defineRoute({
    method: 'get',
    path: '/api/v1/auth/refresh',
    operationId: 'refreshForBrowser',
    public: true,
    tags,
    summary:
      'Rinnovo del token per il browser: poi torna alla pagina (solo percorsi ' +
      'di questo sito), altrimenti alla pagina di accesso',
    query: z.object({ next: z.string().max(2_000).optional() }),
    responses: [
      {
        status: 303,
        description: 'Alla pagina richiesta con il nuovo token, o alla pagina di accesso',
      },
    ],
    handler: async ({ query, req, res }) => {
      const tokens = await sessions.refresh(deps, req).catch(() => undefined);
      if (!tokens) return void res.redirect(303, accessPagePath);
      setSessionCookies(res, deps.config, tokens);
      res.redirect(303, sameSitePath(query.next));
      return undefined;
    },
  });

const listRevokedSessionsRoute = (deps: IdentityDeps) =>
  defineRoute({
    method: 'get',
    path: '/.well-known/revoked-sessions',
    operationId: 'listRevokedSessions',
    public: true,
    tags,
    summary: 'Sessioni chiuse i cui token non sono ancora scaduti',
    responses: [{ status: 200, description: 'Identificativi delle sessioni chiuse' }],
    handler: async ({ res }) => {
      res.setHeader('cache-control', 'no-store');
      return { sessions: await sessions.revokedSessionIds(deps.dataSource.manager) };
    },
  });

export function sessionRoutes(deps: IdentityDeps): RouteSpec[] {
  return [
    selectProfileRoute(deps),
    getMeRoute(deps),
    refreshAccessTokenRoute(deps),
    refreshForBrowserRoute(deps),
    listRevokedSessionsRoute(deps),
  ];
}
