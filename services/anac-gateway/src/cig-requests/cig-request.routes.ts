import { z } from 'zod';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import { codeListRefusals } from '../code-lists/code-lists.rules.js';
import { cigRequestSchema } from './cig-request.schema.js';
import { cigRequestRefusals as why } from './cig-request.rules.js';
import * as cigRequests from './cig-request.service.js';

// Seed 000's Punto Richiedente and Assistente prepare the request with the order (decision 0032).
const preparers = [
  'rup',
  'buyer',
  'punto-ordinante',
  'punto-richiedente',
  'assistente-punto-ordinante',
];
const idParams = z.object({ id: z.uuid('Richiesta CIG non valida.') });
const common = { tags: ['cig-requests'], tenant: true as const };
const rupOnAnac = [
  why.RUP_REQUIRED,
  why.STRONG_AUTH_REQUIRED,
  why.FISCAL_CODE_REQUIRED,
  why.AUSA_REQUIRED,
  why.PDND_NOT_CONFIGURED,
];
const checkedData = [why.ADHESION_NOT_USABLE, ...Object.values(codeListRefusals)];

const createCigRequestRoute = (deps: cigRequests.CigRequestDeps) =>
  defineRoute({
    ...common,
    method: 'post',
    path: '/api/v1/cig-requests',
    operationId: 'createCigRequest',
    roles: preparers,
    summary:
      "Richiedi CIG: l'appalto di un'adesione senza nuovo confronto competitivo " +
      '(scheda AD4), in bozza',
    body: cigRequestSchema,
    responses: [{ status: 201, description: 'Richiesta in bozza, con il totale dei lotti' }],
    refusals: checkedData,
    handler: ({ body, command }) => cigRequests.createCigRequest(deps, command, body),
  });

const listCigRequestsRoute = (deps: cigRequests.CigRequestDeps) =>
  defineRoute({
    ...common,
    method: 'get',
    path: '/api/v1/cig-requests',
    operationId: 'listCigRequests',
    summary: "Le richieste CIG dell'ente",
    scopes: ['cig-requests:read'],
    responses: [{ status: 200, description: 'Richieste, dalla più recente' }],
    handler: ({ caller }) => cigRequests.listCigRequests(deps, caller),
  });

const getCigRequestRoute = (deps: cigRequests.CigRequestDeps) =>
  defineRoute({
    ...common,
    method: 'get',
    path: '/api/v1/cig-requests/:id',
    operationId: 'getCigRequest',
    scopes: ['cig-requests:read'],
    summary: 'Una richiesta CIG: dati, stato verso ANAC, errori spiegati, CIG acquisiti',
    params: idParams,
    responses: [{ status: 200, description: 'La richiesta' }],
    handler: ({ params, caller }) => cigRequests.getCigRequest(deps, caller, params.id),
  });

const updateCigRequestRoute = (deps: cigRequests.CigRequestDeps) =>
  defineRoute({
    ...common,
    method: 'put',
    path: '/api/v1/cig-requests/:id',
    operationId: 'updateCigRequest',
    roles: preparers,
    summary: 'Modifica la richiesta finché non è confermata da ANAC',
    params: idParams,
    body: cigRequestSchema,
    responses: [{ status: 200, description: 'La richiesta modificata' }],
    refusals: [why.CIG_REQUEST_LOCKED, ...checkedData],
    handler: ({ params, body, command }) =>
      cigRequests.updateCigRequest(deps, command, params.id, body),
  });

const confirmAppaltoRoute = (deps: cigRequests.CigRequestDeps) =>
  defineRoute({
    ...common,
    method: 'post',
    path: '/api/v1/cig-requests/:id/confirm',
    operationId: 'confirmAppalto',
    summary:
      'Conferma appalto: crea-appalto e conferma-appalto presso ANAC, poi ' +
      'l’esito (asincrono: «in corso»)',
    roles: ['rup'],
    strongAuth: true,
    params: idParams,
    responses: [{ status: 202, description: 'Richiesta in corso presso ANAC' }],
    refusals: [why.CIG_REQUEST_CONFIRMED, ...rupOnAnac],
    handler: ({ params, command }) => cigRequests.confirmAppalto(deps, command, params.id),
  });

const acquireCigsRoute = (deps: cigRequests.CigRequestDeps) =>
  defineRoute({
    ...common,
    method: 'post',
    path: '/api/v1/cig-requests/:id/acquire',
    operationId: 'acquireCigs',
    summary: 'Acquisisci CIG: recupera-cig per un appalto confermato',
    roles: ['rup'],
    strongAuth: true,
    params: idParams,
    responses: [{ status: 200, description: 'I CIG dei lotti' }],
    refusals: [why.APPALTO_NOT_CONFIRMED, why.CIG_NOT_ACQUIRED, ...rupOnAnac],
    handler: ({ params, command }) => cigRequests.acquireCigsFor(deps, command, params.id),
  });

const listTransmissionsRoute = (deps: cigRequests.CigRequestDeps) =>
  defineRoute({
    ...common,
    method: 'get',
    path: '/api/v1/cig-requests/:id/transmissions',
    operationId: 'listTransmissions',
    summary:
      'Log trasmissioni: ogni scambio con ANAC (operazione, ora, durata, stato ' +
      'HTTP, esito, errori, corpi senza segreti)',
    scopes: ['cig-requests:read'],
    params: idParams,
    responses: [{ status: 200, description: 'Le trasmissioni, in ordine' }],
    handler: ({ params, caller }) => cigRequests.listTransmissions(deps, caller, params.id),
  });

export function cigRequestRoutes(deps: cigRequests.CigRequestDeps): RouteSpec[] {
  return [
    createCigRequestRoute(deps),
    listCigRequestsRoute(deps),
    getCigRequestRoute(deps),
    updateCigRequestRoute(deps),
    confirmAppaltoRoute(deps),
    acquireCigsRoute(deps),
    listTransmissionsRoute(deps),
  ];
}
