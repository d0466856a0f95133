import { z } from 'zod';
import { actorFromRequest, recordAudit } from '@app/platform/audit';
import { onBehalfOf, requireTenant } from '@app/platform/auth';
import { receiveUpload, sendDocument, type DocumentStore, type TrustList } from '@app/platform/documents';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import { oncePerIdempotencyKey } from '@app/platform/idempotency';
import type { ServiceDeps } from '@app/platform/service';
import type { CeilingClient } from '../ceiling/catalog-ceiling.js';
import { knownContract } from '../contracts/known-contracts.js';
import { adhesionToJudge, adhesionView, scopedAdhesion } from './adhesion.js';
import { putDocument, readDocument, removeDocument } from './adhesion-documents.js';
import { approveRound, changeStep1, checkDocumentsOpen, deleteDraft, rejectRound, startAdhesion, submit, takeInCharge, withdraw } from './adhesion-lifecycle.js';

const adherers = ['buyer', 'rup'];
const judges = ['rup'];
const cents = z.number({ error: "L'importo deve essere un numero intero di centesimi." }).int("L'importo deve essere un numero intero di centesimi.")
  .positive("L'importo di adesione deve essere maggiore di zero.").max(Number.MAX_SAFE_INTEGER);
const ipotesi = z.enum(['A', 'B'], { error: "L'ipotesi deve essere A (proroga semplificata) o B (adesione completa)." });
const idParams = z.object({ id: z.uuid('Adesione non valida.') });
const roundParams = idParams.extend({ round: z.coerce.number().int().min(0).max(20) });
const requirementParams = idParams.extend({ requirementId: z.string().regex(/^\d{1,2}-\d{1,3}$/, 'Documento richiesto non valido.') });

export interface AdhesionRouteDeps extends ServiceDeps {
  store: DocumentStore;
  trust: TrustList;
  ceiling: CeilingClient;
  maxUploadBytes: number;
}

