import { z } from 'zod';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { DataSource } from 'typeorm';
import type { Config } from '../config.js';
import { replayRequest, newWebhook, webhookChange } from './webhook.schema.js';
import { deliveryStatuses, webhookRefusals as why } from './webhook.rules.js';
import * as webhooks from './webhook.service.js';

/** A partner system of the agency (scope events:subscribe), or the agency's administrators. */
const access = {
  tenant: true as const,
  scopes: ['events:subscribe'],
  roles: ['amministratore-ente', 'amministratore-ordine'],
  tags: ['partner-events'],
};
const byId = z.object({ id: z.uuid('Webhook non valido.') });

interface WebhookRoutesDeps {
  dataSource: DataSource;
  config: Config;
}

const listWebhooksRoute = ({ dataSource }: WebhookRoutesDeps) =>
  defineRoute({
    ...access,
    method: 'get',
    path: '/api/v1/webhooks',
    operationId: 'listWebhooks',
    summary: "I webhook dell'ente (di questo sistema partner)",
    responses: [{ status: 200, description: 'Webhook' }],
    handler: ({ caller }) => webhooks.list(dataSource, caller),
  });

const createWebhookRoute = ({ dataSource, config }: WebhookRoutesDeps) =>
  defineRoute({
    ...access,
    method: 'post',
    path: '/api/v1/webhooks',
    operationId: 'createWebhook',
    body: newWebhook,
    summary:
      'Registra un endpoint HTTPS per gli eventi che i filtri lasciano passare; ' +
      'il segreto è mostrato solo ora',
    responses: [
      {
        status: 201,
        description: 'Webhook, con il segreto `whsec_` e la chiave pubblica `whpk_`',
      },
    ],
    refusals: [why.ENDPOINT_REFUSED],
    handler: ({ caller, body }) => webhooks.create(dataSource, config, caller, body),
  });

const getWebhookRoute = ({ dataSource }: WebhookRoutesDeps) =>
  defineRoute({
    ...access,
    method: 'get',
    path: '/api/v1/webhooks/:id',
    operationId: 'getWebhook',
    params: byId,
    summary: 'Un webhook',
    responses: [{ status: 200, description: 'Webhook' }],
    handler: ({ caller, params }) => webhooks.get(dataSource, caller, params.id),
  });

const changeWebhookRoute = ({ dataSource, config }: WebhookRoutesDeps) =>
  defineRoute({
    ...access,
    method: 'patch',
    path: '/api/v1/webhooks/:id',
    operationId: 'changeWebhook',
    params: byId,
    body: webhookChange,
    summary: 'Cambia indirizzo, descrizione o filtri; disattiva o riattiva',
    responses: [{ status: 200, description: 'Webhook' }],
    refusals: [why.ENDPOINT_REFUSED],
    handler: ({ caller, params, body }) =>
      webhooks.change(dataSource, config, caller, params.id, body),
  });

const deleteWebhookRoute = ({ dataSource }: WebhookRoutesDeps) =>
  defineRoute({
    ...access,
    method: 'delete',
    path: '/api/v1/webhooks/:id',
    operationId: 'deleteWebhook',
    params: byId,
    summary: 'Elimina un webhook e il suo registro',
    responses: [{ status: 204, description: 'Eliminato' }],
    handler: ({ caller, params }) => webhooks.remove(dataSource, caller, params.id),
  });

const listWebhookDeliveriesRoute = ({ dataSource }: WebhookRoutesDeps) =>
  defineRoute({
    ...access,
    method: 'get',
    path: '/api/v1/webhooks/:id/deliveries',
    operationId: 'listWebhookDeliveries',
    params: byId,
    query: z.object({
      stato: z.enum(Object.keys(deliveryStatuses) as [keyof typeof deliveryStatuses]).optional(),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
    summary:
      'Registro delle consegne: ogni messaggio con i suoi tentativi (codice, latenza, errore)',
    responses: [{ status: 200, description: 'Consegne' }],
    handler: ({ caller, params, query }) =>
      webhooks.deliveries(dataSource, caller, params.id, query),
  });

const replayWebhookRoute = ({ dataSource }: WebhookRoutesDeps) =>
  defineRoute({
    ...access,
    method: 'post',
    path: '/api/v1/webhooks/:id/replay',
    operationId: 'replayWebhook',
    params: byId,
    body: replayRequest,
    summary: 'Ripropone un messaggio (`deliveryId`) o tutti quelli da un momento (`since`)',
    responses: [{ status: 200, description: 'Messaggi rimessi in coda' }],
    refusals: [why.WEBHOOK_DISABLED, why.REPLAY_TOO_LARGE],
    handler: ({ caller, params, body }) => webhooks.replay(dataSource, caller, params.id, body),
  });

const rotateWebhookSecretRoute = ({ dataSource, config }: WebhookRoutesDeps) =>
  defineRoute({
    ...access,
    method: 'post',
    path: '/api/v1/webhooks/:id/rotate-secret',
    operationId: 'rotateWebhookSecret',
    params: byId,
    summary: 'Nuovo segreto; il precedente firma ancora per il periodo di sovrapposizione',
    responses: [{ status: 200, description: 'Webhook con il nuovo segreto' }],
    handler: ({ caller, params }) => webhooks.rotate(dataSource, config, caller, params.id),
  });

/** Webhooks signed per Standard Webhooks: subscriptions, delivery log, replay, secret rotation. */
export function webhookRoutes(deps: WebhookRoutesDeps): RouteSpec[] {
  return [
    listWebhooksRoute(deps),
    createWebhookRoute(deps),
    getWebhookRoute(deps),
    changeWebhookRoute(deps),
    deleteWebhookRoute(deps),
    listWebhookDeliveriesRoute(deps),
    replayWebhookRoute(deps),
    rotateWebhookSecretRoute(deps),
  ];
}
