import { z } from 'zod';
import { defineRoute, shortPageQuery, type RouteSpec } from '@app/platform/http';
import type { ServiceDeps } from '@app/platform/service';
import { announcementRefusals as why, newAnnouncementSchema } from './announcement.rules.js';
import * as announcements from './announcement.service.js';

const tags = ['announcements'];
const gestore = ['gestore-piattaforma'];

const listAnnouncementsRoute = ({ dataSource }: ServiceDeps) =>
  defineRoute({
    method: 'get',
    path: '/api/v1/announcements',
    operationId: 'listAnnouncements',
    public: true,
    tags,
    summary:
      '«Comunicati informativi» (kind=comunicato, i più recenti prima) o gli «Avviso» mostrati ' +
      'ora in testa alle pagine (kind=avviso)',
    query: z.object({
      kind: z.enum(['comunicato', 'avviso']).default('comunicato'),
      ...shortPageQuery.shape,
    }),
    responses: [{ status: 200, description: 'Comunicati o avvisi visibili ora' }],
    handler: ({ query }) => announcements.visibleAnnouncements(dataSource, query),
  });

const listAllAnnouncementsRoute = ({ dataSource }: ServiceDeps) =>
  defineRoute({
    method: 'get',
    path: '/api/v1/announcements/all',
    operationId: 'listAllAnnouncements',
    roles: gestore,
    tags,
    summary: 'Tutti i comunicati e gli avvisi pubblicati, anche futuri o ritirati (Gestore)',
    responses: [{ status: 200, description: 'Comunicati e avvisi' }],
    handler: () => announcements.everyAnnouncement(dataSource),
  });

const publishAnnouncementRoute = ({ dataSource }: ServiceDeps) =>
  defineRoute({
    method: 'post',
    path: '/api/v1/announcements',
    operationId: 'publishAnnouncement',
    roles: gestore,
    tags,
    bodyTypes: ['json'],
    summary: 'Pubblica un comunicato informativo o un avviso (Gestore della piattaforma)',
    body: newAnnouncementSchema,
    responses: [{ status: 201, description: 'Pubblicato' }],
    handler: ({ body, command }) => announcements.publishAnnouncement(dataSource, command, body),
  });

const withdrawAnnouncementRoute = ({ dataSource }: ServiceDeps) =>
  defineRoute({
    method: 'delete',
    path: '/api/v1/announcements/:id',
    operationId: 'withdrawAnnouncement',
    roles: gestore,
    tags,
    summary: 'Ritira un comunicato o un avviso: non è più mostrato, resta agli atti',
    params: z.object({ id: z.uuid('Comunicato non valido.') }),
    responses: [{ status: 204, description: 'Ritirato' }],
    refusals: [why.ANNOUNCEMENT_WITHDRAWN],
    handler: ({ params, command }) =>
      announcements.withdrawAnnouncement(dataSource, command, params.id),
  });

/** Seed 002: «Comunicati informativi» and the «Avviso» banner, published by the Gestore. */
export function announcementRoutes(deps: ServiceDeps): RouteSpec[] {
  return [
    listAnnouncementsRoute(deps),
    listAllAnnouncementsRoute(deps),
    publishAnnouncementRoute(deps),
    withdrawAnnouncementRoute(deps),
  ];
}
