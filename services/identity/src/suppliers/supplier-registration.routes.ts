import { z } from 'zod';
import { actorFromRequest } from '@app/platform/audit';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import { gestore } from '../admin/administration.rules.js';
import type { IdentityDeps } from '../identity-deps.js';
import {
  supplierRegistrationRefusals as why,
  supplierRequestSchema,
} from './supplier-registration.rules.js';
import * as suppliers from './supplier-registration.service.js';

const tags = ['registrations'];
const idParams = z.object({ id: z.uuid('Richiesta non valida.') });

const requestRoute = (deps: IdentityDeps) =>
  defineRoute({
    method: 'post',
    path: '/api/v1/supplier-registrations',
    operationId: 'requestSupplierRegistration',
    public: true,
    tags,
    summary:
      '«Registrazione indirizzario» (seed 002): un operatore economico chiede di essere ' +
      'registrato; la richiesta attende il Gestore',
    body: supplierRequestSchema,
    responses: [{ status: 202, description: 'Richiesta ricevuta' }],
    handler: async ({ body, req, res }) => {
      const answer = await suppliers.requestSupplierRegistration(
        deps,
        body,
        actorFromRequest(req, undefined),
      );
      res.status(202).json(answer);
      return undefined;
    },
  });

const listRoute = (deps: IdentityDeps) =>
  defineRoute({
    method: 'get',
    path: '/api/v1/supplier-registrations',
    operationId: 'listSupplierRegistrations',
    roles: [gestore],
    tags,
    summary: 'Le richieste di registrazione degli operatori economici (Gestore)',
    responses: [{ status: 200, description: 'Richieste' }],
    handler: () => suppliers.listSupplierRegistrations(deps),
  });

const approveRoute = (deps: IdentityDeps) =>
  defineRoute({
    method: 'post',
    path: '/api/v1/supplier-registrations/:id/approve',
    operationId: 'approveSupplierRegistration',
    roles: [gestore],
    tags,
    summary:
      "Approva: l'operatore economico, la sua sede e il referente con le credenziali di primo " +
      'accesso',
    params: idParams,
    responses: [{ status: 200, description: 'Approvata' }],
    refusals: [why.SUPPLIER_REQUEST_DECIDED, why.NOT_FOUND],
    handler: ({ params, command }) =>
      suppliers.approveSupplierRegistration(deps, command, params.id),
  });

const rejectRoute = (deps: IdentityDeps) =>
  defineRoute({
    method: 'post',
    path: '/api/v1/supplier-registrations/:id/reject',
    operationId: 'rejectSupplierRegistration',
    roles: [gestore],
    tags,
    summary: 'Respinge la richiesta, con il motivo',
    params: idParams,
    body: z.object({ reason: z.string().trim().min(5, 'Scrivi il motivo.').max(2000) }),
    responses: [{ status: 200, description: 'Respinta' }],
    refusals: [why.SUPPLIER_REQUEST_DECIDED, why.NOT_FOUND],
    handler: ({ params, body, command }) =>
      suppliers.rejectSupplierRegistration(deps, command, params.id, body.reason),
  });

/** Seed 002's «Registrazione indirizzario» for economic operators. */
export function supplierRegistrationRoutes(deps: IdentityDeps): RouteSpec[] {
  return [requestRoute(deps), listRoute(deps), approveRoute(deps), rejectRoute(deps)];
}
