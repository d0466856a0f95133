import { actorFromRequest } from '@app/platform/audit';
import { verifiedForwardedCertificate } from '@app/platform/auth';
import { AppError } from '@app/platform/errors';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { IdentityDeps } from '../../identity-deps.js';
import { completeLogin } from '../complete-login.js';
import { cnsAcr } from '../../sessions/levels.rules.js';
import { respondLogin } from '../login-response.js';
import { cnsIdentity, cnsRefused, readTrustedCas } from './cns-certificate.js';

export function cnsRoutes(deps: IdentityDeps): RouteSpec[] {
  const { dataSource, config, logger } = deps;
  const trusted = config.CNS_CA_FILE ? readTrustedCas(config.CNS_CA_FILE) : [];
  return [defineRoute({
    method: 'get', path: '/api/v1/auth/cns', operationId: 'loginWithCns', summary: 'Entra con CNS: certificato della carta verificato dal terminatore TLS', public: true, tags: ['auth'],
    responses: [{ status: 200, description: 'Sessione aperta (o reindirizzamento alla pagina di accesso)' }, { status: 401, description: 'Certificato assente o non accettato' }],
    handler: async ({ req, res }) => {
      if (trusted.length === 0) {
        throw new AppError({ code: 'CNS_NOT_CONFIGURED', status: 503, title: 'Accesso con CNS non disponibile', detail: "L'accesso con CNS non è configurato su questa installazione." });
      }
      const der = verifiedForwardedCertificate((name) => req.header(name), config.CNS_FORWARD_SECRET);
      if (!der) throw cnsRefused('Nessun certificato CNS presentato: inserisci la carta nel lettore e collegati con HTTPS.');
      const identity = await cnsIdentity(der, trusted);
      const outcome = await completeLogin(dataSource, config, logger, {
        fiscalCode: identity.fiscalCode, method: 'cns', acr: cnsAcr, amr: ['sc', 'pin', 'hwk'], authTime: new Date(), idp: identity.issuer,
      }, actorFromRequest(req, undefined));
      return respondLogin(req, res, config, outcome);
    },
  })];
}
