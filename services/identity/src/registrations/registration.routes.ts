import { z } from 'zod';
import { fiscalCodeSchema } from '@app/italian-codes';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import { administrationRefusals, gestore } from '../admin/administration.rules.js';
import { agencyRefusals } from '../agencies/agencies.rules.js';
import type { IdentityDeps } from '../identity-deps.js';
import { registrationRefusals as why, usersOf } from './registration.rules.js';
import * as registrations from './registration.service.js';
import * as modules from './registration-module.service.js';
import { receiveUpload, sendDocument } from '@app/signed-documents';

const requesters = ['amministratore-ente', 'responsabile-eprocurement', 'punto-ordinante'];
const person = z.object({
  fiscalCode: fiscalCodeSchema,
  givenName: z.string().trim().min(1).max(100),
  familyName: z.string().trim().min(1).max(100),
  email: z.email('Indirizzo e-mail non valido: serve per comunicare le utenze di primo accesso.'),
});
const form = z
  .object({
    contractId: z.uuid('Indica la convenzione.'),
    officeId: z.uuid().nullable().default(null),
    // Absent: a «Richiesta nuove utenze» of an agency whose Punto Ordinante is registered.
    puntoOrdinante: person.optional(),
    puntiRichiedenti: z.array(person).max(50).default([]),
    assistente: person.optional(),
  })
  .refine((f) => f.puntoOrdinante || f.puntiRichiedenti.length > 0 || f.assistente, {
    path: ['puntoOrdinante'],
    message:
      'Indica il Punto Ordinante, oppure (per una richiesta di nuove utenze) almeno un Punto ' +
      'Richiedente o l’Assistente.',
  });
const idParams = z.object({ id: z.uuid('Richiesta non valida.') });
const scoping = [administrationRefusals.TENANT_REQUIRED, administrationRefusals.OTHER_AGENCY];
const tags = ['registrations'];

const requestRegistrationRoute = (deps: IdentityDeps) =>
  defineRoute({
    method: 'post',
    path: '/api/v1/registrations',
    operationId: 'requestRegistration',
    roles: requesters,
    tags,
    tenant: true,
    summary:
      'Registrazione al Negozio Elettronico di una convenzione: Punto Ordinante e utenze collegate',
    body: form,
    responses: [{ status: 201, description: 'Richiesta inviata al Gestore del sistema' }],
    refusals: [
      why.CONVENTION_UNKNOWN,
      why.REGISTRATION_REQUIRED_FIRST,
      why.REGISTRATION_PENDING,
      agencyRefusals.OFFICE_NOT_IN_AGENCY,
    ],
    handler: ({ body, command }) =>
      registrations.requestRegistration(deps, command, {
        contractId: body.contractId,
        officeId: body.officeId,
        users: usersOf(body),
      }),
  });

const listRegistrationsRoute = (deps: IdentityDeps) =>
  defineRoute({
    method: 'get',
    path: '/api/v1/registrations',
    operationId: 'listRegistrations',
    tags,
    summary: 'Richieste di registrazione (il Gestore le vede tutte, un ente le proprie)',
    query: z.object({ status: z.enum(['in-attesa', 'approvata', 'respinta']).optional() }),
    responses: [{ status: 200, description: 'Richieste' }],
    refusals: [administrationRefusals.TENANT_REQUIRED],
    handler: ({ query, caller }) => registrations.listRegistrations(deps, caller, query.status),
  });

const getRegistrationRoute = (deps: IdentityDeps) =>
  defineRoute({
    method: 'get',
    path: '/api/v1/registrations/:id',
    operationId: 'getRegistration',
    tags,
    summary: 'Una richiesta di registrazione',
    params: idParams,
    responses: [{ status: 200, description: 'Richiesta' }],
    refusals: scoping,
    handler: ({ params, caller }) => registrations.getRegistration(deps, caller, params.id),
  });

const attachRegistrationModuleRoute = (deps: IdentityDeps, documents: modules.ModuleDocuments) =>
  defineRoute({
    method: 'put',
    path: '/api/v1/registrations/:id/module',
    operationId: 'attachRegistrationModule',
    roles: requesters,
    tags,
    tenant: true,
    summary:
      'Il modulo di registrazione firmato digitalmente (seed 000), per la richiesta in attesa ' +
      'del proprio ente; uno nuovo sostituisce il precedente',
    params: idParams,
    upload: { field: 'file', description: 'PDF firmato: .p7m CAdES o PAdES' },
    responses: [{ status: 200, description: 'Il modulo, con la firma verificata' }],
    refusals: [why.REGISTRATION_DECIDED, why.NOT_FOUND],
    handler: ({ params, command, req, res }) =>
      modules.attachModule(deps, documents, command, params.id, () =>
        receiveUpload(req, res, deps.config.DOCUMENT_MAX_MB * 1_048_576),
      ),
  });

const downloadRegistrationModuleRoute = (deps: IdentityDeps, documents: modules.ModuleDocuments) =>
  defineRoute({
    method: 'get',
    path: '/api/v1/registrations/:id/module',
    operationId: 'downloadRegistrationModule',
    tags,
    summary: 'Scarica il modulo firmato di una richiesta di registrazione (Gestore, ente)',
    params: idParams,
    responses: [{ status: 200, description: 'Il file firmato' }],
    refusals: [...scoping, why.NOT_FOUND],
    handler: async ({ params, caller, res }) => {
      const { document, bytes } = await modules.readModule(deps, documents, caller, params.id);
      sendDocument(res, document, bytes);
    },
  });

const approveRegistrationRoute = (deps: IdentityDeps) =>
  defineRoute({
    method: 'post',
    path: '/api/v1/registrations/:id/approve',
    operationId: 'approveRegistration',
    roles: [gestore],
    tags,
    summary: 'Il Gestore approva: crea le utenze e ne annuncia il primo accesso',
    params: idParams,
    responses: [{ status: 200, description: 'Richiesta approvata, profili creati' }],
    refusals: [why.REGISTRATION_DECIDED],
    handler: ({ params, command }) => registrations.approveRegistration(deps, command, params.id),
  });

const rejectRegistrationRoute = (deps: IdentityDeps) =>
  defineRoute({
    method: 'post',
    path: '/api/v1/registrations/:id/reject',
    operationId: 'rejectRegistration',
    roles: [gestore],
    tags,
    summary: 'Il Gestore respinge la richiesta indicandone il motivo',
    params: idParams,
    body: z.object({
      reason: z.string().trim().min(5, 'Indica il motivo del rifiuto.').max(2000),
    }),
    responses: [{ status: 200, description: 'Richiesta respinta' }],
    refusals: [why.REGISTRATION_DECIDED],
    handler: ({ params, body, command }) =>
      registrations.rejectRegistration(deps, command, params.id, body.reason),
  });

/**
 * Seed 000: registration to a convention of the Negozio Elettronico (Punto Ordinante, Punti
 * Richiedenti, Assistente).
 */
export function registrationRoutes(deps: IdentityDeps): RouteSpec[] {
  const documents = modules.moduleDocumentsOf(deps);
  return [
    requestRegistrationRoute(deps),
    listRegistrationsRoute(deps),
    getRegistrationRoute(deps),
    attachRegistrationModuleRoute(deps, documents),
    downloadRegistrationModuleRoute(deps, documents),
    approveRegistrationRoute(deps),
    rejectRegistrationRoute(deps),
  ];
}
