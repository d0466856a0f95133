import { z } from 'zod';
import { defineRoute, pageQuery, type RouteSpec } from '@app/platform/http';
import type { DataSource } from 'typeorm';
import { memberChangeSchema, memberRefusals as why, newMemberSchema } from './member.rules.js';
import * as service from './member.service.js';

const access = { tenant: true as const, roles: ['amministratore-ordine'], tags: ['pec'] };
const byId = z.object({ id: z.uuid('Iscritto non valido.') });

/** The Order's members (seed 004): the holders whose PEC mailboxes the Order manages. */
export function memberRoutes({ dataSource }: { dataSource: DataSource }): RouteSpec[] {
  return [
    defineRoute({
      ...access,
      method: 'get',
      path: '/api/v1/pec/members',
      operationId: 'listPecMembers',
      summary:
        "Gli iscritti dell'Ordine (ricerca per cognome, codice fiscale o numero d'iscrizione)",
      query: z.object({ q: z.string().trim().min(1).max(100).optional(), ...pageQuery.shape }),
      responses: [{ status: 200, description: 'Iscritti' }],
      handler: ({ caller, query }) => service.members(dataSource, caller, query),
    }),
    defineRoute({
      ...access,
      method: 'post',
      path: '/api/v1/pec/members',
      operationId: 'addPecMember',
      body: newMemberSchema,
      summary: "Registra un iscritto dell'Ordine",
      responses: [{ status: 201, description: "L'iscritto" }],
      refusals: [why.MEMBER_EXISTS],
      handler: ({ command, body }) => service.addMember(dataSource, command, body),
    }),
    defineRoute({
      ...access,
      method: 'get',
      path: '/api/v1/pec/members/:id',
      operationId: 'getPecMember',
      params: byId,
      summary: "Un iscritto dell'Ordine",
      responses: [{ status: 200, description: "L'iscritto" }],
      handler: ({ caller, params }) => service.member(dataSource, caller, params.id),
    }),
    defineRoute({
      ...access,
      method: 'patch',
      path: '/api/v1/pec/members/:id',
      operationId: 'changePecMember',
      params: byId,
      body: memberChangeSchema,
      summary:
        'Modifica i dati del titolare (residenza, telefono, fax, e-mail di ' +
        'riferimento); mai nome, cognome e codice fiscale',
      responses: [{ status: 200, description: "L'iscritto aggiornato" }],
      refusals: [why.HOLDER_IDENTITY_FIXED],
      handler: ({ command, params, body }) =>
        service.changeMember(dataSource, command, params.id, body),
    }),
  ];
}
