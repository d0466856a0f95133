import { z } from 'zod';
import { auditTrailSchema as auditTrail } from '@app/platform/audit';
import { defineRoute, pageQuery, streamEvents, type RouteSpec } from '@app/platform/http';
import { receiveUpload, sendDocument } from '@app/signed-documents';
import { clientRefusals } from '../clients/other-services.client.js';
import {
  orderRefusals as why,
  statusLabels,
  supplierResponseLabels,
  type OrderStatus,
  type SupplierResponse,
} from './order.rules.js';
import * as orders from './order.service.js';
import * as anac from './order-anac.service.js';
import * as documents from './order-documents.service.js';
import * as decisions from './order-decision.service.js';
import * as supplierDocuments from './order-supplier-documents.service.js';

const orderers = ['buyer', 'punto-ordinante', 'rup'];
/**
 * Seed 000's Punto Richiedente and Assistente del Punto Ordinante prepare the order (Nuovo ordine,
 * righe, documenti); the Punto Ordinante (or buyer, RUP) sends it. Decision 0032.
 */
const preparers = [...orderers, 'punto-richiedente', 'assistente-punto-ordinante'];
const centsMessage = 'Importo in centesimi di euro: un numero intero.';
const line = z.object({
  description: z.string().trim().min(2, 'Indica la descrizione della riga.').max(500),
  unitPriceCents: z
    .number({ error: centsMessage })
    .int(centsMessage)
    .min(0, "L'importo unitario non può essere negativo.")
    .max(1e13),
  quantity: z
    .number({ error: 'La quantità è un numero intero.' })
    .int('La quantità è un numero intero.')
    .min(1, 'La quantità è almeno 1.')
    .max(1_000_000),
});
const lines = z.array(line).max(500, 'Al massimo 500 righe per ordinativo.');
const contractParams = z.object({ contractId: z.uuid('Contratto non valido.') });
const idParams = z.object({ id: z.uuid('Ordinativo non valido.') });
const requirementParams = idParams.extend({
  requirementId: z.string().regex(/^\d{1,2}$/, 'Documento richiesto non valido.'),
});
const reason = z.string().trim().min(5, 'Scrivi la motivazione (almeno 5 caratteri).').max(4_000);
const common = { tags: ['orders'], tenant: true as const };
const reads = { ...common, scopes: ['orders:read'] };
const sides = [why.NOT_ORDERING_AGENCY, why.NOT_BANDITORE, why.NOT_SUPPLIER];
const signedUpload = {
  field: 'file',
  description: 'PDF, o PDF firmato: .p7m CAdES (DER, BER o base64) o PAdES',
};

const status = z
  .enum(Object.keys(statusLabels) as [OrderStatus, ...OrderStatus[]])
  .describe("Lo stato dell'ordinativo (bozza, …, approvato, rifiutato, annullato)");
const supplierResponse = z.enum(
  Object.keys(supplierResponseLabels) as [SupplierResponse, ...SupplierResponse[]],
);
const moment = z.iso.datetime();
/** A line of Elenco ordinativi, as partners' clients are typed from it. */
const orderSummary = z.object({
  id: z.uuid(),
  code: z.string().describe('`O000123/2026`'),
  agencyId: z.uuid().describe("L'ente che ordina"),
  subject: z.string(),
  status,
  statusLabel: z.string().describe('Lo stato come lo legge una persona («CIG acquisito»)'),
  totalCents: z.number().int().describe('Totale in centesimi di euro, IVA esclusa'),
  derivedCig: z.string().nullable().describe('Il CIG derivato, quando acquisito'),
  supplierResponse: supplierResponse.nullable(),
  createdAt: moment,
  submittedAt: moment.nullable(),
  approvedAt: moment.nullable(),
});
/** One step of the order's history. */
const historyStep = z.object({
  action: z.string(),
  actionLabel: z.string().describe('Il passaggio come lo legge una persona'),
  fromStatus: status.nullable(),
  toStatus: status.nullable(),
  toStatusLabel: z.string().nullable(),
  actor: z.string().nullable().describe('Chi: il soggetto (persona o sistema)'),
  profileId: z.string().nullable(),
  agencyId: z.uuid().nullable(),
  reason: z.string().nullable(),
  at: moment,
});

export function orderRoutes(deps: orders.OrderDeps): RouteSpec[] {
  return [
    ...draftRoutes(deps),
    ...anacRoutes(deps),
    ...documentRoutes(deps),
    ...decisionRoutes(deps),
  ];
}