export function adhesionRoutes(deps: AdhesionRouteDeps): RouteSpec[] {
  const { dataSource, store, trust, ceiling, maxUploadBytes } = deps;
  const audit = (req: Parameters<typeof actorFromRequest>[0], caller: Parameters<typeof actorFromRequest>[1], action: string, id: string, details?: Record<string, unknown>) =>
    (manager: Parameters<typeof recordAudit>[0]) => recordAudit(manager, actorFromRequest(req, caller), { action, entityType: 'adhesion', entityId: id, details });
  const view = async (id: string, caller: Parameters<typeof scopedAdhesion>[2]) => adhesionView(dataSource.manager, await scopedAdhesion(dataSource.manager, id, caller));

  return [
    defineRoute({
      method: 'post', path: '/api/v1/contracts/:contractId/adhesions', operationId: 'createAdhesion', summary: 'Richiedi adesione: passo 1 (ipotesi e importo); assegna il codice di adesione', roles: adherers, tags: ['adhesions'],
      params: z.object({ contractId: z.uuid('Contratto non valido.') }), body: z.object({ ipotesi, amountCents: cents }),
      responses: [{ status: 201, description: "L'adesione in bozza, con il suo codice" }, { status: 409, description: 'Contratto non aperto alle adesioni' }],
      handler: async ({ params, body, caller, req }) => {
        requireTenant(caller);
        const created = await oncePerIdempotencyKey(dataSource, req, caller, async (manager) => {
          const adhesion = await startAdhesion(manager, params.contractId, caller!, body);
          await audit(req, caller, 'adhesion.created', adhesion.id, { code: adhesion.code })(manager);
          return adhesion;
        });
        return view(created.id, caller);
      },
    }),
    defineRoute({
      method: 'get', path: '/api/v1/contracts/:contractId/adhesions', operationId: 'listAdhesions', summary: "Elenco adesioni: le proprie per l'ente aderente, tutte per il soggetto banditore", tags: ['adhesions'], scopes: ['adhesions:read'],
      params: z.object({ contractId: z.uuid('Contratto non valido.') }),
      responses: [{ status: 200, description: 'Adesioni al contratto con stato e date' }],
      handler: async ({ params, caller }) => {
        const tenant = requireTenant(caller);
        const contract = await knownContract(dataSource.manager, params.contractId);
        const banditore = contract.banditoreAgencyId === tenant;
        return dataSource.query(
          `SELECT id, code, agency_id AS "agencyId", ipotesi, amount_cents::float8 AS "amountCents", status, current_round AS "currentRound",
             created_at AS "createdAt", submitted_at AS "submittedAt", approved_at AS "approvedAt"
           FROM adhesions WHERE contract_id = $1 AND ($2 OR agency_id = $3) ORDER BY created_at DESC`, [params.contractId, banditore, tenant]);
      },
    }),
    defineRoute({
      method: 'get', path: '/api/v1/adhesions/:id', operationId: 'getAdhesion', summary: "Riepilogo adesione: importo, codice, importo del contratto, round, file caricati, storia", tags: ['adhesions'], scopes: ['adhesions:read'],
      params: idParams, responses: [{ status: 200, description: "L'adesione" }],
      handler: ({ params, caller }) => view(params.id, caller),
    }),
    defineRoute({
      method: 'put', path: '/api/v1/adhesions/:id', operationId: 'updateAdhesion', summary: 'Modifica i dati del passo 1 (ipotesi, importo) finché è una bozza del round 0', roles: adherers, tags: ['adhesions'],
      params: idParams, body: z.object({ ipotesi: ipotesi.optional(), amountCents: cents.optional() }),
      responses: [{ status: 200, description: "L'adesione aggiornata" }],
      handler: async ({ params, body, caller, req }) => {
        await dataSource.transaction(async (manager) => {
          await changeStep1(manager, await scopedAdhesion(manager, params.id, caller, true), body);
          await audit(req, caller, 'adhesion.step1-changed', params.id, body)(manager);
        });
        return view(params.id, caller);
      },
    }),
    defineRoute({
      method: 'put', path: '/api/v1/adhesions/:id/documents/:requirementId', operationId: 'uploadAdhesionDocument', summary: 'Carica il documento richiesto (multipart, campo "file"): PDF, o .p7m / PDF firmato dove è richiesta la firma', roles: adherers, tags: ['adhesions'],
      params: requirementParams, upload: { field: 'file', description: 'PDF, o PDF firmato: .p7m CAdES (DER, BER o base64) o PAdES' },
      responses: [{ status: 200, description: 'Il documento, con impronta SHA-256 e firma verificata' }, { status: 413, description: 'Documento troppo grande' }, { status: 422, description: 'Firma mancante o non valida' }],
      handler: async ({ params, caller, req, res }) => {
        // Who may upload, and where, is settled before a byte of the file is read.
        const before = await scopedAdhesion(dataSource.manager, params.id, caller);
        checkDocumentsOpen(before, Number(params.requirementId.split('-')[0]));
        const file = await receiveUpload(req, res, maxUploadBytes);
        return dataSource.transaction(async (manager) => {
          const stored = await putDocument(manager, store, trust, await scopedAdhesion(manager, params.id, caller, true), params.requirementId, file, caller!);
          await audit(req, caller, 'adhesion.document-uploaded', params.id, { requirementId: params.requirementId, documentId: stored.id, sha256: stored.sha256 })(manager);
          return stored;
        });
      },
    }),
    defineRoute({
      method: 'delete', path: '/api/v1/adhesions/:id/documents/:requirementId', operationId: 'removeAdhesionDocument', summary: 'Rimuove un documento caricato (bozza)', roles: adherers, tags: ['adhesions'],
      params: requirementParams, responses: [{ status: 204, description: 'Documento rimosso' }],
      handler: ({ params, caller, req }) => dataSource.transaction(async (manager) => {
        await removeDocument(manager, store, await scopedAdhesion(manager, params.id, caller, true), params.requirementId);
        await audit(req, caller, 'adhesion.document-removed', params.id, { requirementId: params.requirementId })(manager);
      }),
    }),
    defineRoute({
      method: 'get', path: '/api/v1/adhesions/:id/files/:documentId', operationId: 'downloadAdhesionDocument', summary: 'Scarica un documento dell’adesione', tags: ['adhesions'], scopes: ['adhesions:read'],
      params: idParams.extend({ documentId: z.uuid('Documento non valido.') }), responses: [{ status: 200, description: 'Il file, con il tipo riconosciuto' }],
      handler: async ({ params, caller, res }) => {
        const scoped = await scopedAdhesion(dataSource.manager, params.id, caller);
        const { document, bytes } = await readDocument(dataSource.manager, store, scoped, params.documentId);
        sendDocument(res, document, bytes);
      },
    }),
    defineRoute({
      method: 'post', path: '/api/v1/adhesions/:id/submit', operationId: 'submitAdhesion', summary: 'Invia: i documenti del round aperto vanno al RUP del soggetto banditore', roles: adherers, tags: ['adhesions'],
      params: idParams, responses: [{ status: 200, description: 'Adesione inviata, con la data di invio' }, { status: 422, description: 'Documenti obbligatori mancanti' }],
      handler: async ({ params, caller, req }) => {
        await oncePerIdempotencyKey(dataSource, req, caller, async (manager) => {
          const sent = await submit(manager, await scopedAdhesion(manager, params.id, caller, true), caller!);
          await audit(req, caller, 'adhesion.submitted', params.id, { round: sent.currentRound })(manager);
          return { id: sent.id };
        });
        return view(params.id, caller);
      },
    }),
    defineRoute({
      method: 'post', path: '/api/v1/adhesions/:id/withdraw', operationId: 'withdrawAdhesion', summary: 'Ritira invio adesione (prima della presa in carico)', roles: adherers, tags: ['adhesions'],
      params: idParams, responses: [{ status: 200, description: 'Adesione tornata al riepilogo' }],
      handler: async ({ params, caller, req }) => {
        await oncePerIdempotencyKey(dataSource, req, caller, async (manager) => {
          await withdraw(manager, await scopedAdhesion(manager, params.id, caller, true), caller!);
          await audit(req, caller, 'adhesion.withdrawn', params.id)(manager);
          return { id: params.id };
        });
        return view(params.id, caller);
      },
    }),
    defineRoute({
      method: 'delete', path: '/api/v1/adhesions/:id', operationId: 'deleteAdhesionDraft', summary: 'Elimina bozza (anche dopo un rifiuto, per ripetere il round 0)', roles: adherers, tags: ['adhesions'],
      params: idParams, responses: [{ status: 204, description: 'Bozza eliminata' }],
      handler: ({ params, caller, req }) => dataSource.transaction(async (manager) => {
        await deleteDraft(manager, await scopedAdhesion(manager, params.id, caller, true), caller!);
        await audit(req, caller, 'adhesion.deleted', params.id)(manager);
      }),
    }),
    defineRoute({
      method: 'post', path: '/api/v1/adhesions/:id/rounds/:round/take-charge', operationId: 'takeChargeOfAdhesionRound', summary: 'Prendi in carico: il RUP del soggetto banditore avvia la valutazione del round', roles: judges, tags: ['adhesions'],
      params: roundParams, responses: [{ status: 200, description: 'Adesione in valutazione' }],
      handler: async ({ params, caller, req }) => {
        await oncePerIdempotencyKey(dataSource, req, caller, async (manager) => {
          await takeInCharge(manager, await adhesionToJudge(manager, params.id, caller), params.round, caller!);
          await audit(req, caller, 'adhesion.taken-in-charge', params.id, { round: params.round })(manager);
          return { id: params.id };
        });
        return view(params.id, caller);
      },
    }),
    defineRoute({
      method: 'post', path: '/api/v1/adhesions/:id/rounds/:round/approve', operationId: 'approveAdhesionRound', summary: "Approva il round; l'ultimo approva l'adesione e prenota l'importo sul massimale", roles: judges, tags: ['adhesions'],
      params: roundParams, responses: [{ status: 200, description: 'Round approvato' }, { status: 409, description: 'Stato non valido, o importo oltre il massimale residuo' }],
      handler: async ({ params, caller, req }) => {
        // If this transaction fails after catalog reserved, the reservation stays under the adhesion's id and
        // a retried approval finds it there instead of reserving twice (docs/decisions/0009).
        await oncePerIdempotencyKey(dataSource, req, caller, async (manager) => {
          const scoped = await adhesionToJudge(manager, params.id, caller);
          await approveRound(manager, scoped, params.round, caller!,
            () => ceiling.reserve(scoped.contract.contractId, scoped.adhesion.id, scoped.adhesion.amountCents, onBehalfOf(req)));
          await audit(req, caller, 'adhesion.round-approved', params.id, { round: params.round })(manager);
          return { id: params.id };
        });
        return view(params.id, caller);
      },
    }),
    defineRoute({
      method: 'post', path: '/api/v1/adhesions/:id/rounds/:round/reject', operationId: 'rejectAdhesionRound', summary: "Rifiuta il round con una motivazione: l'ente aderente elimina la bozza e ripete il round 0", roles: judges, tags: ['adhesions'],
      params: roundParams, body: z.object({ reason: z.string().trim().min(5, 'Scrivi la motivazione del rifiuto (almeno 5 caratteri).').max(4_000) }),
      responses: [{ status: 200, description: 'Round rifiutato' }],
      handler: async ({ params, body, caller, req }) => {
        await oncePerIdempotencyKey(dataSource, req, caller, async (manager) => {
          await rejectRound(manager, await adhesionToJudge(manager, params.id, caller), params.round, caller!, body.reason);
          await audit(req, caller, 'adhesion.round-rejected', params.id, { round: params.round, reason: body.reason })(manager);
          return { id: params.id };
        });
        return view(params.id, caller);
      },
    }),
  ];
}
