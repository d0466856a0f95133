import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { serviceKeepAliveMs } from '@app/platform/service';
import { createWebApp } from './app.js';
import type { WebConfig } from './config.js';

export interface RunningWeb { url: string; stop(): Promise<void> }

/** The portal listening: stateless, so any number of replicas behind the gateway. */
export async function startWeb(config: WebConfig, logger: Logger): Promise<RunningWeb> {
  const app = createWebApp(config, logger);
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(config.PORT, config.HOST, () => resolve(listening));
    listening.once('error', reject);
  });
  // As every service: longer than the gateway keeps its idle connections to it.
  server.keepAliveTimeout = serviceKeepAliveMs;
  server.headersTimeout = serviceKeepAliveMs + 1_000;
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  logger.info({ url }, 'portal started');
  return {
    url,
    stop: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
