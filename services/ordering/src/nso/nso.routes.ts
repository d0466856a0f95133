import { z } from 'zod';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import { orderRefusals } from '../orders/order.rules.js';
import type { OrderDeps } from '../orders/order.service.js';
import { nsoRefusals as why } from './nso.rules.js';
import * as nso from './nso.service.js';

const idParams = z.object({ id: z.uuid('Ordinativo non valido.') });
const reads = { tags: ['nso'], tenant: true as const, scopes: ['orders:read'] };
const sides = [orderRefusals.NOT_SUPPLIER];

const listNsoDocumentsRoute = (deps: OrderDeps) =>
  defineRoute({
    ...reads,
    method: 'get',
    path: '/api/v1/orders/:id/nso-documents',
    operationId: 'listOrderNsoDocuments',
    summary:
      'I documenti NSO dell’ordinativo, inviati e ricevuti, con le notifiche di NSO e la ' +
      '«tripletta» (ID#Data#Codice ufficio) da indicare in fattura',
    params: idParams,
    responses: [{ status: 200, description: 'Documenti NSO dell’ordinativo' }],
    handler: ({ params, caller }) => nso.nsoDocuments(deps, caller, params.id),
  });

const downloadNsoDocumentRoute = (deps: OrderDeps) =>
  defineRoute({
    ...reads,
    method: 'get',
    path: '/api/v1/orders/:id/nso-documents/:documentId',
    operationId: 'downloadOrderNsoDocument',
    summary: 'Il documento NSO (XML UBL 2.1: Order o Order Response) così come è stato trasmesso',
    params: idParams.extend({ documentId: z.uuid('Documento non valido.') }),
    responses: [{ status: 200, description: 'Il documento XML' }],
    handler: async ({ params, caller, res }) => {
      const { xml, fileName } = await nso.nsoDocumentXml(
        deps,
        caller,
        params.id,
        params.documentId,
      );
      res
        .type('application/xml')
        .set('content-disposition', `attachment; filename="${fileName}"`)
        .set('x-content-type-options', 'nosniff')
        .send(xml);
    },
  });

const answerOrderRoute = (deps: OrderDeps) =>
  defineRoute({
    tags: ['nso'],
    tenant: true,
    method: 'post',
    path: '/api/v1/orders/:id/order-response',
    operationId: 'answerOrderThroughNso',
    roles: ['operatore-economico'],
    summary:
      'Il fornitore risponde all’ordine consegnato da NSO: accettato (AP), rifiutato (RE) o ' +
      'accettato con modifiche (CA); la piattaforma la trasmette come Order Response (Peppol BIS 3)',
    params: idParams,
    body: z.object({
      code: z.enum(['AP', 'RE', 'CA'], { error: 'Risposta: AP, RE o CA.' }),
      reason: z.string().trim().max(500).optional(),
      changes: z
        .array(
          z.object({
            line: z.number().int().min(1).max(500),
            quantity: z.number().int().min(0).max(1_000_000),
          }),
        )
        .max(500)
        .optional(),
    }),
    responses: [{ status: 202, description: 'Risposta in trasmissione a NSO' }],
    refusals: [why.NSO_NOT_ANSWERABLE, why.NSO_REASON_REQUIRED, ...sides],
    handler: async ({ params, body, command, res }) => {
      res.status(202);
      return nso.answerOrder(deps, command, params.id, body);
    },
  });

const nsoSettingsRoute = (deps: OrderDeps) =>
  defineRoute({
    tags: ['nso'],
    tenant: true,
    method: 'get',
    path: '/api/v1/nso/settings',
    operationId: 'getNsoSettings',
    roles: ['amministratore-ente'],
    summary: 'Ordini elettronici (NSO) dell’ente: Codice Univoco Ufficio e attivazione',
    responses: [{ status: 200, description: 'Impostazioni NSO' }],
    handler: ({ caller }) => nso.nsoSettings(deps, caller),
  });

const saveNsoSettingsRoute = (deps: OrderDeps) =>
  defineRoute({
    tags: ['nso'],
    tenant: true,
    method: 'put',
    path: '/api/v1/nso/settings',
    operationId: 'saveNsoSettings',
    roles: ['amministratore-ente'],
    summary:
      'Imposta il Codice Univoco Ufficio (IPA) e attiva gli ordini elettronici: gli ordinativi ' +
      'approvati da allora partono verso il fornitore tramite NSO',
    body: z.object({ officeCode: z.string().trim().max(20), enabled: z.boolean() }),
    responses: [{ status: 200, description: 'Impostazioni salvate' }],
    refusals: [why.NSO_OFFICE_CODE],
    handler: ({ body, command }) => nso.saveNsoSettings(deps, command, body),
  });

/** The order's documents on NSO, the supplier's answer, and the agency's NSO settings. */
export function nsoRoutes(deps: OrderDeps): RouteSpec[] {
  return [
    listNsoDocumentsRoute(deps),
    downloadNsoDocumentRoute(deps),
    answerOrderRoute(deps),
    nsoSettingsRoute(deps),
    saveNsoSettingsRoute(deps),
  ];
}
