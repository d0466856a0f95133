import { z } from 'zod';
import { organisationCodeSchema } from '@app/italian-codes';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import { agencyKinds } from '../agencies/agencies.service.js';
import type { IdentityDeps } from '../identity-deps.js';
import { administrationRefusals as why, gestore } from './administration.rules.js';
import * as agencies from './agency.service.js';

const agencyBody = z.object({
  name: z.string().trim().min(2).max(300),
  kind: z.enum(agencyKinds).default('ente'),
  fiscalCode: organisationCodeSchema,
  ipaCode: z.string().trim().min(2).max(20).optional(),
  ausaCode: z
    .string()
    .trim()
    .regex(/^\d{10}$/, 'Il codice AUSA ha 10 cifre.')
    .optional(),
  ocpCode: z.string().trim().min(2).max(20).optional(),
  pec: z.email('Indirizzo PEC non valido.').optional(),
  offices: z
    .array(z.string().trim().min(2).max(200))
    .min(1, "Indica almeno un ufficio dell'ente.")
    .max(200),
});
const agencyParams = z.object({ id: z.uuid('Ente non valido.') });
const scoping = [why.TENANT_REQUIRED, why.OTHER_AGENCY];

export function agencyRoutes(deps: IdentityDeps): RouteSpec[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/v1/agencies',
      operationId: 'registerAgency',
      roles: [gestore],
      tags: ['agencies'],
      summary: 'Registra un ente con i suoi uffici (Gestore della piattaforma)',
      body: agencyBody,
      responses: [
        { status: 201, description: 'Ente registrato' },
        { status: 409, description: 'Ente già registrato' },
      ],
      handler: ({ body, command }) => agencies.registerNewAgency(deps, command, body),
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/agencies',
      operationId: 'listAgencies',
      tags: ['agencies'],
      summary: 'Elenco degli enti (il Gestore li vede tutti, gli altri solo il proprio)',
      responses: [{ status: 200, description: 'Enti' }],
      refusals: [why.TENANT_REQUIRED],
      handler: ({ caller }) => agencies.agenciesFor(deps, caller),
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/agencies/:id',
      operationId: 'getAgency',
      summary: 'Un ente con i suoi uffici',
      tags: ['agencies'],
      params: agencyParams,
      responses: [{ status: 200, description: 'Ente' }],
      refusals: scoping,
      handler: ({ params, caller }) => agencies.agencyFor(deps, caller, params.id),
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/agencies/:id/offices',
      operationId: 'addAgencyOffice',
      roles: [gestore, 'amministratore-ente'],
      tags: ['agencies'],
      summary: "Aggiunge un ufficio all'ente",
      params: agencyParams,
      body: z.object({ name: z.string().trim().min(2).max(200) }),
      responses: [{ status: 201, description: 'Ufficio creato' }],
      refusals: scoping,
      handler: ({ params, body, command }) =>
        agencies.addAgencyOffice(deps, command, params.id, body.name),
    }),
  ];
}
