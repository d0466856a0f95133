import { z } from 'zod';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { ServiceDeps } from '@app/platform/service';
import { cents } from '../contracts/contract.schema.js';
import { ceilingRefusals as why } from './ceiling.rules.js';
import * as ceiling from './ceiling.service.js';

const movers = ['rup', 'responsabile-eprocurement'];
const idParams = z.object({ id: z.uuid('Contratto non valido.') });
const referenceParams = idParams.extend({ reference: z.string().min(1).max(200) });
const moves = { roles: movers, tags: ['ceiling'], tenant: true as const };

export function ceilingRoutes({ dataSource }: ServiceDeps): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/contracts/:id/ceiling',
      operationId: 'getCeiling',
      tags: ['ceiling'],
      scopes: ['contracts:read'],
      summary: 'Massimale: totale, prenotato, consumato, residuo e movimenti',
      params: idParams,
      responses: [{ status: 200, description: 'Stato del massimale' }],
      handler: ({ params, caller }) => ceiling.ceilingState(dataSource, caller, params.id),
    }),
    defineRoute({
      ...moves,
      method: 'post',
      path: '/api/v1/contracts/:id/ceiling/reservations',
      operationId: 'reserveOnCeiling',
      summary: "Prenota un importo sul massimale (approvazione di un'adesione)",
      params: idParams,
      body: z.object({ reference: z.string().trim().min(1).max(200), amountCents: cents }),
      responses: [{ status: 201, description: 'Importo prenotato' }],
      refusals: [why.NOT_BANDITORE, why.CONTRACT_NOT_OPEN, why.CEILING_EXCEEDED],
      handler: ({ params, body, command }) =>
        ceiling.reserve(dataSource, command, params.id, body.reference, body.amountCents),
    }),
    defineRoute({
      ...moves,
      method: 'post',
      path: '/api/v1/contracts/:id/ceiling/reservations/:reference/consume',
      operationId: 'consumeReservation',
      summary: 'Consuma parte della prenotazione (un ordinativo approvato)',
      params: referenceParams,
      body: z.object({ amountCents: cents, orderId: z.uuid('Ordinativo non valido.').optional() }),
      responses: [{ status: 200, description: 'Importo consumato (una volta per ordinativo)' }],
      refusals: [why.NOT_BANDITORE, why.RESERVATION_EXCEEDED],
      handler: ({ params, body, command }) =>
        ceiling.consume(
          dataSource,
          command,
          params.id,
          params.reference,
          body.amountCents,
          body.orderId,
        ),
    }),
    defineRoute({
      ...moves,
      method: 'post',
      path: '/api/v1/contracts/:id/ceiling/reservations/:reference/release',
      operationId: 'releaseReservation',
      summary: 'Rilascia quanto resta prenotato (adesione eliminata o annullata)',
      params: referenceParams,
      responses: [{ status: 200, description: 'Importo rilasciato' }],
      refusals: [why.NOT_BANDITORE],
      handler: ({ params, command }) =>
        ceiling.release(dataSource, command, params.id, params.reference),
    }),
  ];
}