const createOrderRoute = (deps: orders.OrderDeps) =>
  defineRoute({
    ...common,
    method: 'post',
    path: '/api/v1/contracts/:contractId/orders',
    operationId: 'createOrder',
    roles: preparers,
    summary:
      'Nuovo ordine: dopo «Richiedi CIG» e «Vai all’ordine», l’ordinativo in bozza (passo 1)',
    params: contractParams,
    body: z.object({
      cigRequestId: z.uuid('Richiesta CIG non valida.'),
      adhesionId: z.uuid('Adesione non valida.').optional(),
      lines: lines.default([]),
    }),
    responses: [{ status: 201, description: "L'ordinativo in bozza, con il suo codice" }],
    refusals: [
      why.CONTRACT_NOT_OPEN,
      why.NOT_ELIGIBLE,
      why.REGISTRATION_REQUIRED,
      why.ADHESION_REQUIRED,
      why.ADHESION_CHOICE_REQUIRED,
      why.CIG_REQUEST_NOT_USABLE,
      clientRefusals.ANAC_GATEWAY_UNAVAILABLE,
    ],
    handler: ({ params, body, command }) =>
      orders.createOrder(deps, command, params.contractId, body),
  });

const listOrdersRoute = (deps: orders.OrderDeps) =>
  defineRoute({
    ...reads,
    method: 'get',
    path: '/api/v1/contracts/:contractId/orders',
    operationId: 'listOrders',
    params: contractParams,
    query: pageQuery,
    summary:
      "Elenco ordinativi: i propri per l'ente che ordina, quelli inviati per il " +
      'banditore, quelli approvati per il fornitore; una pagina, dal più recente',
    responses: [
      { status: 200, description: 'Ordinativi del contratto', schema: z.array(orderSummary) },
    ],
    handler: ({ params, caller, query }) =>
      orders.listOrders(deps, caller, params.contractId, query),
  });

const getOrderRoute = (deps: orders.OrderDeps) =>
  defineRoute({
    ...reads,
    method: 'get',
    path: '/api/v1/orders/:id',
    operationId: 'getOrder',
    params: idParams,
    summary:
      "L'ordinativo: righe, totale, CIG derivato, stato verso ANAC, documenti, " +
      'risposta del fornitore',
    responses: [{ status: 200, description: "L'ordinativo" }],
    handler: ({ params, caller }) => orders.orderView(deps, caller.tenant, params.id),
  });

const updateOrderRoute = (deps: orders.OrderDeps) =>
  defineRoute({
    ...common,
    method: 'put',
    path: '/api/v1/orders/:id',
    operationId: 'updateOrder',
    roles: preparers,
    params: idParams,
    summary:
      "Passo 1: righe dell'ordine (il totale si ricalcola) e adesione, fino " +
      "alla conferma dell'appalto",
    body: z.object({
      lines: lines.optional(),
      adhesionId: z.uuid('Adesione non valida.').optional(),
    }),
    responses: [{ status: 200, description: "L'ordinativo aggiornato" }],
    refusals: [why.ORDER_NOT_EDITABLE, why.ADHESION_REQUIRED, ...sides],
    handler: ({ params, body, command }) => orders.updateOrder(deps, command, params.id, body),
  });

const getOrderHistoryRoute = (deps: orders.OrderDeps) =>
  defineRoute({
    ...reads,
    method: 'get',
    path: '/api/v1/orders/:id/history',
    operationId: 'getOrderHistory',
    params: idParams,
    summary: "La storia dell'ordinativo: ogni passaggio, chi, quando, perché",
    responses: [{ status: 200, description: 'Passaggi, in ordine', schema: z.array(historyStep) }],
    handler: ({ params, caller }) => orders.orderHistory(deps, caller, params.id),
  });

const getOrderAuditTrailRoute = (deps: orders.OrderDeps) =>
  defineRoute({
    ...common,
    method: 'get',
    path: '/api/v1/orders/:id/audit',
    operationId: 'getOrderAuditTrail',
    roles: ['amministratore-ente'],
    params: idParams,
    summary:
      "Registro delle operazioni dell'ordinativo: ogni modifica, chi, con quale profilo e " +
      'accesso, quando (per l’amministratore dell’ente)',
    responses: [{ status: 200, description: 'Le operazioni, in ordine', schema: auditTrail }],
    handler: ({ params, caller }) => orders.orderAuditTrail(deps, caller, params.id),
  });

