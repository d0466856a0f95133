import { z } from 'zod';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { DataSource } from 'typeorm';
import { mailStatuses } from './mail.rules.js';
import * as mail from './mail.service.js';

/**
 * Who in an agency follows what it sends: its administrators, the RUP and the eProcurement
 * officers.
 */
const followers = [
  'amministratore-ente',
  'amministratore-ordine',
  'rup',
  'responsabile-eprocurement',
];

/**
 * The e-mail and PEC messages an agency's actions sent, with their state: a failed one shows here.
 */
export function mailRoutes({ dataSource }: { dataSource: DataSource }): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/notification-deliveries',
      operationId: 'listNotificationDeliveries',
      tags: ['notifications'],
      tenant: true,
      roles: followers,
      summary:
        "I messaggi e-mail e PEC partiti per le azioni dell'ente, con lo stato di " +
        'recapito (in coda, inviato, non recapitato)',
      query: z.object({
        stato: z.enum(Object.keys(mailStatuses) as [keyof typeof mailStatuses]).optional(),
        limit: z.coerce.number().int().min(1).max(200).default(50),
      }),
      responses: [{ status: 200, description: 'Messaggi, dal più recente' }],
      handler: ({ caller, query }) => mail.sentBy(dataSource, caller, query),
    }),
  ];
}
