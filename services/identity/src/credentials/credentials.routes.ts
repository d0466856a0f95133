import { z } from 'zod';
import { actorFromRequest, recordAudit } from '@app/platform/audit';
import { notFound } from '@app/platform/errors';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { IdentityDeps } from '../identity-deps.js';
import { personById } from '../persons/persons.service.js';
import { endSessionsOfPerson } from '../sessions/session.service.js';
import { credentialDeliveryOf } from './credential-delivery.js';
import { issueCredentials, maskedEmail } from './first-access.js';

/** Only the platform's operator resets credentials: a person may act for several agencies. */
export function credentialRoutes({ dataSource, config, logger }: IdentityDeps): RouteSpec[] {
  const delivery = credentialDeliveryOf(dataSource, config, logger);
  return [defineRoute({
    method: 'post', path: '/api/v1/persons/:id/credentials/reset', operationId: 'resetCredentials',
    summary: 'Reimposta le credenziali di una persona: nuove credenziali temporanee inviate alla sua e-mail, sessioni chiuse', roles: ['gestore-piattaforma'], tags: ['users'],
    params: z.object({ id: z.uuid('Persona non valida.') }),
    responses: [{ status: 200, description: 'Credenziali reimpostate e in consegna alla persona' }, { status: 422, description: 'La persona non ha un indirizzo e-mail' }],
    handler: async ({ params, caller, req }) => {
      const issued = await dataSource.transaction(async (manager) => {
        const person = await personById(manager, params.id);
        if (!person) throw notFound('Persona');
        const result = await issueCredentials(manager, { person, reason: 'reimpostazione', issuedBy: caller.subject, days: config.FIRST_ACCESS_DAYS, sealKey: config.SIGNING_KEY_SECRET });
        await endSessionsOfPerson(manager, person.id, 'credentials-reset');
        await recordAudit(manager, actorFromRequest(req, caller), { action: 'credentials.reset', entityType: 'person', entityId: person.id });
        return result;
      });
      delivery.wake();
      return { personId: params.id, deliveredTo: maskedEmail(issued.email), expiresAt: issued.expiresAt };
    },
  })];
}
