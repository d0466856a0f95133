import { auditTrailSchema } from '@app/platform/audit';
import { z } from 'zod';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import { receiveUpload, sendDocument } from '@app/signed-documents';
import type { DataSource } from 'typeorm';
import type { Config } from '../config.js';
import { communicationRefusals as why, kinds, parties } from './communication.rules.js';
import * as communications from './communication.service.js';

const tags = ['communications'];
const text = (max: number, what: string) =>
  z.string().trim().min(1, `${what} obbligatorio.`).max(max);
const byId = z.object({ id: z.uuid('Comunicazione non valida.') });

interface CommunicationRoutesDeps {
  dataSource: DataSource;
  config: Config;
  documents: communications.Attachments;
}

const listCommunicationsRoute = ({ dataSource }: CommunicationRoutesDeps) =>
  defineRoute({
    method: 'get',
    path: '/api/v1/contracts/:contractId/communications',
    operationId: 'listCommunications',
    tags,
    tenant: true,
    params: z.object({ contractId: z.uuid('Contratto non valido.') }),
    summary:
      "Le comunicazioni del contratto di cui l'ente è mittente o destinatario, " +
      'con i messaggi non letti',
    responses: [
      {
        status: 200,
        description:
          "Comunicazioni, dalla più recente, e la parte dell'ente nel contratto " +
          '(nessuna: nessuna comunicazione)',
      },
    ],
    refusals: [why.PROFILE_REQUIRED],
    handler: ({ caller, params }) => communications.threads(dataSource, caller, params.contractId),
  });

const startCommunicationRoute = ({ dataSource, config }: CommunicationRoutesDeps) =>
  defineRoute({
    method: 'post',
    path: '/api/v1/contracts/:contractId/communications',
    operationId: 'startCommunication',
    tags,
    tenant: true,
    params: z.object({ contractId: z.uuid('Contratto non valido.') }),
    body: z.strictObject({
      kind: z.enum(Object.keys(kinds) as [keyof typeof kinds]),
      to: z.strictObject({
        party: z.enum(Object.keys(parties) as [keyof typeof parties]),
        agencyId: z.uuid('Ente non valido.').optional(),
      }),
      subject: text(200, 'Oggetto'),
      body: text(10_000, 'Testo'),
    }),
    summary:
      "Nuova comunicazione o chiarimento a un'altra parte del contratto " +
      '(banditore, OE aggiudicatario, ente aderente)',
    responses: [{ status: 201, description: 'La comunicazione con il primo messaggio' }],
    refusals: [
      why.NOT_A_PARTY,
      why.CONTRACT_NOT_PUBLISHED,
      why.RECIPIENT_NOT_ALLOWED,
      why.PROFILE_REQUIRED,
    ],
    handler: ({ caller, params, body }) =>
      communications.start(dataSource, config, caller, params.contractId, body),
  });

const getCommunicationRoute = ({ dataSource }: CommunicationRoutesDeps) =>
  defineRoute({
    method: 'get',
    path: '/api/v1/communications/:id',
    operationId: 'getCommunication',
    tags,
    tenant: true,
    params: byId,
    summary:
      'Una comunicazione con i suoi messaggi e chi li ha letti; leggerla la segna come letta',
    responses: [{ status: 200, description: 'Comunicazione' }],
    refusals: [why.PROFILE_REQUIRED],
    handler: ({ caller, params }) => communications.read(dataSource, caller, params.id),
  });

const getCommunicationAuditTrailRoute = ({ dataSource }: CommunicationRoutesDeps) =>
  defineRoute({
    method: 'get',
    path: '/api/v1/communications/:id/audit',
    operationId: 'getCommunicationAuditTrail',
    tags,
    tenant: true,
    roles: ['amministratore-ente'],
    params: byId,
    summary:
      'Registro delle operazioni della comunicazione: chi l’ha avviata, chi ha risposto o ' +
      'allegato, quando (per l’amministratore di una delle due parti)',
    responses: [{ status: 200, description: 'Le operazioni, in ordine', schema: auditTrailSchema }],
    handler: ({ caller, params }) =>
      communications.communicationAuditTrail(dataSource, caller, params.id),
  });

const replyCommunicationRoute = ({ dataSource, config }: CommunicationRoutesDeps) =>
  defineRoute({
    method: 'post',
    path: '/api/v1/communications/:id/replies',
    operationId: 'replyCommunication',
    tags,
    tenant: true,
    params: byId,
    body: z.strictObject({ body: text(10_000, 'Testo') }),
    summary: "Risponde nella comunicazione; l'altra parte è avvisata",
    responses: [{ status: 201, description: 'Il messaggio' }],
    refusals: [why.CONTRACT_NOT_PUBLISHED, why.PROFILE_REQUIRED],
    handler: ({ caller, params, body }) =>
      communications.reply(dataSource, config, caller, params.id, body),
  });

const attachCommunicationDocumentRoute = ({
  dataSource,
  config,
  documents,
}: CommunicationRoutesDeps) =>
  defineRoute({
    method: 'post',
    path: '/api/v1/communications/:id/attachments',
    operationId: 'attachCommunicationDocument',
    tags,
    tenant: true,
    params: byId,
    upload: {
      field: 'file',
      description:
        "PDF, o PDF firmato (.p7m CAdES o PAdES): la firma, se c'è, è verificata e mostrata",
    },
    summary:
      'Allega un documento alla comunicazione (multipart, campo "file"); l\'altra parte è avvisata',
    responses: [
      { status: 201, description: "Il messaggio con l'allegato" },
      { status: 413, description: 'Documento troppo grande' },
    ],
    refusals: [why.CONTRACT_NOT_PUBLISHED, why.PROFILE_REQUIRED],
    handler: ({ caller, params, req, res }) =>
      communications.attach(dataSource, config, documents, caller, params.id, () =>
        receiveUpload(req, res, documents.maxUploadBytes),
      ),
  });

const downloadCommunicationDocumentRoute = ({ dataSource, documents }: CommunicationRoutesDeps) =>
  defineRoute({
    method: 'get',
    path: '/api/v1/communications/:id/attachments/:documentId',
    operationId: 'downloadCommunicationDocument',
    tags,
    tenant: true,
    params: z.object({
      id: z.uuid('Comunicazione non valida.'),
      documentId: z.uuid('Allegato non valido.'),
    }),
    summary: 'Scarica un allegato della comunicazione',
    responses: [{ status: 200, description: 'Il file, con il tipo riconosciuto' }],
    handler: async ({ caller, params, res }) => {
      const { document, bytes } = await communications.attachment(
        dataSource,
        documents,
        caller,
        params.id,
        params.documentId,
      );
      sendDocument(res, document, bytes);
    },
  });

/** The Comunicazioni of a published contract (seed 001): threads between two of its parties. */
export function communicationRoutes(deps: CommunicationRoutesDeps): RouteSpec[] {
  return [
    listCommunicationsRoute(deps),
    startCommunicationRoute(deps),
    getCommunicationRoute(deps),
    getCommunicationAuditTrailRoute(deps),
    replyCommunicationRoute(deps),
    attachCommunicationDocumentRoute(deps),
    downloadCommunicationDocumentRoute(deps),
  ];
}
