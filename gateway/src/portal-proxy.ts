import type { Agent } from 'node:http';
import type { Request, RequestHandler, Response } from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';
import type { Logger } from 'pino';
import type { GatewayConfig } from './config.js';
import { portalOwns } from './routes.table.js';

/**
 * Pages and assets go to the portal; when it does not answer, the person reads why in a plain page.
 */
export function portalProxy(config: GatewayConfig, agent: Agent, logger: Logger): RequestHandler {
  const proxy = createProxyMiddleware<Request, Response>({
    target: config.WEB_URL,
    changeOrigin: false,
    xfwd: false,
    agent,
    proxyTimeout: 30_000,
    on: {
      error: (error, _req, res) => {
        logger.warn({ reason: error.message }, 'portal unreachable');
        const response = res as Response;
        if (response.headersSent) return;
        response
          .status(502)
          .type('html')
          .send(
            '<!doctype html><html lang="it"><head><meta ' +
              'charset="utf-8"><title>Negozio Elettronico</title></head>' +
              '<body><h1>Portale non raggiungibile</h1><p>Il portale non risponde: ' +
              'riprova tra qualche istante.</p></body></html>',
          );
      },
    },
  });
  return (req, res, next) => (portalOwns(req.path) ? proxy(req, res, next) : next());
}
