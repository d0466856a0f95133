import { Agent } from 'node:http';
import express, { type Express, type Request, type RequestHandler, type Response } from 'express';
import cors from 'cors';
import helmet from 'helmet';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { createProxyMiddleware } from 'http-proxy-middleware';
import swaggerUi from 'swagger-ui-express';
import type { Logger } from 'pino';
import type { Caller } from '@app/platform/auth';
import { AppError, toProblem, defined } from '@app/platform/errors';
import { notFoundHandler, problemHandler, requestId } from '@app/platform/http';
import { requestMetrics } from '@app/platform/telemetry';
import { serviceUrls, type GatewayConfig } from './config.js';
import { verifyAtEdge } from './edge-auth.js';
import {
  clientAddressOf,
  forwardClientAddress,
  portalClientAddress,
  stripIdentityHeaders,
} from './identity-headers.js';
import { forwardClientCertificate } from './client-certificate.js';
import { mergedOpenApi } from './openapi.js';
import { callableOperations } from './operations.js';
import { aggregatedReadiness } from './readiness.js';
import { ownerOf } from './routes.table.js';
import { portalProxy } from './portal-proxy.js';

/** Whose requests are counted together once the token is known. */
export function rateLimitKey(caller: Caller | undefined, address: string): string {
  if (caller?.clientId) return `client:${caller.clientId}`;
  if (caller) return `person:${caller.subject}`;
  return `address:${ipKeyGenerator(address)}`;
}

/**
 * What every limit shares: a minute's window, the standard headers, the problem answer; the
 * portal's assets are never counted.
 */
const limited = {
  windowMs: 60_000,
  standardHeaders: 'draft-7',
  legacyHeaders: false,
  skip: (req: Request) => req.path.startsWith('/static/'),
  handler: (_req: Request, res: Response) => {
    const problem = toProblem(
      new AppError({
        code: 'RATE_LIMITED',
        status: 429,
        title: 'Troppe richieste',
        detail: 'Troppe richieste in poco tempo: riprova tra qualche istante.',
      }),
      res.locals.correlationId,
    );
    res.status(429).type('application/problem+json').json(problem);
  },
} as const;

/** Health, readiness (the platform's and the gateway's own), the merged OpenAPI and its pages. */
function ownEndpoints(app: Express, config: GatewayConfig, stopping?: () => boolean) {
  const services = serviceUrls(config);
  app.get('/healthz', (_req, res) => {
    res.json({ service: 'gateway', status: 'ok' });
  });
  app.get('/readyz', aggregatedReadiness({ ...services, web: config.WEB_URL }, stopping));
  // The gateway's own readiness, for its probe: not ready only while it stops (a service down is
  // not its fault).
  app.get('/readyz/self', (_req, res) => {
    const down = stopping?.() ?? false;
    res.status(down ? 503 : 200).json({ service: 'gateway', status: down ? 'stopping' : 'ready' });
  });
  app.get('/api/v1/openapi.json', async (_req, res) => {
    res.json(await mergedOpenApi(services));
  });
  app.use(
    '/docs',
    swaggerUi.serve,
    swaggerUi.setup(undefined, {
      customSiteTitle: 'Negozio Elettronico — API',
      swaggerOptions: { url: '/api/v1/openapi.json' },
    }),
  );
}

/**
 * Rate limits in two rounds: by address before the token is read (everyone behind an office's NAT
 * together, so only a flood is stopped), then each caller as itself.
 */
function rateLimits(
  app: Express,
  config: GatewayConfig,
  verifyToken: (token: string) => Promise<Caller>,
) {
  app.use(
    rateLimit({
      ...limited,
      limit: config.RATE_LIMIT_PER_ADDRESS_PER_MINUTE,
      keyGenerator: (req, res) => ipKeyGenerator(clientAddressOf(req, res)),
    }),
  );
  app.use(verifyAtEdge(verifyToken));
  // A person by their subject, a partner system by its client, others by address.
  app.use(
    rateLimit({
      ...limited,
      limit: (_req, res) => {
        const caller = res.locals.caller as Caller | undefined;
        if (!caller) return config.RATE_LIMIT_PER_MINUTE;
        return caller.clientId
          ? config.RATE_LIMIT_PER_CLIENT_PER_MINUTE
          : config.RATE_LIMIT_PER_PERSON_PER_MINUTE;
      },
      keyGenerator: (req, res) =>
        rateLimitKey(res.locals.caller as Caller | undefined, clientAddressOf(req, res)),
    }),
  );
  // Then the caller's agency, all its people and partner systems together: in requests a minute,
  // and in requests at once, so one agency's burst cannot hold every upstream connection.
  app.use(
    rateLimit({
      ...limited,
      limit: config.RATE_LIMIT_PER_AGENCY_PER_MINUTE,
      skip: (req, res) => limited.skip(req) || !tenantOf(res),
      keyGenerator: (_req, res) => `agency:${tenantOf(res)}`,
    }),
  );
  app.use(agencyConcurrency(config.AGENCY_CONCURRENCY));
}

