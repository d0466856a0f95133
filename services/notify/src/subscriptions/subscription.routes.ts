import { z } from 'zod';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { DataSource } from 'typeorm';
import type { Config } from '../config.js';
import type { BrokerAdmin } from './broker-admin.js';
import { subscriptionRefusals as why } from './subscription.rules.js';
import * as subscriptions from './subscription.service.js';

const access = {
  tenant: true as const,
  scopes: ['events:subscribe'],
  roles: ['amministratore-ente', 'amministratore-ordine'],
  tags: ['partner-events'],
};

/** AMQP subscriptions: a partner's own queue on the broker, CloudEvents AMQP binding. */
export function subscriptionRoutes({
  dataSource,
  config,
  admin,
}: {
  dataSource: DataSource;
  config: Config;
  admin: BrokerAdmin | undefined;
}): RouteSpec[] {
  return [
    defineRoute({
      ...access,
      method: 'get',
      path: '/api/v1/amqp-subscriptions',
      operationId: 'listAmqpSubscriptions',
      summary: "Le code AMQP dell'ente (di questo sistema partner)",
      responses: [{ status: 200, description: 'Sottoscrizioni' }],
      handler: ({ caller }) => subscriptions.list(dataSource, caller),
    }),
    defineRoute({
      ...access,
      method: 'post',
      path: '/api/v1/amqp-subscriptions',
      operationId: 'createAmqpSubscription',
      body: z.strictObject({
        types: z
          .array(
            z
              .string()
              .regex(
                /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/,
                'Prefisso di tipo non valido (parole intere separate da punti).',
              ),
          )
          .max(20)
          .default([]),
      }),
      summary:
        "Una coda propria, legata agli eventi dell'ente e a quelli pubblici (solo " +
        'i tipi indicati, se ce ne sono), con un utente che può solo leggerla; la ' +
        'password è mostrata solo ora',
      responses: [{ status: 201, description: 'Sottoscrizione con i dati di connessione' }],
      refusals: [why.BROKER_UNAVAILABLE],
      handler: ({ caller, body }) =>
        subscriptions.subscribe(dataSource, config, admin, caller, body),
    }),
    defineRoute({
      ...access,
      method: 'delete',
      path: '/api/v1/amqp-subscriptions/:id',
      operationId: 'deleteAmqpSubscription',
      params: z.object({ id: z.uuid('Sottoscrizione non valida.') }),
      summary: "Elimina la coda e l'utente del broker",
      responses: [{ status: 204, description: 'Eliminata' }],
      refusals: [why.BROKER_UNAVAILABLE],
      handler: ({ caller, params }) =>
        subscriptions.unsubscribe(dataSource, admin, caller, params.id),
    }),
  ];
}
