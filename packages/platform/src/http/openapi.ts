import { z } from 'zod';
import { toProblem } from '../errors/index.js';
import type { RouteSpec } from './route.js';

type JsonSchema = Record<string, unknown>;

const problemSchema: JsonSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'code'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    code: { type: 'string' },
    correlationId: { type: 'string' },
  },
};

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
}

function parameters(schema: z.ZodType | undefined, location: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input');
  const properties = (object.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((object.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || required.has(name),
    schema: property,
    ...(property.description ? { description: property.description } : {}),
  }));
}

/** The answers of an operation: its successes with their schemas, then its refusals by status. */
function responsesOf(route: RouteSpec): Record<string, JsonSchema> {
  const responses: Record<string, JsonSchema> = {};
  const refused = refusalsOf(route);
  const add = (status: number, descriptions: string[], first = false) => {
    const known = refused.get(String(status)) ?? [];
    refused.set(String(status), first ? [...descriptions, ...known] : [...known, ...descriptions]);
  };
  for (const response of route.responses) {
    if (response.status >= 400) {
      add(response.status, [response.description], true);
      continue;
    }
    const schema = response.schema ? jsonSchema(response.schema, 'output') : undefined;
    responses[String(response.status)] = {
      description: response.description,
      ...(schema ? { content: { 'application/json': { schema } } } : {}),
    };
  }
  for (const refusal of route.refusals ?? [])
    add(refusal.status, [`${refusal.title}: ${refusal.code}`]);
  const byStatus = [...refused.entries()].sort(([a], [b]) => a.localeCompare(b));
  for (const [status, descriptions] of byStatus)
    responses[status] = problem(descriptions.join('; '));
  responses.default = problem('Errore (RFC 9457)');
  return responses;
}

/** A JSON body, or a multipart upload of one file. */
function requestBodyOf(route: RouteSpec): JsonSchema | undefined {
  if (route.body)
    return { required: true, content: bodyContent(route, jsonSchema(route.body, 'input')) };
  if (!route.upload) return undefined;
  const { field, description } = route.upload;
  const schema = {
    type: 'object',
    required: [field],
    properties: { [field]: { type: 'string', format: 'binary', description } },
  };
  return { required: true, content: { 'multipart/form-data': { schema } } };
}

function operation(route: RouteSpec): JsonSchema {
  const requestBody = requestBodyOf(route);
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.tags ? { tags: route.tags } : {}),
    ...(route.public ? { security: [] } : { security: securityOf(route) }),
    parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
    ...(requestBody ? { requestBody } : {}),
    responses: responsesOf(route),
  };
}

const problem = (description: string): JsonSchema => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/**
 * The refusals every route of its kind can give, with the stable codes the platform answers them
 * with.
 */
function refusalsOf(route: RouteSpec): Map<string, string[]> {
  const refusals: [string, string][] = [];
  if (route.params || route.query || route.body || route.upload) {
    refusals.push([
      '400',
      'Dati non validi: VALIDATION_FAILED (con invalidFields), MALFORMED_JSON, ' +
        'IDEMPOTENCY_KEY_INVALID',
    ]);
  }
  if (!route.public) refusals.push(['401', 'Autenticazione richiesta: UNAUTHORIZED']);
  if (!route.public)
    refusals.push([
      '403',
      'Non consentito: ROLE_REQUIRED, TENANT_REQUIRED, STRONG_AUTH_REQUIRED, ' +
        'SCOPE_REQUIRED, CLIENT_NOT_ALLOWED',
    ]);
  if (route.path.includes(':'))
    refusals.push(['404', 'Risorsa non trovata (o di un altro ente): NOT_FOUND']);
  if (route.body || route.upload)
    refusals.push(['415', 'Formato del corpo non supportato: UNSUPPORTED_MEDIA_TYPE']);
  // Every call passes the gateway's rate limit.
  refusals.push(['429', 'Troppe richieste: RATE_LIMITED (Retry-After)']);
  return new Map(refusals.map(([status, description]) => [status, [description]]));
}

const mediaTypes = { json: 'application/json', form: 'application/x-www-form-urlencoded' } as const;

function bodyContent(route: RouteSpec, schema: JsonSchema): JsonSchema {
  return Object.fromEntries(
    (route.bodyTypes ?? ['json']).map((type) => [mediaTypes[type], { schema }]),
  );
}

/**
 * People use a bearer token; partner systems an OAuth2 token holding the route's scopes, if it has
 * any.
 */
function securityOf(route: RouteSpec): JsonSchema[] {
  return [{ bearer: [] }, ...(route.scopes?.length ? [{ oauth2: route.scopes }] : [])];
}

/** Where partner systems obtain tokens (client credentials), and every scope the routes ask for. */
export function oauth2Scheme(scopes: Record<string, string>): JsonSchema {
  return {
    type: 'oauth2',
    flows: { clientCredentials: { tokenUrl: '/api/v1/auth/token', scopes } },
  };
}

/** The platform's licence, as every OpenAPI document of it states. */
export const documentLicense = {
  name: 'EUPL-1.2',
  url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12',
};

/** Builds the service's OpenAPI 3.1 document from the very schemas that validate its requests. */
export function buildOpenApi(title: string, version: string, routes: RouteSpec[]): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    paths[path] = { ...paths[path], [route.method]: operation(route) };
  }
  // Keeps the example in the document in step with what toProblem really renders.
  const example = toProblem(new Error('x'), 'c0ffee');
  return {
    openapi: '3.1.0',
    info: { title, version, license: documentLicense },
    servers: [{ url: '/', description: 'Il Negozio Elettronico che pubblica questo documento' }],
    paths,
    components: {
      schemas: { Problem: { ...problemSchema, example } },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        oauth2: oauth2Scheme(
          Object.fromEntries(routes.flatMap((r) => r.scopes ?? []).map((scope) => [scope, scope])),
        ),
      },
    },
    security: [{ bearer: [] }],
  };
}
