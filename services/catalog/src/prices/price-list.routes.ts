import { z } from 'zod';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { ServiceDeps } from '@app/platform/service';
import { cents } from '../contracts/contract.schema.js';
import { changeItems, priceListAt, reprice, revise } from './price-list.service.js';

const editors = ['rup', 'responsabile-eprocurement'];
const idParams = z.object({ id: z.uuid('Contratto non valido.') });
const isoDate = z.iso.date('Data non valida: atteso AAAA-MM-GG.');
const today = () => new Date().toISOString().slice(0, 10);

const putPriceListItemsRoute = ({ dataSource }: ServiceDeps) =>
  defineRoute({
    method: 'put',
    path: '/api/v1/contracts/:id/price-list/items',
    operationId: 'putPriceListItems',
    summary: 'Inserisce o aggiorna voci del listino di base',
    roles: editors,
    tags: ['price-list'],
    params: idParams,
    body: z.object({
      items: z
        .array(
          z.object({
            code: z.string().trim().min(1).max(50),
            description: z.string().trim().min(2).max(500),
            unit: z.string().trim().min(1).max(50),
            unitPriceCents: z
              .number()
              .int('Prezzo in centesimi di euro: un numero intero.')
              .min(0, 'Il prezzo non può essere negativo.')
              .max(Number.MAX_SAFE_INTEGER),
          }),
        )
        .min(1)
        .max(5_000),
    }),
    responses: [{ status: 200, description: 'Listino in vigore oggi' }],
    tenant: true,
    handler: ({ params, body, command }) =>
      changeItems(dataSource, command, params.id, body.items, today()),
  });

const revisePriceListRoute = ({ dataSource }: ServiceDeps) =>
  defineRoute({
    method: 'post',
    path: '/api/v1/contracts/:id/price-list/revisions',
    operationId: 'revisePriceList',
    summary: 'Revisione prezzi da una data: una percentuale su ogni voce o nuovi prezzi',
    roles: editors,
    tags: ['price-list'],
    params: idParams,
    body: z
      .object({
        effectiveFrom: isoDate,
        percentBasisPoints: z
          .number()
          .int('Percentuale in centesimi di punto: 4,9 % è 490.')
          .min(-9_999)
          .max(100_000)
          .optional(),
        prices: z.record(z.string(), cents).optional(),
        note: z.string().trim().max(1000).optional(),
      })
      .refine(
        (r) => (r.percentBasisPoints === undefined) !== (r.prices === undefined),
        'Indica una percentuale oppure i nuovi prezzi, non entrambi.',
      ),
    responses: [{ status: 201, description: 'Revisione registrata' }],
    tenant: true,
    handler: ({ params, body, command }) => revise(dataSource, command, params.id, body),
  });

const getPriceListRoute = ({ dataSource }: ServiceDeps) =>
  defineRoute({
    method: 'get',
    path: '/api/v1/contracts/:id/price-list',
    operationId: 'getPriceList',
    summary: 'Il listino in vigore a una data',
    tags: ['price-list'],
    scopes: ['contracts:read'],
    params: idParams,
    query: z.object({ at: isoDate.optional() }),
    responses: [
      { status: 200, description: 'Voci con i prezzi in vigore e le revisioni applicate' },
    ],
    handler: ({ params, query, caller }) =>
      priceListAt(dataSource.manager, params.id, caller?.tenant, query.at ?? today()),
  });

const repriceNeedsPlanRoute = ({ dataSource }: ServiceDeps) =>
  defineRoute({
    method: 'post',
    path: '/api/v1/contracts/:id/price-list/reprice',
    operationId: 'repriceNeedsPlan',
    summary: 'Ricalcola un piano dei fabbisogni redatto prima di una revisione',
    tags: ['price-list'],
    params: idParams,
    body: z.object({
      draftedAt: isoDate,
      at: isoDate.optional(),
      lines: z
        .array(
          z.object({
            code: z.string().min(1),
            quantity: z.number().int('Quantità intera.').positive('Quantità positiva.'),
          }),
        )
        .min(1)
        .max(5_000),
    }),
    responses: [
      { status: 200, description: 'Righe con i prezzi di allora e di oggi, e la differenza' },
    ],
    handler: ({ params, body, caller }) =>
      reprice(dataSource.manager, params.id, caller?.tenant, { ...body, at: body.at ?? today() }),
  });

export function priceListRoutes(deps: ServiceDeps): RouteSpec[] {
  return [
    putPriceListItemsRoute(deps),
    revisePriceListRoute(deps),
    getPriceListRoute(deps),
    repriceNeedsPlanRoute(deps),
  ];
}
