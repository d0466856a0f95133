import { z } from 'zod';
import { defineRoute, streamEvents, type RouteSpec } from '@app/platform/http';
import { cigRequestRefusals } from '../cig-requests/cig-request.rules.js';
import { newSchedaSchema } from './scheda.schema.js';
import { schedaRefusals as why } from './scheda.rules.js';
import * as schede from './scheda.service.js';

const requestParams = z.object({ id: z.uuid('Richiesta CIG non valida.') });
const schedaParams = z.object({ id: z.uuid('Scheda non valida.') });
const rollbackReason = z.enum(['1', '2'], {
  error:
    'Motivo: 1 (annullamento a seguito di intervento) o 2 (errata ' +
    'comunicazione della piattaforma).',
});
const common = { tags: ['schede'], tenant: true as const };
const {
  RUP_REQUIRED,
  STRONG_AUTH_REQUIRED,
  FISCAL_CODE_REQUIRED,
  AUSA_REQUIRED,
  PDND_NOT_CONFIGURED,
} = cigRequestRefusals;
const rupOnAnac = [
  RUP_REQUIRED,
  STRONG_AUTH_REQUIRED,
  FISCAL_CODE_REQUIRED,
  AUSA_REQUIRED,
  PDND_NOT_CONFIGURED,
];
const orchestrator = [why.APPALTO_ANNULLED, why.ANN_NOT_ALLOWED];

const listSchedeRoute = (deps: schede.SchedaDeps) =>
  defineRoute({
    ...common,
    method: 'get',
    path: '/api/v1/cig-requests/:id/schede',
    operationId: 'listSchede',
    scopes: ['cig-requests:read'],
    summary: 'Schede della richiesta (SC1, I1, CO1, CO2, ANN) con il loro stato presso ANAC',
    params: requestParams,
    responses: [{ status: 200, description: 'Le schede' }],
    handler: ({ params, caller }) => schede.listSchede(deps, caller, params.id),
  });

const streamCigRequestStateRoute = (deps: schede.SchedaDeps) =>
  defineRoute({
    ...common,
    method: 'get',
    path: '/api/v1/cig-requests/:id/events',
    operationId: 'streamCigRequestState',
    scopes: ['cig-requests:read'],
    summary:
      'Lo stato della richiesta e delle sue schede in diretta ' +
      '(text/event-stream), ripreso con Last-Event-ID',
    params: requestParams,
    responses: [
      {
        status: 200,
        description: 'Flusso di eventi «state»: stato, CIG, schede con il loro stato',
      },
    ],
    handler: async ({ params, caller, req, res }) => {
      await streamEvents(req, res, {
        next: (afterId) => schede.requestStateAfter(deps, caller, params.id, afterId),
        pollMs: deps.livePollMs,
      });
      return undefined;
    },
  });

const createSchedaRoute = (deps: schede.SchedaDeps) =>
  defineRoute({
    ...common,
    method: 'post',
    path: '/api/v1/cig-requests/:id/schede',
    operationId: 'createScheda',
    roles: ['rup'],
    summary:
      'Nuova scheda in bozza (ANN: CIG e motivo «1 – Errata comunicazione» ' +
      'precompilati, motivo non modificabile)',
    params: requestParams,
    body: newSchedaSchema,
    responses: [{ status: 201, description: 'Scheda in bozza' }],
    refusals: [
      why.CIG_NOT_ACQUIRED,
      why.CIG_NOT_IN_REQUEST,
      why.CONTRACT_NOT_SIGNED,
      ...orchestrator,
    ],
    handler: ({ params, body, command }) => schede.createScheda(deps, command, params.id, body),
  });

const sendSchedaRoute = (deps: schede.SchedaDeps) =>
  defineRoute({
    ...common,
    method: 'post',
    path: '/api/v1/schede/:id/send',
    operationId: 'sendScheda',
    roles: ['rup'],
    strongAuth: true,
    summary: 'Invia scheda: crea-scheda e conferma-scheda presso ANAC (asincrono)',
    params: schedaParams,
    responses: [{ status: 200, description: 'Scheda inviata, in attesa di verifica' }],
    refusals: [why.SCHEDA_NOT_DRAFT, ...orchestrator, ...rupOnAnac],
    handler: ({ params, command }) => schede.sendScheda(deps, command, params.id),
  });

const verifySchedaRoute = (deps: schede.SchedaDeps) =>
  defineRoute({
    ...common,
    method: 'post',
    path: '/api/v1/schede/:id/verify',
    operationId: 'verifyScheda',
    roles: ['rup'],
    strongAuth: true,
    summary: 'Verifica invio: l’esito di conferma-scheda (SC_CONF)',
    params: schedaParams,
    responses: [
      { status: 200, description: 'La scheda: inviata (in corso), confermata o rifiutata' },
    ],
    refusals: [why.PCP_UNAVAILABLE, ...rupOnAnac],
    handler: ({ params, command }) => schede.verifySchedaFor(deps, command, params.id),
  });

const rollbackSchedaRoute = (deps: schede.SchedaDeps) =>
  defineRoute({
    ...common,
    method: 'post',
    path: '/api/v1/schede/:id/rollback',
    operationId: 'rollbackScheda',
    roles: ['rup'],
    strongAuth: true,
    summary:
      'Annulla comunicazione: rollback-scheda dell’ultima ANN, CO1 o CO2 ' +
      'confermata (asincrono: «in annullamento»)',
    params: schedaParams,
    body: z.object({ reason: rollbackReason }),
    responses: [{ status: 200, description: 'Scheda in annullamento presso ANAC' }],
    refusals: [
      why.SCHEDA_NOT_CONFIRMED,
      why.ROLLBACK_NOT_ALLOWED,
      why.ROLLBACK_IN_PROGRESS,
      why.ROLLBACK_NOT_LAST,
      why.ROLLBACK_REFUSED,
      ...rupOnAnac,
    ],
    handler: ({ params, body, command }) =>
      schede.rollbackScheda(deps, command, params.id, body.reason),
  });

const deleteSchedaRoute = (deps: schede.SchedaDeps) =>
  defineRoute({
    ...common,
    method: 'delete',
    path: '/api/v1/schede/:id',
    operationId: 'deleteScheda',
    roles: ['rup'],
    summary: 'Elimina una scheda in bozza (o rifiutata: cancellata anche presso ANAC)',
    params: schedaParams,
    responses: [{ status: 204, description: 'Scheda eliminata' }],
    refusals: [why.SCHEDA_NOT_DRAFT, why.SCHEDA_NOT_CANCELLED],
    handler: ({ params, command }) => schede.deleteScheda(deps, command, params.id),
  });

export function schedaRoutes(deps: schede.SchedaDeps): RouteSpec[] {
  return [
    listSchedeRoute(deps),
    streamCigRequestStateRoute(deps),
    createSchedaRoute(deps),
    sendSchedaRoute(deps),
    verifySchedaRoute(deps),
    rollbackSchedaRoute(deps),
    deleteSchedaRoute(deps),
  ];
}
