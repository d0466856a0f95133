import { auditTrailSchema } from '@app/platform/audit';
import { z } from 'zod';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import { contractChangeSchema, newContractSchema } from './contract.schema.js';
import { contractRefusals as why, type Transition } from './contract.rules.js';
import { searchQuery } from './contract-search.schema.js';
import * as contracts from './contract.service.js';

/** Who writes contracts for the banditore agency. */
const editors = ['rup', 'responsabile-eprocurement'];
const idParams = z.object({ id: z.uuid('Contratto non valido.') });
const writes = { tags: ['contracts'], tenant: true as const, roles: editors };
const reads = { tags: ['contracts'], scopes: ['contracts:read'] };

function contractRoutesContext(deps: contracts.ContractDeps) {
  const transition = (name: Transition, summary: string) =>
    defineRoute({
      ...writes,
      method: 'post',
      path: `/api/v1/contracts/:id/${name}`,
      operationId: `${name}Contract`,
      summary,
      params: idParams,
      responses: [{ status: 200, description: 'Contratto nel nuovo stato' }],
      refusals: [
        why.NOT_BANDITORE,
        why.INVALID_TRANSITION,
        ...(name === 'publish' ? [why.EXPIRED] : []),
      ],
      handler: ({ params, command }) =>
        contracts.transitionContract(deps, command, params.id, name),
    });
  return { deps, transition };
}

type ContractRoutesContext = ReturnType<typeof contractRoutesContext>;

const createContractRoute = ({ deps }: ContractRoutesContext) =>
  defineRoute({
    ...writes,
    method: 'post',
    path: '/api/v1/contracts',
    operationId: 'createContract',
    summary: 'Crea un contratto (convenzione o accordo quadro) in bozza',
    body: newContractSchema,
    responses: [{ status: 201, description: 'Contratto in bozza' }],
    handler: ({ body, command }) => contracts.createContract(deps, command, body),
  });

const updateContractRoute = ({ deps }: ContractRoutesContext) =>
  defineRoute({
    ...writes,
    method: 'patch',
    path: '/api/v1/contracts/:id',
    operationId: 'updateContract',
    summary:
      'Modifica un contratto (dopo la pubblicazione: descrizione, ' +
      'documentazione, scadenza, contatti)',
    params: idParams,
    body: contractChangeSchema,
    responses: [{ status: 200, description: 'Nuova versione del contratto' }],
    refusals: [why.NOT_BANDITORE, why.CONTRACT_CLOSED, why.FIELD_LOCKED, why.DATES_INVERTED],
    handler: ({ params, body, command, req }) =>
      contracts.updateContract(
        deps,
        command,
        params.id,
        Object.fromEntries(Object.entries(body).filter(([field]) => field in (req.body ?? {}))),
      ),
  });

const publishContractRoute = ({ transition }: ContractRoutesContext) =>
  transition('publish', 'Pubblica il contratto: gli enti possono aderire');

const suspendContractRoute = ({ transition }: ContractRoutesContext) =>
  transition('suspend', 'Sospende il contratto');

const resumeContractRoute = ({ transition }: ContractRoutesContext) =>
  transition('resume', 'Riattiva un contratto sospeso');

const closeContractRoute = ({ transition }: ContractRoutesContext) =>
  transition('close', 'Chiude il contratto');

const searchContractsRoute = ({ deps }: ContractRoutesContext) =>
  defineRoute({
    ...reads,
    method: 'get',
    path: '/api/v1/contracts',
    operationId: 'searchContracts',
    summary: 'Elenco contratti: ricerca testuale, filtri, ordinamento e pagine',
    query: searchQuery,
    responses: [{ status: 200, description: 'Una pagina di contratti, con il totale' }],
    handler: ({ query, caller }) => contracts.searchContracts(deps, caller, query),
  });

const getContractRoute = ({ deps }: ContractRoutesContext) =>
  defineRoute({
    ...reads,
    method: 'get',
    path: '/api/v1/contracts/:id',
    operationId: 'getContract',
    params: idParams,
    summary:
      'Un contratto: informazioni generali, documentazione, fasi, richieste per ' +
      'ordinativi, scadenza, utenti abilitati, fornitore',
    responses: [{ status: 200, description: 'Contratto' }],
    handler: ({ params, caller }) => contracts.getContract(deps, caller, params.id),
  });

const listContractVersionsRoute = ({ deps }: ContractRoutesContext) =>
  defineRoute({
    ...reads,
    method: 'get',
    path: '/api/v1/contracts/:id/versions',
    operationId: 'listContractVersions',
    params: idParams,
    summary: 'Le versioni del contratto: chi ha cambiato cosa e quando',
    responses: [{ status: 200, description: 'Versioni' }],
    handler: ({ params, caller }) => contracts.listVersions(deps, caller, params.id),
  });

const getContractAuditTrailRoute = ({ deps }: ContractRoutesContext) =>
  defineRoute({
    tags: ['contracts'],
    tenant: true,
    roles: ['amministratore-ente'],
    method: 'get',
    path: '/api/v1/contracts/:id/audit',
    operationId: 'getContractAuditTrail',
    params: idParams,
    summary:
      'Registro delle operazioni del contratto: ogni modifica, chi, con quale profilo e ' +
      'accesso, quando (per l’amministratore del soggetto banditore)',
    responses: [{ status: 200, description: 'Le operazioni, in ordine', schema: auditTrailSchema }],
    refusals: [why.NOT_BANDITORE],
    handler: ({ params, caller }) => contracts.contractAuditTrail(deps, caller, params.id),
  });

export function contractRoutes(deps: contracts.ContractDeps): RouteSpec[] {
  const context = contractRoutesContext(deps);
  return [
    createContractRoute(context),
    updateContractRoute(context),
    publishContractRoute(context),
    suspendContractRoute(context),
    resumeContractRoute(context),
    closeContractRoute(context),
    searchContractsRoute(context),
    getContractRoute(context),
    listContractVersionsRoute(context),
    getContractAuditTrailRoute(context),
  ];
}
