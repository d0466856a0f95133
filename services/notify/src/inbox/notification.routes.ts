import { z } from 'zod';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { DataSource } from 'typeorm';
import { inboxRefusals as why } from './notification.rules.js';
import * as inbox from './notification.service.js';

const tags = ['notifications'];

/** The in-app inbox of the caller's profile: the automatic notifications of seed 001. */
export function notificationRoutes({ dataSource }: { dataSource: DataSource }): RouteSpec[] {
  return [
    defineRoute({
      method: 'get', path: '/api/v1/notifications', operationId: 'listNotifications', tags,
      summary: 'Le notifiche del profilo con cui si è entrati, dalla più recente, con il numero di quelle non lette',
      query: z.object({ unread: z.enum(['true', 'false']).transform((v) => v === 'true').optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }),
      responses: [{ status: 200, description: 'Notifiche e numero di non lette' }], refusals: [why.PROFILE_REQUIRED],
      handler: ({ caller, query }) => inbox.inbox(dataSource, caller!, query),
    }),
    defineRoute({
      method: 'post', path: '/api/v1/notifications/:id/read', operationId: 'markNotificationRead', tags,
      summary: 'Segna come letta una notifica del proprio profilo', params: z.object({ id: z.uuid('Notifica non valida.') }),
      responses: [{ status: 200, description: 'Notifica letta (la data della prima lettura resta)' }], refusals: [why.PROFILE_REQUIRED],
      handler: ({ caller, params }) => inbox.markRead(dataSource, caller!, params.id),
    }),
  ];
}
