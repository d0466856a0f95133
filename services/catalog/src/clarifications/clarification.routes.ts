import { z } from 'zod';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { ServiceDeps } from '@app/platform/service';
import { clarificationRefusals as why } from './clarification.rules.js';
import * as clarifications from './clarification.service.js';

const idParams = z.object({ id: z.uuid('Contratto non valido.') });
const question = z.string().trim().min(10, 'Scrivi la domanda (almeno 10 caratteri).').max(5_000);

/**
 * Chiarimenti (seed 001). The banditore sees who asked; every other agency sees the answered
 * questions anonymised, plus its own questions still waiting.
 */
export function clarificationRoutes({ dataSource }: ServiceDeps): RouteSpec[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/v1/contracts/:id/clarifications',
      operationId: 'askClarification',
      tags: ['clarifications'],
      summary: 'Chiede un chiarimento sul contratto',
      tenant: true,
      params: idParams,
      body: z.object({ question }),
      responses: [{ status: 201, description: 'Domanda inviata al banditore' }],
      refusals: [why.BANDITORE_ASKS, why.CONTRACT_NOT_OPEN, why.NOT_ELIGIBLE],
      handler: ({ params, body, command }) =>
        clarifications.askClarification(dataSource, command, params.id, body.question),
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/contracts/:id/clarifications',
      operationId: 'listClarifications',
      tags: ['clarifications'],
      summary: 'Chiarimenti del contratto',
      scopes: ['contracts:read'],
      params: idParams,
      responses: [{ status: 200, description: 'Domande e risposte' }],
      handler: ({ params, caller }) =>
        clarifications.listClarifications(dataSource, caller, params.id),
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/contracts/:id/clarifications/:clarificationId/answer',
      operationId: 'answerClarification',
      summary:
        'Il banditore risponde: la risposta diventa visibile a tutti gli enti, in forma anonima',
      roles: ['rup', 'responsabile-eprocurement'],
      tags: ['clarifications'],
      tenant: true,
      params: idParams.extend({ clarificationId: z.uuid('Chiarimento non valido.') }),
      body: z.object({ answer: z.string().trim().min(2).max(10_000) }),
      responses: [{ status: 200, description: 'Risposta pubblicata' }],
      refusals: [why.NOT_BANDITORE],
      handler: ({ params, body, command }) =>
        clarifications.answerClarification(
          dataSource,
          command,
          params.id,
          params.clarificationId,
          body.answer,
        ),
    }),
  ];
}
