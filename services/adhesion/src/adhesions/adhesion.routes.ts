import { auditTrailSchema } from '@app/platform/audit';
import { z } from 'zod';
import { defineRoute, pageQuery, type RouteSpec } from '@app/platform/http';
import { receiveUpload, sendDocument } from '@app/signed-documents';
import { contractRefusals } from '../contracts/known-contract.rules.js';
import { ceilingRefusals } from '../ceiling/catalog-ceiling.client.js';
import { adhesionRefusals as why } from './adhesion.rules.js';
import * as adhesions from './adhesion.service.js';
import * as documents from './adhesion-documents.service.js';
import * as decisions from './adhesion-decision.service.js';

const adherers = ['buyer', 'rup'];
const judges = ['rup'];
const centsMessage = "L'importo deve essere un numero intero di centesimi.";
const cents = z
  .number({ error: centsMessage })
  .int(centsMessage)
  .positive("L'importo di adesione deve essere maggiore di zero.")
  .max(Number.MAX_SAFE_INTEGER);
const ipotesi = z.enum(['A', 'B'], {
  error: "L'ipotesi deve essere A (proroga semplificata) o B (adesione completa).",
});
const contractParams = z.object({ contractId: z.uuid('Contratto non valido.') });
const idParams = z.object({ id: z.uuid('Adesione non valida.') });
const roundParams = idParams.extend({ round: z.coerce.number().int().min(0).max(20) });
const requirementId = z.string().regex(/^\d{1,2}-\d{1,3}$/, 'Documento richiesto non valido.');
const requirementParams = idParams.extend({ requirementId });
const fileParams = idParams.extend({ documentId: z.uuid('Documento non valido.') });
const reason = z
  .string()
  .trim()
  .min(5, 'Scrivi la motivazione del rifiuto (almeno 5 caratteri).')
  .max(4_000);
const common = { tags: ['adhesions'], tenant: true as const };
const pending = [why.ADHESION_NOT_PENDING, why.ROUND_NOT_PENDING, why.NOT_BANDITORE];

export function adhesionRoutes(deps: adhesions.AdhesionDeps): RouteSpec[] {
  return [
    ...draftRoutes(deps),
    ...documentRoutes(deps),
    ...sendingRoutes(deps),
    ...judgingRoutes(deps),
  ];
}

const createAdhesionRoute = (deps: adhesions.AdhesionDeps) =>
  defineRoute({
    ...common,
    method: 'post',
    path: '/api/v1/contracts/:contractId/adhesions',
    operationId: 'createAdhesion',
    summary: 'Richiedi adesione: passo 1 (ipotesi e importo); assegna il codice di adesione',
    roles: adherers,
    params: contractParams,
    body: z.object({ ipotesi, amountCents: cents }),
    responses: [{ status: 201, description: "L'adesione in bozza, con il suo codice" }],
    refusals: [
      ...Object.values(contractRefusals),
      why.AMOUNT_OVER_CEILING,
      why.REJECTED_DRAFT_PENDING,
      why.CODES_EXHAUSTED,
    ],
    handler: ({ params, body, command }) =>
      adhesions.createAdhesion(deps, command, params.contractId, body),
  });

const listAdhesionsRoute = (deps: adhesions.AdhesionDeps) =>
  defineRoute({
    ...common,
    method: 'get',
    path: '/api/v1/contracts/:contractId/adhesions',
    operationId: 'listAdhesions',
    summary:
      "Elenco adesioni: le proprie per l'ente aderente, tutte per il soggetto banditore; una " +
      'pagina, dalla più recente',
    scopes: ['adhesions:read'],
    params: contractParams,
    query: pageQuery,
    responses: [{ status: 200, description: 'Adesioni al contratto con stato e date' }],
    handler: ({ params, caller, query }) =>
      adhesions.listAdhesions(deps, caller.tenant, params.contractId, query),
  });

const getRegistrationStandingRoute = (deps: adhesions.AdhesionDeps) =>
  defineRoute({
    ...common,
    method: 'get',
    path: '/api/v1/contracts/:contractId/adhesions/registration',
    operationId: 'getRegistrationStanding',
    summary:
      'Se il chiamante è registrato alla convenzione (seed 000): senza registrazione non può ' +
      'aderire né ordinare',
    params: contractParams,
    responses: [{ status: 200, description: 'registrationRequired, registered e il perché' }],
    handler: ({ params, caller }) =>
      adhesions.registrationOnContract(deps, caller, params.contractId),
  });

