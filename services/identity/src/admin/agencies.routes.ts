import { z } from 'zod';
import { organisationCodeSchema } from '@app/italian-codes';
import { actorFromRequest, recordAudit } from '@app/platform/audit';
import { requireTenant, type Caller } from '@app/platform/auth';
import { forbidden } from '@app/platform/errors';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import { addOffice, agencyKinds, listAgencies, registerAgency, requireAgency } from '../agencies/agencies.service.js';
import type { IdentityDeps } from '../identity-deps.js';

const gestore = 'gestore-piattaforma';
const isGestore = (caller: Caller | undefined) => caller?.roles.includes(gestore) ?? false;

/** The Gestore sees every agency; anyone else only their own. */
export function requireOwnAgencyOrGestore(caller: Caller | undefined, agencyId: string): void {
  if (isGestore(caller)) return;
  if (requireTenant(caller) !== agencyId) throw forbidden('Puoi operare solo sul tuo ente.', 'OTHER_AGENCY');
}

const agencyBody = z.object({
  name: z.string().trim().min(2).max(300),
  kind: z.enum(agencyKinds).default('ente'),
  fiscalCode: organisationCodeSchema,
  ipaCode: z.string().trim().min(2).max(20).optional(),
  ausaCode: z.string().trim().regex(/^\d{10}$/, 'Il codice AUSA ha 10 cifre.').optional(),
  ocpCode: z.string().trim().min(2).max(20).optional(),
  pec: z.email('Indirizzo PEC non valido.').optional(),
  offices: z.array(z.string().trim().min(2).max(200)).min(1, "Indica almeno un ufficio dell'ente.").max(200),
});

export function agencyRoutes({ dataSource }: IdentityDeps): RouteSpec[] {
  return [
    defineRoute({
      method: 'post', path: '/api/v1/agencies', operationId: 'registerAgency', summary: 'Registra un ente con i suoi uffici (Gestore della piattaforma)', roles: [gestore], tags: ['agencies'],
      body: agencyBody,
      responses: [{ status: 201, description: 'Ente registrato' }, { status: 409, description: 'Ente già registrato' }],
      handler: ({ body, caller, req }) => dataSource.transaction(async (manager) => {
        const agency = await registerAgency(manager, body);
        await recordAudit(manager, actorFromRequest(req, caller), { action: 'agency.registered', entityType: 'agency', entityId: agency.id, details: { name: agency.name } });
        return agency;
      }),
    }),
    defineRoute({
      method: 'get', path: '/api/v1/agencies', operationId: 'listAgencies', summary: "Elenco degli enti (il Gestore li vede tutti, gli altri solo il proprio)", tags: ['agencies'],
      responses: [{ status: 200, description: 'Enti' }],
      handler: async ({ caller }) => {
        if (isGestore(caller)) return listAgencies(dataSource.manager);
        return [await requireAgency(dataSource.manager, requireTenant(caller))];
      },
    }),
    defineRoute({
      method: 'get', path: '/api/v1/agencies/:id', operationId: 'getAgency', summary: "Un ente con i suoi uffici", tags: ['agencies'],
      params: z.object({ id: z.uuid('Ente non valido.') }),
      responses: [{ status: 200, description: 'Ente' }],
      handler: async ({ params, caller }) => {
        requireOwnAgencyOrGestore(caller, params.id);
        return requireAgency(dataSource.manager, params.id);
      },
    }),
    defineRoute({
      method: 'post', path: '/api/v1/agencies/:id/offices', operationId: 'addAgencyOffice', summary: "Aggiunge un ufficio all'ente", roles: [gestore, 'amministratore-ente'], tags: ['agencies'],
      params: z.object({ id: z.uuid('Ente non valido.') }),
      body: z.object({ name: z.string().trim().min(2).max(200) }),
      responses: [{ status: 201, description: 'Ufficio creato' }],
      handler: ({ params, body, caller, req }) => {
        requireOwnAgencyOrGestore(caller, params.id);
        return dataSource.transaction(async (manager) => {
          const office = await addOffice(manager, params.id, body.name);
          await recordAudit(manager, actorFromRequest(req, caller), { action: 'office.created', entityType: 'office', entityId: office.id, details: { agencyId: params.id, name: office.name } });
          return office;
        });
      },
    }),
  ];
}
