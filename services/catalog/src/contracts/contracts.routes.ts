import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { actorFromRequest, recordAudit } from '@app/platform/audit';
import { requireTenant } from '@app/platform/auth';
import { validationError, defineRoute, type RouteSpec } from '@app/platform/http';
import type { ServiceDeps } from '@app/platform/service';
import { contractChangeSchema, newContractSchema } from './contract.schema.js';
import { searchContracts, searchQuery } from './contract-search.js';
import type { SearchCache } from './search-cache.js';
import { changeContract, contractVersions, createContract, moveContract, visibleContract, type Transition } from './contracts.service.js';

/** Who writes contracts for the banditore agency. */
const editors = ['rup', 'responsabile-eprocurement'];
const idParams = z.object({ id: z.uuid('Contratto non valido.') });

export function contractRoutes({ dataSource }: ServiceDeps, searches: SearchCache): RouteSpec[] {
  // Every write to contracts clears the remembered searches once it has committed.
  const write = async <T>(work: (manager: EntityManager) => Promise<T>): Promise<T> => {
    try {
      return await dataSource.transaction(work);
    } finally {
      searches.invalidate();
    }
  };
  const transition = (name: Transition, path: string, summary: string) => defineRoute({
    method: 'post', path: `/api/v1/contracts/:id/${path}`, operationId: `${name}Contract`, summary, roles: editors, tags: ['contracts'], params: idParams,
    responses: [{ status: 200, description: 'Contratto nel nuovo stato' }, { status: 409, description: 'Stato non compatibile' }],
    handler: ({ params, caller, req }) => write(async (manager) => {
      const contract = await moveContract(manager, params.id, requireTenant(caller), name, caller!.subject);
      await recordAudit(manager, actorFromRequest(req, caller), { action: `contract.${name}`, entityType: 'contract', entityId: params.id, details: { status: contract.status } });
      return contract;
    }),
  });

  return [
    defineRoute({
      method: 'post', path: '/api/v1/contracts', operationId: 'createContract', summary: 'Crea un contratto (convenzione o accordo quadro) in bozza', roles: editors, tags: ['contracts'],
      body: newContractSchema,
      responses: [{ status: 201, description: 'Contratto in bozza' }],
      handler: ({ body, caller, req }) => write(async (manager) => {
        const contract = await createContract(manager, requireTenant(caller), body, caller!.subject);
        await recordAudit(manager, actorFromRequest(req, caller), { action: 'contract.created', entityType: 'contract', entityId: contract.id });
        return contract;
      }),
    }),
    defineRoute({
      method: 'patch', path: '/api/v1/contracts/:id', operationId: 'updateContract', summary: 'Modifica un contratto (dopo la pubblicazione: descrizione, documentazione, scadenza, contatti)', roles: editors, tags: ['contracts'],
      params: idParams, body: contractChangeSchema,
      responses: [{ status: 200, description: 'Nuova versione del contratto' }, { status: 403, description: 'Non è il banditore' }, { status: 409, description: 'Campo non modificabile dopo la pubblicazione' }],
      handler: ({ params, body, caller, req }) => write(async (manager) => {
        // Only what the client sent: a default of the schema is not a change.
        const sent = Object.fromEntries(Object.entries(body).filter(([field]) => field in (req.body ?? {})));
        if (Object.keys(sent).length === 0) throw validationError([{ location: 'body', path: '', message: 'Nessuna modifica indicata: invia almeno un campo del contratto.' }]);
        const contract = await changeContract(manager, params.id, requireTenant(caller), sent, caller!.subject);
        await recordAudit(manager, actorFromRequest(req, caller), { action: 'contract.changed', entityType: 'contract', entityId: params.id, details: { version: contract.version, fields: Object.keys(sent) } });
        return contract;
      }),
    }),
    transition('publish', 'publish', 'Pubblica il contratto: gli enti possono aderire'),
    transition('suspend', 'suspend', 'Sospende il contratto'),
    transition('resume', 'resume', 'Riattiva un contratto sospeso'),
    transition('close', 'close', 'Chiude il contratto'),
    defineRoute({
      method: 'get', path: '/api/v1/contracts', operationId: 'searchContracts', summary: 'Elenco contratti: ricerca testuale, filtri, ordinamento e pagine', tags: ['contracts'], scopes: ['contracts:read'],
      query: searchQuery,
      responses: [{ status: 200, description: 'Una pagina di contratti, con il totale' }],
      handler: ({ query, caller }) => searches.lookup(query, caller?.tenant, () => searchContracts(dataSource.manager, query, caller?.tenant)),
    }),
    defineRoute({
      method: 'get', path: '/api/v1/contracts/:id', operationId: 'getContract', summary: 'Un contratto: informazioni generali, documentazione, fasi, richieste per ordinativi, scadenza, utenti abilitati, fornitore', tags: ['contracts'], scopes: ['contracts:read'],
      params: idParams,
      responses: [{ status: 200, description: 'Contratto' }, { status: 404, description: 'Non trovato (o bozza di un altro ente)' }],
      handler: ({ params, caller }) => visibleContract(dataSource.manager, params.id, caller?.tenant),
    }),
    defineRoute({
      method: 'get', path: '/api/v1/contracts/:id/versions', operationId: 'listContractVersions', summary: 'Le versioni del contratto: chi ha cambiato cosa e quando', tags: ['contracts'], scopes: ['contracts:read'],
      params: idParams,
      responses: [{ status: 200, description: 'Versioni' }],
      handler: async ({ params, caller }) => {
        await visibleContract(dataSource.manager, params.id, caller?.tenant);
        return contractVersions(dataSource.manager, params.id);
      },
    }),
  ];
}
