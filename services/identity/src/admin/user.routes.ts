import { z } from 'zod';
import { fiscalCodeSchema } from '@app/italian-codes';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import { roles } from '@app/roles';
import type { IdentityDeps } from '../identity-deps.js';
import { administrationRefusals as why } from './administration.rules.js';
import * as users from './user.service.js';

const administrators = ['amministratore-ente', 'gestore-piattaforma'];
const roleList = z
  .array(z.enum(roles, { message: `Ruolo non valido: ammessi ${roles.join(', ')}.` }))
  .min(1, 'Indica almeno un ruolo.');
const profileParams = z.object({ id: z.uuid('Utente non valido.') });
const newUser = z.object({
  agencyId: z.uuid().optional(),
  fiscalCode: fiscalCodeSchema,
  givenName: z.string().trim().min(1).max(100),
  familyName: z.string().trim().min(1).max(100),
  email: z.email('Indirizzo e-mail non valido.').max(254).optional(),
  officeId: z.uuid().nullable().default(null),
  roles: roleList,
});
const common = { roles: administrators, tags: ['users'] };
const scoping = [why.TENANT_REQUIRED, why.OTHER_AGENCY];

/**
 * Seed 003's "Gestione utenti" and "Assegna il servizio ai tuoi utenti", within the administrator's
 * own agency.
 */
export function userRoutes(deps: IdentityDeps): RouteSpec[] {
  return [
    defineRoute({
      ...common,
      method: 'get',
      path: '/api/v1/users',
      operationId: 'listUsers',
      summary: "Utenti (profili) dell'ente",
      query: z.object({ agencyId: z.uuid().optional() }),
      responses: [{ status: 200, description: 'Profili degli utenti' }],
      refusals: scoping,
      handler: ({ query, caller }) => users.listUsers(deps, caller, query.agencyId),
    }),
    defineRoute({
      ...common,
      method: 'post',
      path: '/api/v1/users',
      operationId: 'addUser',
      body: newUser,
      summary:
        "Aggiunge un utente all'ente con i suoi ruoli; a chi è nuovo la " +
        'piattaforma invia per e-mail le credenziali di primo accesso',
      responses: [
        { status: 201, description: 'Profilo creato (credenziali inviate alla persona, se nuova)' },
        { status: 409, description: "La persona ha già un profilo in quell'ufficio" },
      ],
      refusals: [...scoping, why.ROLE_NOT_GRANTABLE],
      handler: ({ body, command, req }) => users.addUser(deps, command, body, req.body),
    }),
    defineRoute({
      ...common,
      method: 'put',
      path: '/api/v1/users/:id/roles',
      operationId: 'setUserRoles',
      summary: 'Assegna o revoca ruoli (i ruoli indicati sostituiscono i precedenti)',
      params: profileParams,
      body: z.object({ roles: roleList }),
      responses: [{ status: 200, description: 'Ruoli aggiornati' }],
      refusals: [...scoping, why.ROLE_NOT_GRANTABLE],
      handler: ({ params, body, command }) =>
        users.setUserRoles(deps, command, params.id, body.roles),
    }),
    defineRoute({
      ...common,
      method: 'post',
      path: '/api/v1/users/:id/disable',
      operationId: 'disableUser',
      summary: "Disabilita l'utente: non potrà più operare per l'ente",
      params: profileParams,
      responses: [{ status: 200, description: 'Utente disabilitato' }],
      refusals: [...scoping, why.SELF_DISABLE],
      handler: ({ params, command }) => users.disableUser(deps, command, params.id),
    }),
  ];
}
