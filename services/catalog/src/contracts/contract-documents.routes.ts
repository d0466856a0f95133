import { z } from 'zod';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import { receiveUpload, sendDocument } from '@app/signed-documents';
import { contractRefusals } from './contract.rules.js';
import { contractDocumentRefusals as why } from './contract-documents.rules.js';
import * as documents from './contract-documents.service.js';

const params = z.object({
  id: z.uuid('Contratto non valido.'),
  index: z.coerce
    .number({ error: 'Documento non valido.' })
    .int('Documento non valido.')
    .min(0, 'Documento non valido.')
    .max(99, 'Documento non valido.'),
});
const tags = ['contracts'];

const attachContractDocumentFileRoute = (deps: documents.ContractDocumentDeps) =>
  defineRoute({
    method: 'put',
    path: '/api/v1/contracts/:id/documents/:index/file',
    operationId: 'attachContractDocumentFile',
    tags,
    tenant: true,
    roles: ['rup', 'responsabile-eprocurement'],
    summary:
      'Documentazione allegata: il file di un documento (il modello da scaricare, compilare e ' +
      'firmare), caricato dal soggetto banditore; sostituisce il precedente',
    params,
    upload: { field: 'file', description: 'PDF, o PDF firmato: .p7m CAdES o PAdES' },
    responses: [{ status: 200, description: 'Il documento con il suo file' }],
    refusals: [why.DOCUMENT_NOT_LISTED, contractRefusals.NOT_BANDITORE],
    handler: ({ params: { id, index }, command, req, res }) =>
      documents.attachFile(deps, command, id, index, () =>
        receiveUpload(req, res, deps.maxUploadBytes),
      ),
  });

const downloadContractDocumentFileRoute = (deps: documents.ContractDocumentDeps) =>
  defineRoute({
    method: 'get',
    path: '/api/v1/contracts/:id/documents/:index/file',
    operationId: 'downloadContractDocumentFile',
    tags,
    tenant: true,
    scopes: ['contracts:read'],
    summary: 'Scarica il file di un documento della Documentazione allegata',
    params,
    responses: [{ status: 200, description: 'Il file, con il tipo riconosciuto' }],
    refusals: [why.DOCUMENT_NOT_LISTED, why.NO_FILE],
    handler: async ({ params: { id, index }, caller, res }) => {
      const { document, bytes } = await documents.readFile(deps, caller, id, index);
      sendDocument(res, document, bytes);
    },
  });

export function contractDocumentRoutes(deps: documents.ContractDocumentDeps): RouteSpec[] {
  return [attachContractDocumentFileRoute(deps), downloadContractDocumentFileRoute(deps)];
}
