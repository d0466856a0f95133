import { z } from 'zod';
import type { DataSource } from 'typeorm';
import { defineRoute, pageQuery, type RouteSpec } from '@app/platform/http';
import type { Config } from '../config.js';
import {
  mailboxQuery,
  mailboxRefusals as why,
  newMailboxSchema,
  transferOutSchema,
} from './mailbox.rules.js';
import * as service from './mailbox.service.js';

const access = { tenant: true as const, roles: ['amministratore-ordine'], tags: ['pec'] };
const byId = z.object({ id: z.uuid('Casella non valida.') });
const queued = [
  { status: 202, description: 'La richiesta, registrata: il gestore la esegue a breve' },
];

interface MailboxRoutesDeps {
  dataSource: DataSource;
  config: Config;
}

const listPecMailboxesRoute = ({ dataSource }: MailboxRoutesDeps) =>
  defineRoute({
    ...access,
    method: 'get',
    path: '/api/v1/pec/mailboxes',
    operationId: 'listPecMailboxes',
    query: mailboxQuery.extend(pageQuery.shape),
    summary:
      "Le caselle PEC degli iscritti dell'Ordine (per stato, indirizzo, cognome o codice fiscale)",
    responses: [{ status: 200, description: 'Caselle' }],
    handler: ({ caller, query }) => service.mailboxes(dataSource, caller, query),
  });

const requestPecMailboxRoute = ({ dataSource, config }: MailboxRoutesDeps) =>
  defineRoute({
    ...access,
    method: 'post',
    path: '/api/v1/pec/mailboxes',
    operationId: 'requestPecMailbox',
    body: newMailboxSchema,
    summary:
      'Richiede la casella PEC di un iscritto, o il trasferimento nel pannello ' +
      "dell'Ordine della casella di un iscritto proveniente da altro Ordine",
    responses: [{ status: 202, description: 'La casella in richiesta' }],
    refusals: [why.MAILBOX_EXISTS],
    handler: async ({ command, body, res }) => {
      res.status(202);
      return service.requestMailbox(dataSource, command, config, body);
    },
  });

const getPecMailboxRoute = ({ dataSource }: MailboxRoutesDeps) =>
  defineRoute({
    ...access,
    method: 'get',
    path: '/api/v1/pec/mailboxes/:id',
    operationId: 'getPecMailbox',
    params: byId,
    summary: 'Una casella con le sue richieste al gestore',
    responses: [{ status: 200, description: 'La casella' }],
    handler: ({ caller, params }) => service.mailbox(dataSource, caller, params.id),
  });

const resetPecMailboxPasswordRoute = ({ dataSource }: MailboxRoutesDeps) =>
  defineRoute({
    ...access,
    method: 'post',
    path: '/api/v1/pec/mailboxes/:id/reset-password',
    operationId: 'resetPecMailboxPassword',
    params: byId,
    summary:
      "Reset password: il gestore invia la nuova password all'e-mail di riferimento del titolare",
    responses: queued,
    refusals: [why.MAILBOX_NOT_LIVE, why.REQUEST_PENDING],
    handler: async ({ command, params, res }) => {
      res.status(202);
      return service.resetPassword(dataSource, command, params.id);
    },
  });

const deletePecMailboxRoute = ({ dataSource }: MailboxRoutesDeps) =>
  defineRoute({
    ...access,
    method: 'post',
    path: '/api/v1/pec/mailboxes/:id/delete',
    operationId: 'deletePecMailbox',
    params: byId,
    summary: 'Cancellazione della casella presso il gestore',
    responses: queued,
    refusals: [why.MAILBOX_NOT_LIVE, why.REQUEST_PENDING],
    handler: async ({ command, params, res }) => {
      res.status(202);
      return service.deleteMailbox(dataSource, command, params.id);
    },
  });

const transferPecMailboxRoute = ({ dataSource }: MailboxRoutesDeps) =>
  defineRoute({
    ...access,
    method: 'post',
    path: '/api/v1/pec/mailboxes/:id/transfer',
    operationId: 'transferPecMailbox',
    params: byId,
    body: transferOutSchema,
    summary:
      "Trasferimento dell'iscritto a un Ordine fuori convenzione: il gestore " +
      'predispone il foglio «Trasferimenti» e la richiesta resta in attesa di ' +
      'conferma',
    responses: queued,
    refusals: [why.MAILBOX_NOT_LIVE, why.REQUEST_PENDING],
    handler: async ({ command, params, body, res }) => {
      res.status(202);
      return service.transferOut(dataSource, command, params.id, body.destinationOrder);
    },
  });

/**
 * The Order's members' PEC mailboxes (seed 004): request, consult, reset the password, delete,
 * transfer.
 */
export function mailboxRoutes(deps: MailboxRoutesDeps): RouteSpec[] {
  return [
    listPecMailboxesRoute(deps),
    requestPecMailboxRoute(deps),
    getPecMailboxRoute(deps),
    resetPecMailboxPasswordRoute(deps),
    deletePecMailboxRoute(deps),
    transferPecMailboxRoute(deps),
  ];
}
