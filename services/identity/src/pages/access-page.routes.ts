import type { Request, Response } from 'express';
import { AppError } from '@app/platform/errors';
import { pageRenderer } from '@app/page-layout';
import { z } from 'zod';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { IdentityDeps } from '../identity-deps.js';
import { levelOf } from '../sessions/levels.rules.js';
import { wantsPage } from '../sessions/browser-answers.js';
import { personById } from '../persons/persons.service.js';
import { activeProfilesOf } from '../profiles/profiles.service.js';
import { sessionSecretOf } from '../sessions/session-cookies.js';
import { sessionBySecret } from '../sessions/session.service.js';

const render = pageRenderer(new URL('.', import.meta.url).pathname);
type AccessView = {
  person?: { givenName: string; familyName: string };
  selectedProfile?: { roleLabels: string[]; agency: { name: string } };
} & Record<string, unknown>;
/** The access page in the portal's layout: the header names the person once logged in. */
const template = (view: AccessView) =>
  render('access-page', {
    ...view,
    title: 'Accesso',
    breadcrumbs: [{ label: 'Accesso' }],
    signedIn: view.person,
    person: view.person && {
      name: `${view.person.givenName} ${view.person.familyName}`,
      profile: view.selectedProfile
        ? `${view.selectedProfile.roleLabels.join(', ')} — ${view.selectedProfile.agency.name}`
        : 'profilo da scegliere',
    },
  });
const methodLabels = {
  spid: 'SPID',
  cie: 'CIE',
  cns: 'CNS',
  password: 'username e password',
} as const;

/**
 * The access page without a session, telling why the last attempt failed (a refused SPID response,
 * a wrong password…); `changeFor` asks that username for a new password (first access).
 */
export function sendAccessPageError(
  res: Response,
  config: IdentityDeps['config'],
  status: number,
  error: { title: string; detail?: string },
  changeFor?: string,
): void {
  sendAccessPage(res, config, { error, changeFor }, status);
}

/**
 * The access page without a session, with one of the password's own panels: «Hai dimenticato la
 * password?» (`recoveryAsk`), the new password through a link (`recoveryToken`), «Cambio password»
 * (`changeAny`), and what the last step did (`notice`).
 */
export function sendAccessPage(
  res: Response,
  config: IdentityDeps['config'],
  panel: {
    recoveryAsk?: boolean;
    recoveryToken?: string;
    changeAny?: boolean;
    notice?: string;
    error?: { title: string; detail?: string };
    changeFor?: string;
  },
  status = 200,
): void {
  res.setHeader('cache-control', 'no-store');
  res
    .status(status)
    .type('html')
    .send(
      template({
        idps: Object.keys(config.SPID_IDPS),
        spidOidc: Object.keys(config.SPID_OIDC_PROVIDERS),
        ...panel,
      }),
    );
}

/**
 * Runs a login step; a browser (an HTML form, an IdP posting back) reads a refusal on the access
 * page instead of a problem document. `changeFor` names the username whose password a refusal asks
 * to change.
 */
export async function refusalsOnAccessPage<T>(
  req: Request,
  res: Response,
  config: IdentityDeps['config'],
  work: () => Promise<T>,
  changeFor?: (code: string) => string | undefined,
): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    if (!wantsPage(req) || !(error instanceof AppError) || error.status >= 500) throw error;
    if (typeof error.extensions.retryAfterSeconds === 'number')
      res.setHeader('retry-after', String(error.extensions.retryAfterSeconds));
    sendAccessPageError(res, config, error.status, error, changeFor?.(error.code));
    return undefined;
  }
}

/** The access page (seed 002): login choices, then the choice or change of profile, and logout. */
export function accessPageRoutes({ dataSource, config }: IdentityDeps): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/auth/login',
      operationId: 'getAccessPage',
      summary: 'Pagina di accesso: SPID, CIE, CNS, accesso tradizionale, scelta e cambio profilo',
      public: true,
      tags: ['auth'],
      query: z.object({
        uscita: z.string().optional(),
        recupero: z.string().optional(),
        cambio: z.string().optional(),
      }),
      responses: [{ status: 200, description: 'Pagina HTML' }],
      handler: async ({ query, req, res }) => {
        const session = await sessionBySecret(dataSource.manager, sessionSecretOf(req)).catch(
          () => undefined,
        );
        const person = session ? await personById(dataSource.manager, session.personId) : undefined;
        const profiles = person ? await activeProfilesOf(dataSource.manager, person.id) : [];
        const selectedProfile = profiles.find((p) => p.id === session?.selectedProfileId);
        const level = session ? levelOf(session.acr) : undefined;
        res.setHeader('cache-control', 'no-store');
        res.type('html').send(
          template({
            person,
            selectedProfile,
            idps: Object.keys(config.SPID_IDPS),
            spidOidc: Object.keys(config.SPID_OIDC_PROVIDERS),
            loggedOut: query.uscita !== undefined,
            recoveryAsk: query.recupero !== undefined,
            changeAny: query.cambio !== undefined,
            choosable: profiles.filter((p) => p.id !== selectedProfile?.id),
            methodLabel: session ? methodLabels[session.method] : undefined,
            levelLabel: level ? `livello ${level}` : undefined,
          }),
        );
        return undefined;
      },
    }),
  ];
}
