import { z } from 'zod';
import { actorFromRequest } from '@app/platform/audit';
import { AppError } from '@app/platform/errors';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { IdentityDeps } from '../../identity-deps.js';
import { refusalsOnAccessPage, sendAccessPage } from '../../pages/access-page.routes.js';
import { wantsPage } from '../../sessions/browser-answers.js';
import * as recovery from './password-recovery.service.js';
import { recoveryRefusals } from './password-recovery.rules.js';

const tags = ['auth'];
const token = z.string().min(1).max(200);

type Limits = ReturnType<typeof recovery.recoveryLimits>;

const requestPasswordRecoveryRoute = (deps: IdentityDeps, limits: Limits) =>
  defineRoute({
    method: 'post',
    path: '/api/v1/auth/password/recovery',
    operationId: 'requestPasswordRecovery',
    summary:
      '«Hai dimenticato la password?»: un collegamento monouso all’e-mail dell’utenza, se ' +
      'esiste (la risposta è la stessa in ogni caso)',
    public: true,
    bodyTypes: ['json', 'form'],
    tags,
    body: z.object({ username: z.string().trim().min(1, 'Indica lo username.').max(200) }),
    responses: [
      { status: 202, description: 'Richiesta presa in carico' },
      { status: 429, description: 'Troppe richieste' },
    ],
    handler: ({ body, req, res }) =>
      refusalsOnAccessPage(req, res, deps.config, async () => {
        const answer = await recovery.requestRecovery(
          deps,
          limits,
          { username: body.username, ip: req.ip ?? 'sconosciuto' },
          actorFromRequest(req, undefined),
        );
        if (wantsPage(req)) return sendAccessPage(res, deps.config, { notice: answer.message });
        res.status(202).json(answer);
        return undefined;
      }),
  });

const getPasswordRecoveryPageRoute = (deps: IdentityDeps) =>
  defineRoute({
    method: 'get',
    path: '/api/v1/auth/password/recovery',
    operationId: 'getPasswordRecoveryPage',
    summary: 'La pagina del collegamento: chiede la nuova password se il collegamento vale',
    public: true,
    tags,
    query: z.object({ token: token.optional() }),
    responses: [{ status: 200, description: 'Pagina HTML' }],
    handler: async ({ query, res }) => {
      const live = query.token ? await recovery.recoveryLinkLive(deps, query.token) : false;
      if (live) return sendAccessPage(res, deps.config, { recoveryToken: query.token });
      return sendAccessPage(res, deps.config, { recoveryAsk: true, notice: undefined }, 400);
    },
  });

const completePasswordRecoveryRoute = (deps: IdentityDeps) =>
  defineRoute({
    method: 'post',
    path: '/api/v1/auth/password/recovery/complete',
    operationId: 'completePasswordRecovery',
    summary:
      'La nuova password, con il collegamento ricevuto: lo usa una volta, chiude le sessioni',
    public: true,
    bodyTypes: ['json', 'form'],
    tags,
    body: z.object({ token, newPassword: z.string().min(1).max(256) }),
    responses: [
      { status: 204, description: 'Password aggiornata' },
      { status: 400, description: 'Collegamento non valido o password non ammessa' },
    ],
    refusals: [recoveryRefusals.RECOVERY_LINK_INVALID],
    handler: async ({ body, req, res }) => {
      try {
        await recovery.completeRecovery(deps, body, actorFromRequest(req, undefined));
      } catch (error) {
        if (!wantsPage(req) || !(error instanceof AppError) || error.status >= 500) throw error;
        // The form again while the link still works (a password the policy refused).
        const live = await recovery.recoveryLinkLive(deps, body.token);
        return sendAccessPage(
          res,
          deps.config,
          { error, ...(live ? { recoveryToken: body.token } : { recoveryAsk: true }) },
          error.status,
        );
      }
      if (wantsPage(req))
        return sendAccessPage(res, deps.config, {
          notice: 'Password aggiornata: accedi con lo username e la nuova password.',
        });
      res.status(204).end();
      return undefined;
    },
  });

/** «Hai dimenticato la password?» (seed 002): a one-time link by e-mail, then the new password. */
export function passwordRecoveryRoutes(deps: IdentityDeps): RouteSpec[] {
  const limits = recovery.recoveryLimits(deps.dataSource, deps.config.LOGIN_ATTEMPTS_PER_MINUTE);
  return [
    requestPasswordRecoveryRoute(deps, limits),
    getPasswordRecoveryPageRoute(deps),
    completePasswordRecoveryRoute(deps),
  ];
}
