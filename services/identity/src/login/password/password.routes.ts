import type { Request, Response } from 'express';
import { z } from 'zod';
import { actorFromRequest, type AuditActor } from '@app/platform/audit';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { IdentityDeps } from '../../identity-deps.js';
import { refusalsOnAccessPage } from '../../pages/access-page.routes.js';
import type { LoginOutcome } from '../complete-login.js';
import { respondLogin } from '../login-response.js';
import { loginLimits } from './login-limits.js';
import { changePasswordAndLogin, loginWithPassword } from './password.service.js';

/** Who is trying, as the login limits and the audit log see them. */
interface Attempt {
  ip: string;
  actor: AuditActor;
}

const credentials = { username: z.string().min(1).max(200), password: z.string().min(1).max(256) };
const refusals = [
  { status: 401, description: 'Credenziali non corrette' },
  { status: 403, description: 'Primo accesso: la password va cambiata' },
  { status: 423, description: 'Utenza bloccata (per questo indirizzo)' },
  { status: 429, description: 'Troppi tentativi' },
];

function passwordRoutesContext(deps: IdentityDeps) {
  const limits = loginLimits(deps.dataSource, deps.config.LOGIN_ATTEMPTS_PER_MINUTE);
  const answer = (
    req: Request,
    res: Response,
    username: string,
    login: (attempt: Attempt) => Promise<LoginOutcome>,
  ) =>
    refusalsOnAccessPage(
      req,
      res,
      deps.config,
      async () => {
        const outcome = await login({
          ip: req.ip ?? 'sconosciuto',
          actor: actorFromRequest(req, undefined),
        });
        return respondLogin(req, res, deps.config, outcome);
      },
      (code) =>
        ['PASSWORD_CHANGE_REQUIRED', 'WEAK_PASSWORD'].includes(code) ? username : undefined,
    );
  return { deps, limits, answer };
}

type PasswordRoutesContext = ReturnType<typeof passwordRoutesContext>;

const loginWithPasswordRoute = ({ deps, limits, answer }: PasswordRoutesContext) =>
  defineRoute({
    method: 'post',
    path: '/api/v1/auth/password',
    operationId: 'loginWithPassword',
    summary: 'Accesso tradizionale con username e password',
    public: true,
    bodyTypes: ['json', 'form'],
    tags: ['auth'],
    body: z.object(credentials),
    responses: [
      {
        status: 200,
        description: 'Sessione aperta: profili, profilo selezionato, token di accesso',
      },
      ...refusals,
    ],
    handler: ({ body, req, res }) =>
      answer(req, res, body.username, ({ ip, actor }) =>
        loginWithPassword(deps, limits, { ...body, ip }, actor),
      ),
  });

const changePasswordRoute = ({ deps, limits, answer }: PasswordRoutesContext) =>
  defineRoute({
    method: 'post',
    path: '/api/v1/auth/password/change',
    operationId: 'changePassword',
    summary: 'Cambio password (obbligatorio al primo accesso); poi la sessione si apre',
    public: true,
    bodyTypes: ['json', 'form'],
    tags: ['auth'],
    body: z.object({ ...credentials, newPassword: z.string().min(1).max(256) }),
    responses: [
      { status: 200, description: 'Password cambiata e sessione aperta' },
      { status: 400, description: 'Nuova password non ammessa' },
      ...refusals,
    ],
    handler: ({ body, req, res }) =>
      answer(req, res, body.username, ({ ip, actor }) =>
        changePasswordAndLogin(deps, limits, { ...body, ip }, actor),
      ),
  });

export function passwordRoutes(deps: IdentityDeps): RouteSpec[] {
  const context = passwordRoutesContext(deps);
  return [loginWithPasswordRoute(context), changePasswordRoute(context)];
}
