import { z } from 'zod';
import { requireTenant } from '@app/platform/auth';
import { AppError } from '@app/platform/errors';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import type { ServiceDeps } from '@app/platform/service';
import { cents } from '../contracts/contract.schema.js';
import { ceilingState, consume, release, reserve } from './ceiling.service.js';

const movers = ['rup', 'responsabile-eprocurement'];
const idParams = z.object({ id: z.uuid('Contratto non valido.') });
const referenceParams = idParams.extend({ reference: z.string().min(1).max(200) });

export function ceilingRoutes({ dataSource }: ServiceDeps): RouteSpec[] {
  return [
    defineRoute({
      method: 'get', path: '/api/v1/contracts/:id/ceiling', operationId: 'getCeiling', summary: 'Massimale: totale, prenotato, consumato, residuo e movimenti', tags: ['ceiling'], scopes: ['contracts:read'],
      params: idParams,
      responses: [{ status: 200, description: 'Stato del massimale' }],
      handler: ({ params, caller }) => ceilingState(dataSource.manager, params.id, caller?.tenant),
    }),
    defineRoute({
      method: 'post', path: '/api/v1/contracts/:id/ceiling/reservations', operationId: 'reserveOnCeiling', summary: "Prenota un importo sul massimale (approvazione di un'adesione)", roles: movers, tags: ['ceiling'],
      params: idParams,
      body: z.object({ reference: z.string().trim().min(1).max(200), amountCents: cents }),
      responses: [{ status: 201, description: 'Importo prenotato' }, { status: 409, description: 'Non rientra nel massimale residuo: il residuo è nella risposta' }],
      handler: async ({ params, body, caller, res }) => {
        // The refusal is committed (movement and event) before the caller hears of it.
        const outcome = await dataSource.transaction((manager) => reserve(manager, params.id, requireTenant(caller), body.reference, body.amountCents, caller!.subject));
        if (outcome.outcome === 'refused') {
          throw new AppError({ code: 'CEILING_EXCEEDED', status: 409, title: 'Massimale insufficiente', detail: outcome.reason, extensions: { remainingCents: outcome.remainingCents } });
        }
        res.status(201);
        return outcome;
      },
    }),
    defineRoute({
      method: 'post', path: '/api/v1/contracts/:id/ceiling/reservations/:reference/consume', operationId: 'consumeReservation', summary: 'Consuma parte della prenotazione (un ordinativo approvato)', roles: movers, tags: ['ceiling'],
      params: referenceParams, body: z.object({ amountCents: cents }),
      responses: [{ status: 200, description: 'Importo consumato' }],
      handler: ({ params, body, caller }) => dataSource.transaction((manager) => consume(manager, params.id, requireTenant(caller), params.reference, body.amountCents, caller!.subject)),
    }),
    defineRoute({
      method: 'post', path: '/api/v1/contracts/:id/ceiling/reservations/:reference/release', operationId: 'releaseReservation', summary: "Rilascia quanto resta prenotato (adesione eliminata o annullata)", roles: movers, tags: ['ceiling'],
      params: referenceParams,
      responses: [{ status: 200, description: 'Importo rilasciato' }],
      handler: ({ params, caller }) => dataSource.transaction((manager) => release(manager, params.id, requireTenant(caller), params.reference, caller!.subject)),
    }),
  ];
}
