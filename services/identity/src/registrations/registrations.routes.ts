import { z } from 'zod';
import { actorFromRequest, recordAudit } from '@app/platform/audit';
import { requireTenant } from '@app/platform/auth';
import { AppError } from '@app/platform/errors';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import { requireOwnAgencyOrGestore } from '../admin/agencies.routes.js';
import { credentialDeliveryOf } from '../credentials/credential-delivery.js';
import type { IdentityDeps } from '../identity-deps.js';
import { fiscalCodeSchema } from '@app/italian-codes';
import { approveRegistration, listRegistrations, registrationById, rejectRegistration, requestRegistration, type RegistrationUser } from './registrations.service.js';

const gestore = 'gestore-piattaforma';
const requesters = ['amministratore-ente', 'responsabile-eprocurement', 'punto-ordinante'];
const person = z.object({
  fiscalCode: fiscalCodeSchema,
  givenName: z.string().trim().min(1).max(100),
  familyName: z.string().trim().min(1).max(100),
  email: z.email('Indirizzo e-mail non valido: serve per comunicare le utenze di primo accesso.'),
});
const id = z.object({ id: z.uuid('Richiesta non valida.') });

/** Seed 000: registration to a convention of the Negozio Elettronico (Punto Ordinante, Punti Richiedenti, Assistente). */
export function registrationRoutes({ dataSource, config, logger }: IdentityDeps): RouteSpec[] {
  const delivery = credentialDeliveryOf(dataSource, config, logger);
  return [
    defineRoute({
      method: 'post', path: '/api/v1/registrations', operationId: 'requestRegistration', summary: 'Registrazione al Negozio Elettronico di una convenzione: Punto Ordinante e utenze collegate', roles: requesters, tags: ['registrations'],
      body: z.object({
        contractId: z.string().trim().min(1, 'Indica la convenzione.').max(100),
        officeId: z.uuid().nullable().default(null),
        puntoOrdinante: person,
        puntiRichiedenti: z.array(person).max(50).default([]),
        assistente: person.optional(),
      }),
      responses: [{ status: 201, description: 'Richiesta inviata al Gestore del sistema' }, { status: 409, description: 'Richiesta già in attesa' }],
      handler: ({ body, caller, req }) => {
        const agencyId = requireTenant(caller);
        const users: RegistrationUser[] = [
          { ...body.puntoOrdinante, role: 'punto-ordinante' },
          ...body.puntiRichiedenti.map((p) => ({ ...p, role: 'punto-richiedente' as const })),
          ...(body.assistente ? [{ ...body.assistente, role: 'assistente-punto-ordinante' as const }] : []),
        ];
        return dataSource.transaction(async (manager) => {
          if (body.officeId) {
            const [office] = await manager.query('SELECT 1 FROM offices WHERE id = $1 AND agency_id = $2', [body.officeId, agencyId]);
            if (!office) throw new AppError({ code: 'OFFICE_NOT_IN_AGENCY', status: 400, title: 'Dati non validi', detail: "L'ufficio indicato non appartiene all'ente." });
          }
          const registration = await requestRegistration(manager, { agencyId, contractId: body.contractId, officeId: body.officeId, users, requestedBy: caller!.subject });
          await recordAudit(manager, actorFromRequest(req, caller), { action: 'registration.requested', entityType: 'registration', entityId: registration.id, details: { contractId: body.contractId, users: users.length } });
          return registration;
        });
      },
    }),
    defineRoute({
      method: 'get', path: '/api/v1/registrations', operationId: 'listRegistrations', summary: 'Richieste di registrazione (il Gestore le vede tutte, un ente le proprie)', tags: ['registrations'],
      query: z.object({ status: z.enum(['in-attesa', 'approvata', 'respinta']).optional() }),
      responses: [{ status: 200, description: 'Richieste' }],
      handler: ({ query, caller }) => listRegistrations(dataSource.manager, {
        status: query.status, agencyId: caller?.roles.includes(gestore) ? undefined : requireTenant(caller),
      }),
    }),
    defineRoute({
      method: 'get', path: '/api/v1/registrations/:id', operationId: 'getRegistration', summary: 'Una richiesta di registrazione', tags: ['registrations'],
      params: id,
      responses: [{ status: 200, description: 'Richiesta' }],
      handler: async ({ params, caller }) => {
        const registration = await registrationById(dataSource.manager, params.id);
        if (!registration) throw new AppError({ code: 'NOT_FOUND', status: 404, title: 'Risorsa non trovata', detail: 'Richiesta di registrazione non trovata.' });
        requireOwnAgencyOrGestore(caller, registration.agencyId);
        return registration;
      },
    }),
    defineRoute({
      method: 'post', path: '/api/v1/registrations/:id/approve', operationId: 'approveRegistration', summary: 'Il Gestore approva: crea le utenze e ne annuncia il primo accesso', roles: [gestore], tags: ['registrations'],
      params: id,
      responses: [{ status: 200, description: 'Richiesta approvata, profili creati' }],
      handler: async ({ params, caller, req }) => {
        const registration = await dataSource.transaction(async (manager) => {
          const approved = await approveRegistration(manager, params.id, caller!.subject, { days: config.FIRST_ACCESS_DAYS, sealKey: config.SIGNING_KEY_SECRET });
          await recordAudit(manager, actorFromRequest(req, caller), { action: 'registration.approved', entityType: 'registration', entityId: params.id });
          return approved;
        });
        delivery.wake();
        return registration;
      },
    }),
    defineRoute({
      method: 'post', path: '/api/v1/registrations/:id/reject', operationId: 'rejectRegistration', summary: 'Il Gestore respinge la richiesta indicandone il motivo', roles: [gestore], tags: ['registrations'],
      params: id,
      body: z.object({ reason: z.string().trim().min(5, 'Indica il motivo del rifiuto.').max(2000) }),
      responses: [{ status: 200, description: 'Richiesta respinta' }],
      handler: ({ params, body, caller, req }) => dataSource.transaction(async (manager) => {
        const registration = await rejectRegistration(manager, params.id, caller!.subject, body.reason);
        await recordAudit(manager, actorFromRequest(req, caller), { action: 'registration.rejected', entityType: 'registration', entityId: params.id, details: { reason: body.reason } });
        return registration;
      }),
    }),
  ];
}
