import { partnerScopes } from '@app/events';
import { documentLicense, oauth2Scheme } from '@app/platform/http';
import type { ServiceName } from './config.js';

type Document = {
  paths?: Record<string, unknown>;
  components?: { schemas?: Record<string, unknown> };
};

/** Merges the services' OpenAPI documents into one, each operation tagged with its service. */
export async function mergedOpenApi(
  services: Record<ServiceName, string>,
): Promise<Record<string, unknown>> {
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {};
  const unavailable: string[] = [];
  for (const [name, url] of Object.entries(services)) {
    try {
      const response = await fetch(`${url}/openapi.json`, { signal: AbortSignal.timeout(3000) });
      const document = (await response.json()) as Document;
      for (const [path, operations] of Object.entries(document.paths ?? {}))
        paths[path] = tagged(operations as Record<string, Record<string, unknown>>, name);
      Object.assign(schemas, document.components?.schemas);
    } catch {
      unavailable.push(name);
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Negozio Elettronico API',
      version: '1',
      license: documentLicense,
      description: unavailable.length
        ? `Servizi non raggiungibili: ${unavailable.join(', ')}`
        : 'API pubbliche del Negozio Elettronico',
    },
    servers: [{ url: '/', description: 'Questo Negozio Elettronico, attraverso il gateway' }],
    paths: { ...paths, '/api/v1/operations': callableOperationsPath },
    components: {
      schemas,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        oauth2: oauth2Scheme({ ...partnerScopes }),
      },
    },
    security: [{ bearer: [] }],
  };
}

function tagged(
  operations: Record<string, Record<string, unknown>>,
  service: string,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(operations).map(([method, operation]) => [
      method,
      { ...operation, tags: operation.tags ?? [service] },
    ]),
  );
}

/** The gateway's own operation: what the caller may call, from every service's route table. */
const callableOperationsPath = {
  get: {
    operationId: 'listCallableOperations',
    summary:
      'Le operazioni che il chiamante può invocare secondo ruoli, ambiti e livello di accesso ' +
      '(lo stato della risorsa resta da verificare a ogni chiamata)',
    tags: ['gateway'],
    security: [{ bearer: [] }, {}],
    parameters: [],
    responses: {
      '200': {
        description: 'Gli operationId invocabili e i servizi che non hanno risposto',
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['operations', 'unavailable'],
              properties: {
                operations: { type: 'array', items: { type: 'string' } },
                unavailable: { type: 'array', items: { type: 'string' } },
              },
            },
          },
        },
      },
      '401': {
        description: 'Token non valido: UNAUTHORIZED',
        content: {
          'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
        },
      },
    },
  },
};
