import { z } from 'zod';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { actorFromRequest } from '@app/platform/audit';
import { AppError } from '@app/platform/errors';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { IdentityDeps } from '../../identity-deps.js';
import { completeLogin } from '../complete-login.js';
import { respondLogin } from '../login-response.js';
import { checkPassword } from './password.service.js';
import { passwordAcr } from '../levels.js';

/** Per client address, across usernames: slows down guessing many accounts (lockout guards each one). */
const attemptsPerMinute = 20;

export function passwordRoutes(deps: IdentityDeps): RouteSpec[] {
  const limiter = new RateLimiterMemory({ points: attemptsPerMinute, duration: 60 });
  return [defineRoute({
    method: 'post', path: '/api/v1/auth/password', summary: 'Accesso tradizionale con username e password', public: true, tags: ['auth'],
    body: z.object({ username: z.string().min(1).max(200), password: z.string().min(1).max(256) }),
    responses: [{ status: 200, description: 'Sessione aperta: profili, profilo selezionato, token di accesso' },
      { status: 401, description: 'Credenziali non corrette' }, { status: 423, description: 'Utenza bloccata' }, { status: 429, description: 'Troppi tentativi' }],
    handler: async ({ body, req, res }) => {
      try {
        await limiter.consume(req.ip ?? 'unknown');
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        const seconds = Math.ceil(error.msBeforeNext / 1000);
        res.setHeader('retry-after', String(seconds));
        throw new AppError({ code: 'RATE_LIMITED', status: 429, title: 'Troppi tentativi', detail: `Troppi tentativi di accesso da questo indirizzo: riprova tra ${seconds} secondi.` });
      }
      const { fiscalCode } = await checkPassword(deps.dataSource, body.username, body.password);
      const outcome = await completeLogin(deps.dataSource, deps.config, deps.logger,
        { fiscalCode, method: 'password', acr: passwordAcr, amr: ['pwd'], authTime: new Date() }, actorFromRequest(req, undefined));
      return respondLogin(req, res, deps.config, outcome);
    },
  })];
}