const tenantOf = (res: Response) => (res.locals.caller as Caller | undefined)?.tenant;

/**
 * At most `limit` requests of one agency in flight at once (per gateway replica); the next is
 * answered 429 with Retry-After at once, never queued behind the others. Live event streams stay
 * open for minutes and are not counted.
 */
function agencyConcurrency(limit: number): RequestHandler {
  const inFlight = new Map<string, number>();
  return (req, res, next) => {
    const tenant = tenantOf(res);
    const stream = req.path.endsWith('/events') || req.get('accept') === 'text/event-stream';
    if (!tenant || stream || limited.skip(req)) return next();
    const now = inFlight.get(tenant) ?? 0;
    if (now >= limit) {
      res.set('retry-after', '1');
      return limited.handler(req, res);
    }
    inFlight.set(tenant, now + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const left = (inFlight.get(tenant) ?? 1) - 1;
      if (left > 0) inFlight.set(tenant, left);
      else inFlight.delete(tenant);
    };
    res.once('finish', release);
    res.once('close', release);
    next();
  };
}

const serviceUnavailable = () =>
  new AppError({
    code: 'SERVICE_UNAVAILABLE',
    status: 502,
    title: 'Servizio non raggiungibile',
    detail: 'Il servizio richiesto non risponde: riprova più tardi.',
  });

/** The proxy to the service that owns a path, over kept-alive connections. */
function serviceProxy(config: GatewayConfig, logger: Logger, upstreamAgent: Agent) {
  const services = serviceUrls(config);
  return createProxyMiddleware<Request, Response>({
    router: (req) => services[defined(ownerOf(req.path))],
    changeOrigin: false,
    // The client's address is set by forwardClientAddress, not appended to what the client sent.
    xfwd: false,
    // Without an agent every proxied request opens (and closes) its own connection to the service:
    // under load the listen queue overflows and clients wait for SYN retries of a second or more.
    agent: upstreamAgent,
    proxyTimeout: 30_000,
    on: {
      error: (error, _req, res) => {
        logger.warn({ reason: error.message }, 'upstream service unreachable');
        const response = res as Response;
        if (response.headersSent) return;
        response.status(502).type('application/problem+json').json(toProblem(serviceUnavailable()));
      },
    },
  });
}

/** What reaches the gateway from the client is cleaned first: identity headers, addresses, certificates. */
function clientFacts(app: Express, config: GatewayConfig) {
  app.use(helmet());
  app.use(
    cors({
      origin: config.CORS_ORIGINS,
      credentials: true,
      exposedHeaders: ['x-request-id', 'retry-after'],
    }),
  );
  app.use(stripIdentityHeaders());
  app.use(portalClientAddress(config.PORTAL_FORWARD_SECRET));
  app.use(forwardClientAddress());
  app.use(forwardClientCertificate(config.CNS_FORWARD_SECRET));
}

/**
 * The single public entry: builds the express app (no listen), the target of the gateway's tests.
 */
export function createGatewayApp(
  config: GatewayConfig,
  logger: Logger,
  verifyToken: (token: string) => Promise<Caller>,
  stopping?: () => boolean,
): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY_HOPS);
  app.use(requestId());
  // Counted by the service that answers (or the portal), never by path: the series stay few.
  const owner = (path: string) => ownerOf(path) ?? (path.startsWith('/api/') ? 'altro' : 'portale');
  app.use(requestMetrics('gateway', owner));
  clientFacts(app, config);
  ownEndpoints(app, config, stopping);
  rateLimits(app, config, verifyToken);
  // After the edge's verification: a forged token is refused here too, not asked about.
  app.get('/api/v1/operations', callableOperations(serviceUrls(config)));
  // Idle connections are dropped after 30 s, well before the services close theirs (65 s): a
  // request is never written on a connection the service is closing at that moment (a 502 for
  // nothing).
  const upstreamAgent = new Agent({
    keepAlive: true,
    maxSockets: config.UPSTREAM_MAX_SOCKETS,
    timeout: 30_000,
  });
  const proxy = serviceProxy(config, logger, upstreamAgent);
  app.use((req, res, next) => (ownerOf(req.path) ? proxy(req, res, next) : next()));
  app.use(portalProxy(config, upstreamAgent, logger));
  app.use(notFoundHandler());
  app.use(problemHandler(logger));
  return app;
}