const getAdhesionRoute = (deps: adhesions.AdhesionDeps) =>
  defineRoute({
    ...common,
    method: 'get',
    path: '/api/v1/adhesions/:id',
    operationId: 'getAdhesion',
    scopes: ['adhesions:read'],
    summary:
      'Riepilogo adesione: importo, codice, importo del contratto, round, file caricati, storia',
    params: idParams,
    responses: [{ status: 200, description: "L'adesione" }],
    handler: ({ params, caller }) => adhesions.adhesionView(deps, caller.tenant, params.id),
  });

const getAdhesionAuditTrailRoute = (deps: adhesions.AdhesionDeps) =>
  defineRoute({
    ...common,
    method: 'get',
    path: '/api/v1/adhesions/:id/audit',
    operationId: 'getAdhesionAuditTrail',
    roles: ['amministratore-ente'],
    summary:
      "Registro delle operazioni dell'adesione: ogni modifica, chi, con quale profilo e " +
      'accesso, quando (per l’amministratore dell’ente)',
    params: idParams,
    responses: [{ status: 200, description: 'Le operazioni, in ordine', schema: auditTrailSchema }],
    handler: ({ params, caller }) => adhesions.adhesionAuditTrail(deps, caller.tenant, params.id),
  });

const updateAdhesionRoute = (deps: adhesions.AdhesionDeps) =>
  defineRoute({
    ...common,
    method: 'put',
    path: '/api/v1/adhesions/:id',
    operationId: 'updateAdhesion',
    roles: adherers,
    summary: 'Modifica i dati del passo 1 (ipotesi, importo) finché è una bozza del round 0',
    params: idParams,
    body: z.object({ ipotesi: ipotesi.optional(), amountCents: cents.optional() }),
    responses: [{ status: 200, description: "L'adesione aggiornata" }],
    refusals: [
      why.NOT_ADHERING_AGENCY,
      why.ADHESION_NOT_EDITABLE,
      why.AMOUNT_OVER_CEILING,
      why.DOCUMENTS_NOT_IN_IPOTESI,
    ],
    handler: ({ params, body, command }) =>
      adhesions.updateAdhesion(deps, command, params.id, body),
  });

/** Richiedi adesione, its list, its summary and its step-1 data. */
function draftRoutes(deps: adhesions.AdhesionDeps): RouteSpec[] {
  return [
    createAdhesionRoute(deps),
    listAdhesionsRoute(deps),
    getRegistrationStandingRoute(deps),
    getAdhesionRoute(deps),
    getAdhesionAuditTrailRoute(deps),
    updateAdhesionRoute(deps),
  ];
}

const uploadAdhesionDocumentRoute = (deps: adhesions.AdhesionDeps) =>
  defineRoute({
    ...common,
    method: 'put',
    path: '/api/v1/adhesions/:id/documents/:requirementId',
    roles: adherers,
    operationId: 'uploadAdhesionDocument',
    summary:
      'Carica il documento richiesto (multipart, campo "file"): PDF, o .p7m / ' +
      'PDF firmato dove è richiesta la firma',
    params: requirementParams,
    upload: {
      field: 'file',
      description: 'PDF, o PDF firmato: .p7m CAdES (DER, BER o base64) o PAdES',
    },
    responses: [
      { status: 200, description: 'Il documento, con impronta SHA-256 e firma verificata' },
      { status: 413, description: 'Documento troppo grande' },
      { status: 422, description: 'Firma mancante o non valida' },
    ],
    refusals: [
      why.NOT_ADHERING_AGENCY,
      why.ADHESION_NOT_EDITABLE,
      why.ROUND_NOT_OPEN,
      why.DOCUMENT_NOT_IN_IPOTESI,
    ],
    handler: ({ params, command, req, res }) =>
      documents.uploadDocument(deps, command, params.id, params.requirementId, () =>
        receiveUpload(req, res, deps.maxUploadBytes),
      ),
  });

const removeAdhesionDocumentRoute = (deps: adhesions.AdhesionDeps) =>
  defineRoute({
    ...common,
    method: 'delete',
    path: '/api/v1/adhesions/:id/documents/:requirementId',
    roles: adherers,
    operationId: 'removeAdhesionDocument',
    summary: 'Rimuove un documento caricato (bozza)',
    params: requirementParams,
    responses: [{ status: 204, description: 'Documento rimosso' }],
    refusals: [
      why.NOT_ADHERING_AGENCY,
      why.ADHESION_NOT_EDITABLE,
      why.ROUND_NOT_OPEN,
      why.DOCUMENT_NOT_IN_IPOTESI,
    ],
    handler: ({ params, command }) =>
      documents.removeDocument(deps, command, params.id, params.requirementId),
  });

