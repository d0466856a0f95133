import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { closeServer, pause, requestsGraceMs, serviceKeepAliveMs } from '@app/platform/service';
import { createWebApp } from './app.js';
import type { WebConfig } from './config.js';

export interface RunningWeb {
  url: string;
  stop(): Promise<void>;
}

/** The portal listening: stateless, so any number of replicas behind the gateway. */
export async function startWeb(config: WebConfig, logger: Logger): Promise<RunningWeb> {
  let stopping = false;
  const app = createWebApp(config, logger, () => stopping);
  const server = await new Promise<Server>((resolve, reject) => {
    // Express 5 hands a failed listen (a port in use) to the callback.
    const listening = app.listen(config.PORT, config.HOST, (error?: Error) =>
      error ? reject(error) : resolve(listening),
    );
  });
  // As every service: longer than the gateway keeps its idle connections to it.
  server.keepAliveTimeout = serviceKeepAliveMs;
  server.headersTimeout = serviceKeepAliveMs + 1_000;
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  logger.info({ url }, 'portal started');
  return {
    url,
    // Readiness fails first; after the delay no connection is taken and the pages being served
    // finish.
    stop: async () => {
      stopping = true;
      await pause(config.SHUTDOWN_DELAY_MS);
      await closeServer(
        server,
        requestsGraceMs(config.SHUTDOWN_GRACE_MS, config.SHUTDOWN_DELAY_MS),
      );
    },
  };
}
