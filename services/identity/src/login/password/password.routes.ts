import type { Request, Response } from 'express';
import { z } from 'zod';
import { actorFromRequest, recordAudit } from '@app/platform/audit';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { IdentityDeps } from '../../identity-deps.js';
import { completeLogin } from '../complete-login.js';
import { respondLogin } from '../login-response.js';
import { refusalsOnAccessPage } from '../../pages/access-page.routes.js';
import { passwordAcr } from '../../sessions/levels.rules.js';
import { loginLimits } from './login-limits.js';
import { changePassword, checkPassword, passwordChangeRequired } from './password.service.js';

const credentials = { username: z.string().min(1).max(200), password: z.string().min(1).max(256) };
const refusals = [
  { status: 401, description: 'Credenziali non corrette' }, { status: 403, description: 'Primo accesso: la password va cambiata' },
  { status: 423, description: 'Utenza bloccata (per questo indirizzo)' }, { status: 429, description: 'Troppi tentativi' },
];

export function passwordRoutes(deps: IdentityDeps): RouteSpec[] {
  const limits = loginLimits(deps.dataSource, deps.config.LOGIN_ATTEMPTS_PER_MINUTE);
  const login = (req: Request, res: Response, fiscalCode: string) =>
    completeLogin(deps.dataSource, deps.config, deps.logger,
      { fiscalCode, method: 'password', acr: passwordAcr, amr: ['pwd'], authTime: new Date() }, actorFromRequest(req, undefined))
      .then((outcome) => respondLogin(req, res, deps.config, outcome));
  // At first access the HTML form comes back asking for the new password.
  const onPage = <T>(req: Request, res: Response, username: string, work: () => Promise<T>) => refusalsOnAccessPage(req, res, deps.config, work,
    (code) => (['PASSWORD_CHANGE_REQUIRED', 'WEAK_PASSWORD'].includes(code) ? username : undefined));
  return [
    defineRoute({
      method: 'post', path: '/api/v1/auth/password', operationId: 'loginWithPassword', summary: 'Accesso tradizionale con username e password', public: true, bodyTypes: ['json', 'form'], tags: ['auth'],
      body: z.object(credentials),
      responses: [{ status: 200, description: 'Sessione aperta: profili, profilo selezionato, token di accesso' }, ...refusals],
      handler: ({ body, req, res }) => onPage(req, res, body.username, async () => {
        const checked = await checkPassword(deps.dataSource, limits, { ...body, ip: req.ip ?? 'sconosciuto' });
        if (checked.mustChange) throw passwordChangeRequired();
        return login(req, res, checked.fiscalCode);
      }),
    }),
    defineRoute({
      method: 'post', path: '/api/v1/auth/password/change', operationId: 'changePassword', summary: 'Cambio password (obbligatorio al primo accesso); poi la sessione si apre', public: true, bodyTypes: ['json', 'form'], tags: ['auth'],
      body: z.object({ ...credentials, newPassword: z.string().min(1).max(256) }),
      responses: [{ status: 200, description: 'Password cambiata e sessione aperta' }, { status: 400, description: 'Nuova password non ammessa' }, ...refusals],
      handler: ({ body, req, res }) => onPage(req, res, body.username, async () => {
        const checked = await changePassword(deps.dataSource, limits, { ...body, ip: req.ip ?? 'sconosciuto' });
        await recordAudit(deps.dataSource.manager, actorFromRequest(req, undefined), { action: 'password.changed', entityType: 'person', entityId: checked.personId });
        return login(req, res, checked.fiscalCode);
      }),
    }),
  ];
}
