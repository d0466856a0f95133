import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { IdentityDeps } from '../identity-deps.js';
import { accessPagePath, wantsPage } from '../sessions/browser-answers.js';
import { clearSessionCookies } from '../sessions/session-cookies.js';
import { logout } from '../sessions/session.service.js';
import { singleLogoutRedirect } from './spid/spid-logout.js';
import type { SpidServiceProvider } from './spid/spid-sp.js';

/** Logout ends the session here, then (SPID level 1) at the identity provider too. */
export function logoutRoutes(deps: IdentityDeps, sp: SpidServiceProvider): RouteSpec[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/v1/auth/logout',
      operationId: 'logout',
      public: true,
      bodyTypes: ['json', 'form'],
      tags: ['auth'],
      summary: 'Logout: chiude la sessione e tutti i suoi token (e la sessione SPID di livello 1)',
      responses: [
        {
          status: 200,
          description:
            "Sessione chiusa; con SPID livello 1, l'indirizzo del single logout presso l'IdP",
        },
      ],
      handler: async ({ command, req, res }) => {
        const session = await logout(deps, command, req);
        clearSessionCookies(res, deps.config);
        const singleLogout = await singleLogoutRedirect(sp, session);
        if (wantsPage(req))
          return void res.redirect(303, singleLogout ?? `${accessPagePath}?uscita=completata`);
        return { loggedOut: true, singleLogout: singleLogout ?? null };
      },
    }),
  ];
}
