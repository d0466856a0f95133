import { actorFromRequest } from '@app/platform/audit';
import { verifiedForwardedCertificate } from '@app/platform/auth';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { IdentityDeps } from '../../identity-deps.js';
import { respondLogin } from '../login-response.js';
import { loginWithCns } from '../login.service.js';
import { readTrustedCas } from './cns-certificate.js';

export function cnsRoutes(deps: IdentityDeps): RouteSpec[] {
  const { config } = deps;
  const trusted = config.CNS_CA_FILE ? readTrustedCas(config.CNS_CA_FILE) : [];
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/auth/cns',
      operationId: 'loginWithCns',
      summary: 'Entra con CNS: certificato della carta verificato dal terminatore TLS',
      public: true,
      tags: ['auth'],
      responses: [
        { status: 200, description: 'Sessione aperta (o reindirizzamento alla pagina di accesso)' },
        { status: 401, description: 'Certificato assente o non accettato' },
      ],
      handler: async ({ req, res }) => {
        const forwarded = () =>
          verifiedForwardedCertificate((name) => req.header(name), config.CNS_FORWARD_SECRET);
        const outcome = await loginWithCns(
          deps,
          trusted,
          forwarded,
          actorFromRequest(req, undefined),
        );
        return respondLogin(req, res, config, outcome);
      },
    }),
  ];
}
