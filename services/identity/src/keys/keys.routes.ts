import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { IdentityDeps } from '../identity-deps.js';
import { publishedKeys } from './keys.service.js';

export function keysRoutes({ dataSource, config }: IdentityDeps): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/.well-known/jwks.json',
      operationId: 'getJwks',
      summary: 'Chiavi pubbliche per verificare i token di accesso',
      public: true,
      tags: ['identity'],
      responses: [{ status: 200, description: 'JSON Web Key Set' }],
      handler: async ({ res }) => {
        // Verifiers cache the set; a short max-age lets a rotation reach them quickly.
        res.setHeader('cache-control', 'public, max-age=60');
        return publishedKeys(dataSource, config.SIGNING_KEY_SECRET);
      },
    }),
  ];
}
