import { readFileSync } from 'node:fs';
import type { Response } from 'express';
import Handlebars from 'handlebars';
import { z } from 'zod';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { IdentityDeps } from '../identity-deps.js';
import { levelOf } from '../login/levels.js';
import { personById } from '../persons/persons.service.js';
import { activeProfilesOf } from '../profiles/profiles.service.js';
import { sessionSecretOf } from '../sessions/session-cookies.js';
import { sessionBySecret } from '../sessions/sessions.service.js';

const template = Handlebars.compile(readFileSync(new URL('./access-page.hbs', import.meta.url), 'utf8'));
const methodLabels = { spid: 'SPID', cie: 'CIE', cns: 'CNS', password: 'username e password' } as const;

/** The access page without a session, telling why the last attempt failed (a refused SPID response…). */
export function sendAccessPageError(res: Response, config: IdentityDeps['config'], status: number, error: { title: string; detail?: string }): void {
  res.setHeader('cache-control', 'no-store');
  res.status(status).type('html').send(template({ idps: Object.keys(config.SPID_IDPS), error }));
}

/** The access page (seed 002): login choices, then the choice or change of profile, and logout. */
export function accessPageRoutes({ dataSource, config }: IdentityDeps): RouteSpec[] {
  return [defineRoute({
    method: 'get', path: '/api/v1/auth/login', summary: 'Pagina di accesso: SPID, CIE, CNS, accesso tradizionale, scelta e cambio profilo', public: true, tags: ['auth'],
    query: z.object({ uscita: z.string().optional() }),
    responses: [{ status: 200, description: 'Pagina HTML' }],
    handler: async ({ query, req, res }) => {
      const session = await sessionBySecret(dataSource.manager, sessionSecretOf(req)).catch(() => undefined);
      const person = session ? await personById(dataSource.manager, session.personId) : undefined;
      const profiles = person ? await activeProfilesOf(dataSource.manager, person.id) : [];
      const selectedProfile = profiles.find((p) => p.id === session?.selectedProfileId);
      const level = session ? levelOf(session.acr) : undefined;
      res.setHeader('cache-control', 'no-store');
      res.type('html').send(template({
        person, selectedProfile, idps: Object.keys(config.SPID_IDPS), loggedOut: query.uscita !== undefined,
        choosable: profiles.filter((p) => p.id !== selectedProfile?.id),
        methodLabel: session ? methodLabels[session.method] : undefined,
        levelLabel: level ? `livello ${level}` : undefined,
      }));
      return undefined;
    },
  })];
}
