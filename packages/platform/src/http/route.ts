import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { Caller, RouteAccess, TenantCaller } from '../auth/index.js';
import type { Command } from '../commands/index.js';
import type { Refusal } from '../errors/index.js';

export type { RouteAccess } from '../auth/index.js';

/** How a body may arrive: JSON, or an HTML form (login pages, SAML's HTTP-POST binding). */
export type BodyType = 'json' | 'form';

export interface RouteResponse {
  status: number;
  description: string;
  schema?: z.ZodType;
}

export interface ValidatedInput<P, Q, B, C = Caller | undefined> {
  params: P;
  query: Q;
  body: B;
  /** Absent only on public routes; with an agency on `tenant` routes. */
  caller: C;
  /** The request as a service command sees it: caller, audit actor, Idempotency-Key, credential. */
  command: Command<C & (Caller | undefined)>;
  req: Request;
  res: Response;
}

/**
 * A route described once: the same zod schemas validate requests and produce the OpenAPI document.
 */
export interface RouteSpec<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  C = Caller | undefined,
> extends RouteAccess {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express-style path, e.g. /api/v1/things/:id */
  path: string;
  /** Unique across the platform, named as a client generator would want it (createAdhesion). */
  operationId: string;
  summary: string;
  tags?: string[];
  params?: P;
  query?: Q;
  body?: B;
  /** Accepted body encodings (default JSON only); anything else with a body is 415. */
  bodyTypes?: BodyType[];
  /**
   * A file sent as multipart/form-data, read by the handler itself (after authentication);
   * documented here.
   */
  upload?: { field: string; description: string };
  responses: RouteResponse[];
  /** The capability's refusals this operation can answer with, documented per operation. */
  refusals?: Refusal[];
  /**
   * Returns the body of the first declared response, or writes the response itself and returns
   * undefined.
   */
  handler: (input: ValidatedInput<z.output<P>, z.output<Q>, z.output<B>, C>) => Promise<unknown>;
}

/**
 * Keeps inference of params/query/body types at the definition site, and gives the handler the
 * caller its access rule guarantees: maybe none on a public route, one with an agency on a `tenant`
 * route.
 */
export function defineRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  spec: RouteSpec<P, Q, B, Caller | undefined> & { public: true; tenant?: never },
): RouteSpec;
export function defineRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  spec: RouteSpec<P, Q, B, TenantCaller> & { public?: never; tenant: true },
): RouteSpec;
export function defineRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  spec: RouteSpec<P, Q, B, Caller> & { public?: never; tenant?: never },
): RouteSpec;
export function defineRoute(spec: RouteSpec<z.ZodType, z.ZodType, z.ZodType, never>): RouteSpec {
  return spec as unknown as RouteSpec;
}
