import { z } from 'zod';
import { actorFromRequest } from '@app/platform/audit';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { IdentityDeps } from '../identity-deps.js';
import { resetCredentials } from './credentials.service.js';

/** Only the platform's operator resets credentials: a person may act for several agencies. */
export function credentialRoutes(deps: IdentityDeps): RouteSpec[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/v1/persons/:id/credentials/reset',
      operationId: 'resetCredentials',
      summary:
        'Reimposta le credenziali di una persona: nuove credenziali temporanee ' +
        'inviate alla sua e-mail, sessioni chiuse',
      roles: ['gestore-piattaforma'],
      tags: ['users'],
      params: z.object({ id: z.uuid('Persona non valida.') }),
      responses: [
        { status: 200, description: 'Credenziali reimpostate e in consegna alla persona' },
        { status: 422, description: 'La persona non ha un indirizzo e-mail' },
      ],
      handler: ({ params, caller, req }) =>
        resetCredentials(deps, actorFromRequest(req, caller), params.id),
    }),
  ];
}
