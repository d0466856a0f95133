import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Caller } from '@app/platform/auth';
import { createGatewayApp } from './app.js';
import type { GatewayConfig } from './config.js';

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

export async function startGateway(config: GatewayConfig, logger: Logger, verifyToken: (token: string) => Promise<Caller>): Promise<RunningGateway> {
  const app = createGatewayApp(config, logger, verifyToken);
  const server = await new Promise<import('node:http').Server>((resolve, reject) => {
    const listening = app.listen(config.PORT, config.HOST, () => resolve(listening));
    listening.once('error', reject);
  });
  const url = `http://localhost:${(server.address() as AddressInfo).port}`;
  logger.info({ url }, 'gateway started');
  return {
    url,
    stop: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
