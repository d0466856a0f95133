import type { Request } from 'express';
import { z } from 'zod';
import { actorFromRequest, recordAudit } from '@app/platform/audit';
import type { Caller } from '@app/platform/auth';
import { AppError } from '@app/platform/errors';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { IdentityDeps } from '../identity-deps.js';
import { accessPagePath, wantsPage } from '../login/login-response.js';
import { singleLogoutRedirect } from '../login/spid/spid-logout.js';
import type { SpidServiceProvider } from '../login/spid/spid-sp.js';
import { personById } from '../persons/persons.service.js';
import { activeProfilesOf, profileById } from '../profiles/profiles.service.js';
import { accessTokenFor } from './access-token.js';
import { clearSessionCookies, sessionSecretOf, setSessionCookies } from './session-cookies.js';
import { endSession, liveSession, revokedSessionIds, selectProfileOf, sessionAsCaller, sessionBySecret, type LoginSession } from './sessions.service.js';

export function sessionRoutes(deps: IdentityDeps, sp: SpidServiceProvider): RouteSpec[] {
  const { dataSource, config } = deps;
  /** The caller's session: named by its token, or by the browser's session cookie. */
  const sessionOf = (caller: Caller | undefined, req: Request): Promise<LoginSession> =>
    caller?.sessionId ? liveSession(dataSource.manager, caller.sessionId) : sessionBySecret(dataSource.manager, sessionSecretOf(req));

  return [
    defineRoute({
      method: 'post', path: '/api/v1/auth/profile', operationId: 'selectProfile', summary: 'Scelta o cambio del profilo (Cambio profilo) senza uscire', public: true, bodyTypes: ['json', 'form'], tags: ['auth'],
      body: z.object({ profileId: z.uuid('Profilo non valido.') }),
      responses: [{ status: 200, description: 'Nuovo token per il profilo scelto; metodo, livello e ora di autenticazione restano quelli del login' }],
      handler: async ({ body, caller, req, res }) => {
        const session = await sessionOf(caller, req);
        const result = await dataSource.transaction(async (manager) => {
          const profile = await profileById(manager, body.profileId);
          if (!profile || profile.personId !== session.personId || profile.status !== 'attivo') {
            throw new AppError({ code: 'PROFILE_NOT_AVAILABLE', status: 403, title: 'Profilo non disponibile', detail: 'Il profilo indicato non è tra i tuoi profili attivi.' });
          }
          await selectProfileOf(manager, session.id, profile.id);
          const switched = session.selectedProfileId !== null && session.selectedProfileId !== profile.id;
          await recordAudit(manager, actorFromRequest(req, sessionAsCaller(session, profile)), {
            action: switched ? 'profile.switched' : 'profile.selected', entityType: 'login_session', entityId: session.id,
            details: { from: session.selectedProfileId, to: profile.id },
          });
          return { profile, person: (await personById(manager, session.personId))! };
        });
        const tokens = await accessTokenFor(dataSource, config, { ...session, selectedProfileId: result.profile.id }, result.person, result.profile);
        setSessionCookies(res, config, tokens);
        if (wantsPage(req)) return void res.redirect(303, accessPagePath);
        return { selectedProfile: result.profile, ...tokens, tokenType: 'Bearer' };
      },
    }),
    defineRoute({
      method: 'get', path: '/api/v1/me', operationId: 'getMe', summary: 'La persona, il profilo selezionato e i suoi profili', tags: ['auth'],
      responses: [{ status: 200, description: 'Persona, sessione, profilo selezionato e profili attivi' }],
      handler: async ({ caller, req }) => {
        const session = await sessionOf(caller, req);
        const person = (await personById(dataSource.manager, session.personId))!;
        const profiles = await activeProfilesOf(dataSource.manager, person.id);
        const selectedProfile = profiles.find((p) => p.id === session.selectedProfileId) ?? null;
        return {
          person, selectedProfile, profiles,
          session: { id: session.id, method: session.method, acr: session.acr, amr: session.amr, authTime: new Date(session.authTime).toISOString(), idp: session.idp },
        };
      },
    }),
    defineRoute({
      method: 'post', path: '/api/v1/auth/refresh', operationId: 'refreshAccessToken', summary: 'Nuovo token di accesso per la sessione del browser', public: true, tags: ['auth'],
      responses: [{ status: 200, description: 'Nuovo token di accesso (anche nel cookie)' }],
      handler: async ({ req, res }) => {
        const session = await sessionBySecret(dataSource.manager, sessionSecretOf(req));
        const person = (await personById(dataSource.manager, session.personId))!;
        const profile = session.selectedProfileId ? await profileById(dataSource.manager, session.selectedProfileId) : undefined;
        const tokens = await accessTokenFor(dataSource, config, session, person, profile?.status === 'attivo' ? profile : undefined);
        setSessionCookies(res, config, tokens);
        return { ...tokens, tokenType: 'Bearer' };
      },
    }),
    defineRoute({
      method: 'post', path: '/api/v1/auth/logout', operationId: 'logout', summary: 'Logout: chiude la sessione e tutti i suoi token (e la sessione SPID di livello 1)', public: true, bodyTypes: ['json', 'form'], tags: ['auth'],
      responses: [{ status: 200, description: 'Sessione chiusa; con SPID livello 1, l\'indirizzo del single logout presso l\'IdP' }],
      handler: async ({ caller, req, res }) => {
        const session = await sessionOf(caller, req);
        await dataSource.transaction(async (manager) => {
          await endSession(manager, session, 'logout');
          await recordAudit(manager, actorFromRequest(req, caller ?? sessionAsCaller(session)), {
            action: 'logout', entityType: 'login_session', entityId: session.id, details: { method: session.method },
          });
        });
        clearSessionCookies(res, config);
        const singleLogout = await singleLogoutRedirect(sp, session);
        if (wantsPage(req)) return void res.redirect(303, singleLogout ?? `${accessPagePath}?uscita=completata`);
        return { loggedOut: true, singleLogout: singleLogout ?? null };
      },
    }),
    defineRoute({
      method: 'get', path: '/.well-known/revoked-sessions', operationId: 'listRevokedSessions', summary: 'Sessioni chiuse i cui token non sono ancora scaduti', public: true, tags: ['auth'],
      responses: [{ status: 200, description: 'Identificativi delle sessioni chiuse' }],
      handler: async ({ res }) => {
        res.setHeader('cache-control', 'no-store');
        return { sessions: await revokedSessionIds(dataSource.manager) };
      },
    }),
  ];
}
