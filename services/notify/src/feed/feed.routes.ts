import { z } from 'zod';
import { cloudEventSchema } from '@app/platform/events';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { DataSource } from 'typeorm';
import { feedRefusals } from './feed.rules.js';
import { readFeed, type CursorCodec } from './feed.service.js';

/** A page of the feed: each event as partners receive it everywhere, numbered in commit order. */
const feedPage = z.object({
  items: z.array(
    cloudEventSchema.extend({
      sequence: z.string().regex(/^\d+$/).describe('Numero progressivo di commit'),
    }),
  ),
  next: z.string().describe('Il cursore da cui proseguire (opaco)'),
});

/**
 * The partner feed: the agency's events (and public ones) in commit order, from an opaque cursor.
 */
export function feedRoutes({
  dataSource,
  codec,
}: {
  dataSource: DataSource;
  codec: CursorCodec;
}): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/events',
      operationId: 'readEventFeed',
      tags: ['partner-events'],
      tenant: true,
      scopes: ['events:read'],
      roles: ['amministratore-ente', 'amministratore-ordine'],
      summary:
        "Gli eventi dell'ente e quelli pubblici, in ordine di commit, dopo il " +
        "cursore (senza cursore dall'inizio, `now` da adesso)",
      query: z.object({
        after: z
          .string()
          .regex(/^(now|[A-Za-z0-9_-]{20,60})$/, 'Cursore non valido.')
          .optional(),
        limit: z.coerce.number().int().min(1).max(1000).default(100),
      }),
      responses: [
        {
          status: 200,
          description:
            'Eventi CloudEvents con il numero `sequence`, e il cursore `next` da cui proseguire',
          schema: feedPage,
        },
      ],
      refusals: [feedRefusals.CURSOR_INVALID],
      handler: ({ caller, query }) => readFeed(dataSource, codec, caller, query),
    }),
  ];
}
