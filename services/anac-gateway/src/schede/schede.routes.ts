import { z } from 'zod';
import { actorFromRequest, recordAudit } from '@app/platform/audit';
import { requireTenant, type Caller } from '@app/platform/auth';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { ServiceDeps } from '@app/platform/service';
import { loadRequest } from '../cig-requests/cig-requests.service.js';
import { requirePcp, rupFor } from '../cig-requests/anac-access.js';
import { agencyFor } from '../directory/agency-directory.js';
import type { pcpClient } from '../pcp/pcp-client.js';
import { newSchedaSchema } from './scheda.schema.js';
import { createScheda, deleteScheda, loadScheda, rollbackScheda, schedeOf, sendScheda, verifyScheda } from './schede.service.js';
import type { Config } from '../config.js';

const requestParams = z.object({ id: z.uuid('Richiesta CIG non valida.') });
const schedaParams = z.object({ id: z.uuid('Scheda non valida.') });

export function schedaRoutes(deps: ServiceDeps & { pcp: ReturnType<typeof pcpClient> | undefined }): RouteSpec[] {
  const { dataSource } = deps;
  const checkAfterMs = (deps.config as Config).PCP_POLL_MS;
  const pcpOrFail = () => requirePcp(deps.pcp);
  const rupOf = (caller: Caller) => rupFor(dataSource.manager, caller);
  const audit = (req: Parameters<typeof actorFromRequest>[0], caller: Caller | undefined, action: string, id: string) =>
    recordAudit(dataSource.manager, actorFromRequest(req, caller), { action, entityType: 'scheda', entityId: id });

  return [
    defineRoute({
      method: 'get', path: '/api/v1/cig-requests/:id/schede', operationId: 'listSchede', summary: 'Schede della richiesta (SC1, I1, CO1, CO2, ANN) con il loro stato presso ANAC', tags: ['schede'], scopes: ['cig-requests:read'],
      params: requestParams, responses: [{ status: 200, description: 'Le schede' }],
      handler: async ({ params, caller }) => {
        await loadRequest(dataSource.manager, params.id, caller?.tenant);
        return schedeOf(dataSource.manager, params.id);
      },
    }),
    defineRoute({
      method: 'post', path: '/api/v1/cig-requests/:id/schede', operationId: 'createScheda', summary: 'Nuova scheda in bozza (ANN: CIG e motivo «1 – Errata comunicazione» precompilati, motivo non modificabile)', roles: ['rup'], tags: ['schede'],
      params: requestParams, body: newSchedaSchema, responses: [{ status: 201, description: 'Scheda in bozza' }, { status: 409, description: "Non ammessa in questa fase dell'appalto" }],
      handler: async ({ params, body, caller, req }) => {
        const tenant = requireTenant(caller);
        const agency = await agencyFor(dataSource.manager, tenant);
        const scheda = await dataSource.transaction(async (manager) => createScheda(manager, await loadRequest(manager, params.id, tenant, true), body, caller!.subject, agency?.ausaCode ?? ''));
        await audit(req, caller, 'scheda.created', scheda.id);
        return scheda;
      },
    }),
    defineRoute({
      method: 'post', path: '/api/v1/schede/:id/send', operationId: 'sendScheda', summary: 'Invia scheda: crea-scheda e conferma-scheda presso ANAC (asincrono)', roles: ['rup'], strongAuth: true, tags: ['schede'],
      params: schedaParams, responses: [{ status: 200, description: 'Scheda inviata, in attesa di verifica' }],
      handler: async ({ params, caller, req }) => {
        const pcp = pcpOrFail();
        const rup = await rupOf(caller!);
        const { scheda, request } = await loadScheda(dataSource.manager, params.id, caller?.tenant);
        const sent = await sendScheda(dataSource, pcp, scheda, request, rup, checkAfterMs);
        await audit(req, caller, 'scheda.sent', params.id);
        return sent;
      },
    }),
    defineRoute({
      method: 'post', path: '/api/v1/schede/:id/verify', operationId: 'verifyScheda', summary: 'Verifica invio: l’esito di conferma-scheda (SC_CONF)', roles: ['rup'], strongAuth: true, tags: ['schede'],
      params: schedaParams, responses: [{ status: 200, description: 'La scheda: inviata (in corso), confermata o rifiutata' }],
      handler: async ({ params, caller }) => {
        const pcp = pcpOrFail();
        const rup = await rupOf(caller!);
        const { scheda, request } = await loadScheda(dataSource.manager, params.id, caller?.tenant);
        return verifyScheda(dataSource, pcp, scheda, request, rup);
      },
    }),
    defineRoute({
      method: 'post', path: '/api/v1/schede/:id/rollback', operationId: 'rollbackScheda', summary: 'Annulla comunicazione: rollback-scheda dell’ultima ANN, CO1 o CO2 confermata (asincrono: «in annullamento»)', roles: ['rup'], strongAuth: true, tags: ['schede'],
      params: schedaParams,
      body: z.object({ reason: z.enum(['1', '2'], { error: 'Motivo: 1 (annullamento a seguito di intervento) o 2 (errata comunicazione della piattaforma).' }) }),
      responses: [{ status: 200, description: 'Scheda in annullamento presso ANAC' }, { status: 409, description: 'Annullamento non ammesso' }],
      handler: async ({ params, body, caller, req }) => {
        const pcp = pcpOrFail();
        const rup = await rupOf(caller!);
        const { scheda, request } = await loadScheda(dataSource.manager, params.id, caller?.tenant);
        const rolling = await rollbackScheda(dataSource, pcp, scheda, request, rup, body.reason, checkAfterMs);
        await audit(req, caller, 'scheda.rollback-requested', params.id);
        return rolling;
      },
    }),
    defineRoute({
      method: 'delete', path: '/api/v1/schede/:id', operationId: 'deleteScheda', summary: 'Elimina una scheda in bozza (o rifiutata: cancellata anche presso ANAC)', roles: ['rup'], tags: ['schede'],
      params: schedaParams, responses: [{ status: 204, description: 'Scheda eliminata' }],
      handler: async ({ params, caller, req }) => {
        const { scheda, request } = await loadScheda(dataSource.manager, params.id, caller?.tenant);
        const rup = scheda.idScheda ? await rupOf(caller!) : undefined;
        await deleteScheda(dataSource, scheda.idScheda ? pcpOrFail() : deps.pcp, scheda, request, rup);
        await audit(req, caller, 'scheda.deleted', params.id);
      },
    }),
  ];
}
