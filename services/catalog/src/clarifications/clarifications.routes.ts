import { z } from 'zod';
import { actorFromRequest, recordAudit } from '@app/platform/audit';
import { requireTenant } from '@app/platform/auth';
import { updateReturning } from '@app/platform/db';
import { conflict, forbidden, notFound } from '@app/platform/errors';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { ServiceDeps } from '@app/platform/service';
import { visibleContract } from '../contracts/contracts.service.js';

const idParams = z.object({ id: z.uuid('Contratto non valido.') });

/**
 * Chiarimenti (seed 001). The banditore sees who asked; every other agency sees the answered questions
 * anonymised, plus its own questions still waiting.
 */
export function clarificationRoutes({ dataSource }: ServiceDeps): RouteSpec[] {
  return [
    defineRoute({
      method: 'post', path: '/api/v1/contracts/:id/clarifications', operationId: 'askClarification', summary: 'Chiede un chiarimento sul contratto', tags: ['clarifications'],
      params: idParams, body: z.object({ question: z.string().trim().min(10, 'Scrivi la domanda (almeno 10 caratteri).').max(5_000) }),
      responses: [{ status: 201, description: 'Domanda inviata al banditore' }],
      handler: ({ params, body, caller, req }) => dataSource.transaction(async (manager) => {
        const tenant = requireTenant(caller);
        const contract = await visibleContract(manager, params.id, tenant);
        if (contract.banditore.agencyId === tenant) throw conflict('Il banditore risponde ai chiarimenti, non li chiede.', 'BANDITORE_ASKS');
        if (contract.status === 'bozza' || contract.status === 'chiuso') throw conflict('Il contratto non accetta chiarimenti nel suo stato attuale.', 'CONTRACT_NOT_OPEN');
        if (contract.eligibleAgencies && !contract.eligibleAgencies.includes(tenant)) throw forbidden('Il tuo ente non è tra quelli che possono aderire a questo contratto.', 'NOT_ELIGIBLE');
        const [row] = await manager.query(
          `INSERT INTO clarifications (contract_id, asker_agency_id, asked_by, question) VALUES ($1, $2, $3, $4)
           RETURNING id, question, answer, asked_at AS "askedAt", answered_at AS "answeredAt"`, [params.id, tenant, caller!.subject, body.question]);
        await recordAudit(manager, actorFromRequest(req, caller), { action: 'clarification.asked', entityType: 'clarification', entityId: row.id, details: { contractId: params.id } });
        return row;
      }),
    }),
    defineRoute({
      method: 'get', path: '/api/v1/contracts/:id/clarifications', operationId: 'listClarifications', summary: 'Chiarimenti del contratto', tags: ['clarifications'], scopes: ['contracts:read'],
      params: idParams,
      responses: [{ status: 200, description: 'Domande e risposte' }],
      handler: async ({ params, caller }) => {
        const contract = await visibleContract(dataSource.manager, params.id, caller?.tenant);
        const banditore = contract.banditore.agencyId === caller?.tenant;
        return dataSource.query(
          `SELECT c.id, c.question, c.answer, c.asked_at AS "askedAt", c.answered_at AS "answeredAt",
             CASE WHEN $2 THEN json_build_object('agencyId', c.asker_agency_id, 'name', d.name) END AS "askedBy"
           FROM clarifications c LEFT JOIN agency_directory d ON d.agency_id = c.asker_agency_id
           WHERE c.contract_id = $1 AND ($2 OR c.answer IS NOT NULL OR c.asker_agency_id = $3::uuid) ORDER BY c.asked_at`,
          [params.id, banditore, caller?.tenant ?? null]);
      },
    }),
    defineRoute({
      method: 'post', path: '/api/v1/contracts/:id/clarifications/:clarificationId/answer', operationId: 'answerClarification', summary: 'Il banditore risponde: la risposta diventa visibile a tutti gli enti, in forma anonima', roles: ['rup', 'responsabile-eprocurement'], tags: ['clarifications'],
      params: idParams.extend({ clarificationId: z.uuid('Chiarimento non valido.') }),
      body: z.object({ answer: z.string().trim().min(2).max(10_000) }),
      responses: [{ status: 200, description: 'Risposta pubblicata' }],
      handler: ({ params, body, caller, req }) => dataSource.transaction(async (manager) => {
        const contract = await visibleContract(manager, params.id, caller?.tenant);
        if (contract.banditore.agencyId !== requireTenant(caller)) throw forbidden('Solo il soggetto banditore risponde ai chiarimenti.', 'NOT_BANDITORE');
        const [row] = await updateReturning(manager,
          `UPDATE clarifications SET answer = $3, answered_by = $4, answered_at = now() WHERE id = $1 AND contract_id = $2
           RETURNING id, question, answer, asked_at AS "askedAt", answered_at AS "answeredAt"`, [params.clarificationId, params.id, body.answer, caller!.subject]);
        if (!row) throw notFound('Chiarimento');
        await recordAudit(manager, actorFromRequest(req, caller), { action: 'clarification.answered', entityType: 'clarification', entityId: params.clarificationId });
        return row;
      }),
    }),
  ];
}
