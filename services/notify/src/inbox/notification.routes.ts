import { z } from 'zod';
import { defineRoute, streamEvents, type RouteSpec } from '@app/platform/http';
import type { DataSource } from 'typeorm';
import { inboxRefusals as why } from './notification.rules.js';
import * as inbox from './notification.service.js';

const tags = ['notifications'];

interface NotificationRoutesDeps {
  dataSource: DataSource;
  livePollMs: number;
}

const streamNotificationsRoute = ({ dataSource, livePollMs }: NotificationRoutesDeps) =>
  defineRoute({
    method: 'get',
    path: '/api/v1/notifications/events',
    operationId: 'streamNotifications',
    tags,
    summary:
      'Le notifiche in diretta (text/event-stream): un evento «inbox» con il ' +
      "numero di non lette e l'ultima arrivata, a ogni cambiamento",
    responses: [
      {
        status: 200,
        description: 'Flusso di eventi: id, event: inbox, data: non lette e ultima notifica',
      },
    ],
    refusals: [why.PROFILE_REQUIRED],
    handler: async ({ caller, req, res }) => {
      await streamEvents(req, res, {
        next: (afterId) => inbox.inboxChangesAfter(dataSource, caller, afterId),
        pollMs: livePollMs,
      });
      return undefined;
    },
  });

const listNotificationsRoute = ({ dataSource }: NotificationRoutesDeps) =>
  defineRoute({
    method: 'get',
    path: '/api/v1/notifications',
    operationId: 'listNotifications',
    tags,
    summary:
      'Le notifiche del profilo con cui si è entrati, dalla più recente, con il ' +
      'numero di quelle non lette; con contractId, quelle del contratto (il suo modulo ' +
      'comunicazioni)',
    query: z.object({
      unread: z
        .enum(['true', 'false'])
        .transform((v) => v === 'true')
        .optional(),
      contractId: z.uuid('Contratto non valido.').optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
    responses: [{ status: 200, description: 'Notifiche e numero di non lette' }],
    refusals: [why.PROFILE_REQUIRED],
    handler: ({ caller, query }) => inbox.inbox(dataSource, caller, query),
  });

const markNotificationReadRoute = ({ dataSource }: NotificationRoutesDeps) =>
  defineRoute({
    method: 'post',
    path: '/api/v1/notifications/:id/read',
    operationId: 'markNotificationRead',
    tags,
    summary: 'Segna come letta una notifica del proprio profilo',
    params: z.object({ id: z.uuid('Notifica non valida.') }),
    responses: [{ status: 200, description: 'Notifica letta (la data della prima lettura resta)' }],
    refusals: [why.PROFILE_REQUIRED],
    handler: ({ caller, params }) => inbox.markRead(dataSource, caller, params.id),
  });

/** The in-app inbox of the caller's profile: the automatic notifications of seed 001. */
export function notificationRoutes(deps: NotificationRoutesDeps): RouteSpec[] {
  return [
    streamNotificationsRoute(deps),
    listNotificationsRoute(deps),
    markNotificationReadRoute(deps),
  ];
}
