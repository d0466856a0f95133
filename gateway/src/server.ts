import { readFile } from 'node:fs/promises';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import type { Logger } from 'pino';
import type { Caller } from '@app/platform/auth';
import { closeServer, pause, requestsGraceMs } from '@app/platform/service';
import { createGatewayApp } from './app.js';
import type { GatewayConfig } from './config.js';
import { defined } from '@app/platform/errors';

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

export async function startGateway(
  config: GatewayConfig,
  logger: Logger,
  verifyToken: (token: string) => Promise<Caller>,
): Promise<RunningGateway> {
  let stopping = false;
  const app = createGatewayApp(config, logger, verifyToken, () => stopping);
  const server = await new Promise<import('node:http').Server>((resolve, reject) => {
    // Express 5 hands a failed listen (a port in use) to the callback.
    const listening = app.listen(config.PORT, config.HOST, (error?: Error) =>
      error ? reject(error) : resolve(listening),
    );
  });
  keepIdleConnections(server);
  const url = `http://localhost:${(server.address() as AddressInfo).port}`;
  logger.info({ url }, 'gateway started');
  const tls = config.CNS_TLS_PORT === undefined ? undefined : await listenTls(app, config);
  if (tls)
    logger.info(
      { port: (tls.address() as AddressInfo).port },
      'gateway HTTPS with client certificates (CNS) started',
    );
  return {
    url,
    // Readiness fails first; after the delay no connection is taken and the requests in flight
    // finish.
    stop: async () => {
      stopping = true;
      await pause(config.SHUTDOWN_DELAY_MS);
      const forceAfterMs = requestsGraceMs(config.SHUTDOWN_GRACE_MS, config.SHUTDOWN_DELAY_MS);
      await Promise.all(
        [server, tls]
          .filter((listening) => listening !== undefined)
          .map((listening) => closeServer(listening, forceAfterMs)),
      );
    },
  };
}

/**
 * Clients close an idle connection a little before the time the server announces (undici: the
 * announced time minus one or two seconds, checked on a one-second tick). Node's default of 5 s
 * leaves too little room on a loaded machine: a client then writes its next request on a connection
 * the gateway is closing and sees "other side closed". A minute is what load balancers use.
 */
function keepIdleConnections(server: import('node:http').Server): void {
  server.keepAliveTimeout = clientKeepAliveMs;
  server.headersTimeout = clientKeepAliveMs + 1_000;
}

const clientKeepAliveMs = 60_000;

/**
 * The HTTPS listener for CNS: it asks for a client certificate and verifies it against the CNS CAs,
 * but still serves clients without one (they reach every route except a successful CNS login).
 */
export function createCnsTlsServer(
  app: Express,
  files: { cert: string; key: string; ca: string },
): HttpsServer {
  return createHttpsServer(
    {
      cert: files.cert,
      key: files.key,
      ca: files.ca,
      requestCert: true,
      rejectUnauthorized: false,
    },
    app,
  );
}

async function listenTls(app: Express, config: GatewayConfig): Promise<HttpsServer> {
  const server = createCnsTlsServer(app, {
    cert: await readFile(defined(config.TLS_CERT_FILE), 'utf8'),
    key: await readFile(defined(config.TLS_KEY_FILE), 'utf8'),
    ca: await readFile(defined(config.CNS_CA_FILE), 'utf8'),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.CNS_TLS_PORT, config.HOST, resolve);
  });
  keepIdleConnections(server);
  return server;
}