const streamOrderStateRoute = (deps: orders.OrderDeps) =>
  defineRoute({
    ...reads,
    method: 'get',
    path: '/api/v1/orders/:id/events',
    operationId: 'streamOrderState',
    params: idParams,
    summary:
      "Lo stato dell'ordinativo in diretta (text/event-stream): un evento " +
      '«state» a ogni passaggio, ripreso con Last-Event-ID',
    responses: [
      {
        status: 200,
        description:
          'Flusso di eventi: id, event: state, data: stato, etichetta, banner, CIG derivato',
      },
    ],
    handler: async ({ params, caller, req, res }) => {
      await streamEvents(req, res, {
        next: (afterId) => orders.orderStateAfter(deps, caller, params.id, afterId),
        pollMs: deps.livePollMs,
      });
      return undefined;
    },
  });

/** Nuovo ordine, Elenco ordinativi, the order and its history, passo 1. */
function draftRoutes(deps: orders.OrderDeps): RouteSpec[] {
  return [
    createOrderRoute(deps),
    listOrdersRoute(deps),
    getOrderRoute(deps),
    updateOrderRoute(deps),
    getOrderHistoryRoute(deps),
    getOrderAuditTrailRoute(deps),
    streamOrderStateRoute(deps),
  ];
}

/** Conferma appalto and Acquisisci CIG: the RUP with SPID, CIE or CNS; ANAC answers later. */
function anacRoutes(deps: orders.OrderDeps): RouteSpec[] {
  return [
    defineRoute({
      ...common,
      method: 'post',
      path: '/api/v1/orders/:id/confirm-appalto',
      operationId: 'confirmOrderAppalto',
      roles: ['rup'],
      params: idParams,
      summary:
        'Conferma appalto: controlla il totale delle righe e chiede ad ANAC ' +
        'crea-appalto e conferma-appalto (asincrono)',
      responses: [{ status: 202, description: 'Conferma appalto in corso presso ANAC' }],
      refusals: [
        why.STRONG_AUTH_REQUIRED,
        why.APPALTO_NOT_CONFIRMABLE,
        why.ORDER_TOTAL_MISMATCH,
        ...sides,
        clientRefusals.ANAC_GATEWAY_UNAVAILABLE,
      ],
      handler: ({ params, command }) => anac.confirmAppalto(deps, command, params.id),
    }),
    defineRoute({
      ...common,
      method: 'post',
      path: '/api/v1/orders/:id/acquire-cig',
      operationId: 'acquireOrderCig',
      roles: ['rup'],
      params: idParams,
      summary: 'Acquisisci CIG: recupera il CIG derivato presso ANAC (asincrono)',
      responses: [{ status: 202, description: 'Acquisizione del CIG in corso presso ANAC' }],
      refusals: [why.STRONG_AUTH_REQUIRED, why.CIG_NOT_ACQUIRABLE, ...sides],
      handler: ({ params, command }) => anac.acquireCig(deps, command, params.id),
    }),
  ];
}

const uploadOrderDocumentRoute = (deps: orders.OrderDeps) =>
  defineRoute({
    ...common,
    method: 'put',
    path: '/api/v1/orders/:id/documents/:requirementId',
    operationId: 'uploadOrderDocument',
    roles: preparers,
    summary:
      'Carica un documento delle «RICHIESTE PER ORDINATIVI FORNITURA» del ' +
      'contratto (firmato dove richiesto)',
    params: requirementParams,
    upload: signedUpload,
    responses: [{ status: 200, description: 'Il documento, con impronta e firma verificata' }],
    refusals: [why.ORDER_NOT_EDITABLE, why.DOCUMENT_NOT_REQUIRED, ...sides],
    handler: ({ params, command, req, res }) =>
      documents.uploadDocument(deps, command, params.id, params.requirementId, () =>
        receiveUpload(req, res, deps.maxUploadBytes),
      ),
  });