const downloadAdhesionDocumentRoute = (deps: adhesions.AdhesionDeps) =>
  defineRoute({
    ...common,
    method: 'get',
    path: '/api/v1/adhesions/:id/files/:documentId',
    operationId: 'downloadAdhesionDocument',
    summary: 'Scarica un documento dell’adesione',
    scopes: ['adhesions:read'],
    params: fileParams,
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

/** The documents each round asks for: upload, removal, download. */
function documentRoutes(deps: adhesions.AdhesionDeps): RouteSpec[] {
  return [
    uploadAdhesionDocumentRoute(deps),
    removeAdhesionDocumentRoute(deps),
    downloadAdhesionDocumentRoute(deps),
  ];
}

/** The adhering agency's Invia, Ritira invio and Elimina bozza. */
function sendingRoutes(deps: adhesions.AdhesionDeps): RouteSpec[] {
  return [
    defineRoute({
      ...common,
      method: 'post',
      path: '/api/v1/adhesions/:id/submit',
      operationId: 'submitAdhesion',
      roles: adherers,
      summary: 'Invia: i documenti del round aperto vanno al RUP del soggetto banditore',
      params: idParams,
      responses: [{ status: 200, description: 'Adesione inviata, con la data di invio' }],
      refusals: [why.NOT_ADHERING_AGENCY, why.ADHESION_NOT_SENDABLE, why.DOCUMENTS_MISSING],
      handler: ({ params, command }) => adhesions.submitAdhesion(deps, command, params.id),
    }),
    defineRoute({
      ...common,
      method: 'post',
      path: '/api/v1/adhesions/:id/withdraw',
      operationId: 'withdrawAdhesion',
      roles: adherers,
      summary: 'Ritira invio adesione (prima della presa in carico)',
      params: idParams,
      responses: [{ status: 200, description: 'Adesione tornata al riepilogo' }],
      refusals: [why.NOT_ADHERING_AGENCY, why.ADHESION_NOT_WITHDRAWABLE],
      handler: ({ params, command }) => adhesions.withdrawAdhesion(deps, command, params.id),
    }),
    defineRoute({
      ...common,
      method: 'delete',
      path: '/api/v1/adhesions/:id',
      operationId: 'deleteAdhesionDraft',
      roles: adherers,
      summary: 'Elimina bozza (anche dopo un rifiuto, per ripetere il round 0)',
      params: idParams,
      responses: [{ status: 204, description: 'Bozza eliminata' }],
      refusals: [why.NOT_ADHERING_AGENCY, why.ADHESION_NOT_DELETABLE],
      handler: ({ params, command }) => adhesions.deleteAdhesionDraft(deps, command, params.id),
    }),
  ];
}

/** The banditore's RUP: Prendi in carico, Approva, Rifiuta. */
function judgingRoutes(deps: adhesions.AdhesionDeps): RouteSpec[] {
  return [
    defineRoute({
      ...common,
      method: 'post',
      path: '/api/v1/adhesions/:id/rounds/:round/take-charge',
      roles: judges,
      operationId: 'takeChargeOfAdhesionRound',
      summary: 'Prendi in carico: il RUP del soggetto banditore avvia la valutazione del round',
      params: roundParams,
      responses: [{ status: 200, description: 'Adesione in valutazione' }],
      refusals: pending,
      handler: ({ params, command }) =>
        decisions.takeChargeOfRound(deps, command, params.id, params.round),
    }),
    defineRoute({
      ...common,
      method: 'post',
      path: '/api/v1/adhesions/:id/rounds/:round/approve',
      roles: judges,
      operationId: 'approveAdhesionRound',
      summary: "Approva il round; l'ultimo approva l'adesione e prenota l'importo sul massimale",
      params: roundParams,
      responses: [{ status: 200, description: 'Round approvato' }],
      refusals: [...pending, ...Object.values(ceilingRefusals)],
      handler: ({ params, command }) =>
        decisions.approveAdhesionRound(deps, command, params.id, params.round),
    }),
    defineRoute({
      ...common,
      method: 'post',
      path: '/api/v1/adhesions/:id/rounds/:round/reject',
      roles: judges,
      operationId: 'rejectAdhesionRound',
      summary:
        "Rifiuta il round con una motivazione: l'ente aderente elimina la bozza e " +
        'ripete il round 0',
      params: roundParams,
      body: z.object({ reason }),
      responses: [{ status: 200, description: 'Round rifiutato' }],
      refusals: pending,
      handler: ({ params, body, command }) =>
        decisions.rejectAdhesionRound(deps, command, params.id, params.round, body.reason),
    }),
  ];
}
