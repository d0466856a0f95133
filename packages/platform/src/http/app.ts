import express, { type Express, type Request, type RequestHandler } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { z } from 'zod';
import { authenticateRequest, checkAccess, type Caller } from '../auth/index.js';
import { buildOpenApi } from './openapi.js';
import { commandOf } from '../commands/index.js';
import { mountHealth, type ReadinessCheck } from './health.js';
import { mountOperations } from './operations.js';
import { problemHandler, notFoundHandler } from './error-handler.js';
import { requestId } from './request-id.js';
import { PreparedJson } from './prepared-json.js';
import { AppError } from '../errors/index.js';
import { controlCharacters, controlCharactersInHeaders } from './control-characters.js';
import { parsePart, validationError, type InvalidField } from './validation.js';
import type { BodyType, RouteSpec } from './route.js';
import { recordHttpRequest } from '../telemetry/metrics.js';
import { asAgency } from '../db/row-security.js';

export interface HttpAppOptions {
  service: string;
  version?: string;
  logger: Logger;
  routes: RouteSpec[];
  verifyToken: (token: string) => Promise<Caller>;
  readiness: Record<string, ReadinessCheck>;
  bodyLimit?: string;
  metrics?: RequestHandler;
  /** Addresses whose X-Forwarded-For is believed (the gateway): express's `trust proxy` value. */
  trustedProxies?: string;
}

/**
 * Builds a service's express app (no listen): the target of component tests and of main.ts alike.
 */
export function createHttpApp(options: HttpAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'extended');
  // The client's address is the one the gateway saw; only the gateway's own hop is believed.
  app.set('trust proxy', options.trustedProxies ?? 'loopback');
  app.use(requestId());
  app.use(helmet());
  app.use(express.json({ limit: options.bodyLimit ?? '1mb' }));
  // HTML forms and SAML's HTTP-POST binding arrive form-encoded.
  app.use(express.urlencoded({ extended: false, limit: options.bodyLimit ?? '1mb' }));
  app.use(accessLog(options.logger, options.service));
  mountHealth(app, options.service, options.readiness);
  if (options.metrics) app.get('/metrics', options.metrics);
  const document = buildOpenApi(options.service, options.version ?? '0.1.0', options.routes);
  app.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  mountOperations(app, options.routes, options.verifyToken);
  for (const route of options.routes)
    app[route.method](route.path, routeHandler(route, options.verifyToken));
  app.use(notFoundHandler());
  app.use(problemHandler(options.logger));
  return app;
}

function routeHandler(
  route: RouteSpec,
  verifyToken: (token: string) => Promise<Caller>,
): RequestHandler {
  return async (req, res) => {
    const caller = await authenticateRequest(req, verifyToken);
    checkAccess(route, caller);
    checkBodyType(route, req);
    const invalid: InvalidField[] = [
      ...controlCharactersInHeaders((name) => req.header(name)),
      ...controlCharacters(req.params, 'params', false),
      ...controlCharacters(req.query, 'query', false),
      ...controlCharacters(req.body, 'body', true),
    ];
    if (invalid.length) throw validationError(invalid);
    const params = parsePart(route.params, req.params, 'params', invalid);
    const query = parsePart(route.query, req.query, 'query', invalid);
    const body = parsePart(route.body, req.body ?? {}, 'body', invalid);
    if (invalid.length) throw validationError(invalid);
    const input = { params, query, body, caller, command: commandOf(req, caller), req, res };
    // A caller acting for an agency: its queries are subject to the tables' row-level policies too.
    const result = caller?.tenant
      ? await asAgency(
          { agencyId: caller.tenant, roles: caller.roles, subject: caller.subject },
          () => route.handler(input),
        )
      : await route.handler(input);
    if (res.headersSent) return;
    const status = route.responses[0]?.status ?? 200;
    if (checksResponses) checkDeclaredResponse(route, result);
    if (result === undefined) res.status(status).end();
    else if (result instanceof PreparedJson)
      res.status(status).set('etag', result.etag).type('application/json').send(result.text);
    else res.status(status).json(result);
  };
}

/**
 * Outside production every answer is held to the schema its route publishes, as it goes on the wire
 * (dates as strings): a handler that drifts from the OpenAPI document partners generate their
 * types from fails every test that reaches it, instead of surprising a partner.
 */
const checksResponses = process.env.NODE_ENV !== 'production';

function checkDeclaredResponse(route: RouteSpec, result: unknown): void {
  const schema = route.responses[0]?.schema;
  if (!schema || result === undefined || result instanceof PreparedJson) return;
  const checked = schema.safeParse(JSON.parse(JSON.stringify(result)));
  if (!checked.success)
    throw new Error(
      `${route.operationId} answered outside its declared schema: ${z.prettifyError(checked.error)}`,
    );
}

const bodyTypeNames: Record<BodyType, string[]> = {
  json: ['application/json', '+json'],
  form: ['application/x-www-form-urlencoded'],
};

/** A body in an encoding the route does not read is refused, rather than read as an empty one. */
function checkBodyType(route: RouteSpec, req: Request): void {
  if (!['post', 'put', 'patch'].includes(route.method) || !hasBody(req)) return;
  // An upload is read by its handler, after the checks; its encoding is known before.
  if (route.upload) {
    if (req.is('multipart/form-data')) return;
    throw new AppError({
      code: 'UPLOAD_NOT_MULTIPART',
      status: 415,
      title: 'Caricamento non valido',
      detail: `Il documento va inviato come multipart/form-data nel campo "${route.upload.field}".`,
    });
  }
  const accepted = (route.bodyTypes ?? ['json']).flatMap((type) => bodyTypeNames[type]);
  if (req.is(accepted)) return;
  throw new AppError({
    code: 'UNSUPPORTED_MEDIA_TYPE',
    status: 415,
    title: 'Formato non supportato',
    detail:
      `Il corpo della richiesta deve essere ` +
      `${accepted.filter((t) => !t.startsWith('+')).join(' o ')}.`,
  });
}

const hasBody = (req: Request) =>
  req.header('transfer-encoding') !== undefined || Number(req.header('content-length') ?? 0) > 0;

function accessLog(logger: Logger, service: string): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      if (req.path === '/healthz' || req.path === '/readyz' || req.path === '/metrics') return;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      recordHttpRequest(
        service,
        req.method,
        (req.route as { path?: string } | undefined)?.path ?? 'altro',
        res.statusCode,
        ms / 1000,
      );
      logger.info(
        {
          method: req.method,
          path: req.path,
          status: res.statusCode,
          ms: Math.round(ms * 10) / 10,
        },
        'request completed',
      );
    });
    next();
  };
}