const returnSupplierDocumentRoute = (deps: orders.OrderDeps) =>
  defineRoute({
    ...common,
    method: 'put',
    path: '/api/v1/orders/:id/supplier-documents/:kind',
    operationId: 'returnSupplierDocument',
    roles: ['operatore-economico'],
    summary:
      'Il fornitore restituisce, firmati, il DPA controfirmato (dpa) o la comunicazione dati ' +
      'tracciabilità (tracciabilita) di un soggetto (membro del RTI o mandataria)',
    params: idParams.extend({
      kind: z.enum(['dpa', 'tracciabilita'], { error: 'Documento: dpa o tracciabilita.' }),
    }),
    query: z.object({ soggetto: z.string().trim().max(200).default('') }),
    upload: signedUpload,
    responses: [{ status: 200, description: 'Il documento restituito' }],
    refusals: [why.NOT_SUPPLIER, why.ORDER_NOT_EDITABLE, why.SUBJECT_REQUIRED],
    handler: ({ params, query, command, req, res }) =>
      supplierDocuments.returnSupplierDocument(
        deps,
        command,
        params.id,
        { kind: params.kind, subject: query.soggetto },
        () => receiveUpload(req, res, deps.maxUploadBytes),
      ),
  });

const removeOrderDocumentRoute = (deps: orders.OrderDeps) =>
  defineRoute({
    ...common,
    method: 'delete',
    path: '/api/v1/orders/:id/documents/:requirementId',
    operationId: 'removeOrderDocument',
    roles: preparers,
    summary: 'Rimuove un documento caricato',
    params: requirementParams,
    responses: [{ status: 204, description: 'Documento rimosso' }],
    refusals: [why.ORDER_NOT_EDITABLE, why.DOCUMENT_NOT_REQUIRED, ...sides],
    handler: ({ params, command }) =>
      documents.removeDocument(deps, command, params.id, params.requirementId),
  });

const downloadOrderDocumentRoute = (deps: orders.OrderDeps) =>
  defineRoute({
    ...reads,
    method: 'get',
    path: '/api/v1/orders/:id/files/:documentId',
    operationId: 'downloadOrderDocument',
    summary: "Scarica un documento dell'ordinativo",
    params: idParams.extend({ documentId: z.uuid('Documento non valido.') }),
    responses: [{ status: 200, description: 'Il file, con il tipo riconosciuto' }],
    handler: async ({ params, caller, res }) => {
      const { document, bytes } = await documents.readDocument(
        deps,
        caller,
        params.id,
        params.documentId,
      );
      sendDocument(res, document, bytes);
    },
  });

const downloadOrderSummarySheetRoute = (deps: orders.OrderDeps) =>
  defineRoute({
    ...common,
    method: 'get',
    path: '/api/v1/orders/:id/summary-sheet',
    operationId: 'downloadOrderSummarySheet',
    roles: preparers,
    summary:
      'Passo 2: scarica la «Scheda di sintesi ordinativo di fornitura» (PDF/A) ' +
      'generata dal sistema, da firmare',
    params: idParams,
    responses: [{ status: 200, description: 'Il PDF della scheda di sintesi' }],
    refusals: [why.SHEET_NOT_AVAILABLE, ...sides],
    handler: async ({ params, command, res }) => {
      const { document, bytes } = await documents.downloadSheet(deps, command, params.id);
      sendDocument(res, document, bytes);
    },
  });

const uploadOrderSummarySheetRoute = (deps: orders.OrderDeps) =>
  defineRoute({
    ...common,
    method: 'put',
    path: '/api/v1/orders/:id/summary-sheet',
    operationId: 'uploadOrderSummarySheet',
    roles: preparers,
    summary:
      'Passo 2: carica la scheda di sintesi firmata digitalmente (la stessa ' +
      'generata, firmata da una persona dell’ente)',
    params: idParams,
    upload: { field: 'file', description: '.p7m CAdES della scheda, o la scheda firmata PAdES' },
    responses: [{ status: 200, description: 'Scheda firmata accettata' }],
    refusals: [why.SHEET_NOT_AVAILABLE, why.SHEET_NOT_MATCHING, why.SIGNER_NOT_OF_AGENCY, ...sides],
    handler: ({ params, command, req, res }) =>
      documents.uploadSignedSheet(deps, command, params.id, () =>
        receiveUpload(req, res, deps.maxUploadBytes),
      ),
  });

/** The contract's order documents, and the signed summary sheet of passo 2. */
function documentRoutes(deps: orders.OrderDeps): RouteSpec[] {
  return [
    uploadOrderDocumentRoute(deps),
    removeOrderDocumentRoute(deps),
    returnSupplierDocumentRoute(deps),
    downloadOrderDocumentRoute(deps),
    downloadOrderSummarySheetRoute(deps),
    uploadOrderSummarySheetRoute(deps),
  ];
}

/** What every decision route shares: POST on the order, its operation, who may, the summary. */
const action = (name: string, operationId: string, roles: string[], summary: string) => ({
  ...common,
  method: 'post' as const,
  path: `/api/v1/orders/:id/${name}`,
  operationId,
  roles,
  summary,
  params: idParams,
});

const submitOrderRoute = (deps: orders.OrderDeps) =>
  defineRoute({
    ...action(
      'submit',
      'submitOrder',
      orderers,
      "Passo 3, Invia: l'ordinativo va al soggetto banditore",
    ),
    responses: [{ status: 200, description: 'Ordinativo inviato' }],
    refusals: [why.ORDER_NOT_SENDABLE, why.DOCUMENTS_MISSING, ...sides],
    handler: ({ params, command }) => decisions.submitOrder(deps, command, params.id),
  });

const approveOrderRoute = (deps: orders.OrderDeps) =>
  defineRoute({
    ...action(
      'approve',
      'approveOrder',
      ['rup'],
      "Il RUP del soggetto banditore approva: l'importo si consuma sul massimale",
    ),
    responses: [{ status: 200, description: 'Ordinativo approvato' }],
    refusals: [
      why.ORDER_NOT_PENDING,
      why.CEILING_PENDING,
      why.CEILING_EXCEEDED,
      ...sides,
      clientRefusals.CATALOG_UNAVAILABLE,
    ],
    handler: ({ params, command }) => decisions.approveOrder(deps, command, params.id),
  });

const rejectOrderRoute = (deps: orders.OrderDeps) =>
  defineRoute({
    ...action(
      'reject',
      'rejectOrder',
      ['rup'],
      'Il RUP del soggetto banditore rifiuta, con una motivazione',
    ),
    body: z.object({ reason }),
    responses: [{ status: 200, description: 'Ordinativo rifiutato' }],
    refusals: [why.ORDER_NOT_PENDING, ...sides],
    handler: ({ params, body, command }) =>
      decisions.rejectOrder(deps, command, params.id, body.reason),
  });

const acknowledgeOrderRoute = (deps: orders.OrderDeps) =>
  defineRoute({
    ...action(
      'acknowledge',
      'acknowledgeOrder',
      ['operatore-economico'],
      "Il fornitore prende visione dell'ordinativo approvato",
    ),
    responses: [{ status: 200, description: 'Presa visione registrata' }],
    refusals: [why.ORDER_NOT_APPROVED, why.ALREADY_ANSWERED, ...sides],
    handler: ({ params, command }) => decisions.acknowledgeOrder(deps, command, params.id),
  });

const disputeOrderRoute = (deps: orders.OrderDeps) =>
  defineRoute({
    ...action(
      'dispute',
      'disputeOrder',
      ['operatore-economico'],
      "Il fornitore contesta l'ordinativo entro il termine, se il contratto lo prevede",
    ),
    body: z.object({ reason }),
    responses: [{ status: 200, description: 'Contestazione registrata' }],
    refusals: [
      why.DISPUTE_NOT_ALLOWED,
      why.ORDER_NOT_APPROVED,
      why.ALREADY_ANSWERED,
      why.DISPUTE_TOO_LATE,
      ...sides,
    ],
    handler: ({ params, body, command }) =>
      decisions.disputeOrder(deps, command, params.id, body.reason),
  });

const publishOrderOutcomeRoute = (deps: orders.OrderDeps) =>
  defineRoute({
    ...action(
      'outcome',
      'publishOrderOutcome',
      ['rup', 'punto-ordinante'],
      "Esito, «salva e pubblica»: l'affidamento compare in «Aggiudicazioni e affidamenti»",
    ),
    body: z.object({
      awardDate: z.iso.date("Data dell'affidamento nel formato AAAA-MM-GG."),
      subject: z.string().trim().min(5).max(500).optional(),
      notes: z.string().trim().max(2_000).optional(),
    }),
    responses: [{ status: 200, description: 'Esito pubblicato' }],
    refusals: [why.ORDER_NOT_APPROVED, why.OUTCOME_PUBLISHED, ...sides],
    handler: ({ params, body, command }) =>
      decisions.publishOutcome(deps, command, params.id, body),
  });

/** Invia, the banditore's decision, the supplier's answer, and the Esito. */
function decisionRoutes(deps: orders.OrderDeps): RouteSpec[] {
  return [
    submitOrderRoute(deps),
    approveOrderRoute(deps),
    rejectOrderRoute(deps),
    acknowledgeOrderRoute(deps),
    disputeOrderRoute(deps),
    publishOrderOutcomeRoute(deps),
  ];
}
