import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { readDemoIdentities } from '@app/identity';
import { createSpidIdp, selfSignedCredential } from '@app/sim-spid-idp';

export interface RunningSimulators {
  urls: { spidIdp: string };
  stop(): Promise<void>;
}

const listen = (server: Server, port: number) => new Promise<void>((resolve, reject) => {
  server.once('error', reject);
  server.listen(port, '127.0.0.1', resolve);
});

/**
 * The external systems `npm start` needs, simulated on loopback: the SPID identity provider. The demo
 * identities log in there with the same username and password as on the password form.
 */
export async function startSimulators(env: NodeJS.ProcessEnv, logger: Logger): Promise<RunningSimulators> {
  const identities = await readDemoIdentities(join(process.cwd(), 'demo', 'identities.json'));
  const spidPort = Number(env.SPID_IDP_PORT ?? 8090);
  const spidUrl = `http://127.0.0.1:${spidPort}`;
  const spid = createSpidIdp({ baseUrl: spidUrl, users: identities, credential: await selfSignedCredential('Simulatore SPID del Negozio Elettronico') });
  const spidServer = createServer(spid.app);
  await listen(spidServer, spidPort);
  logger.info({ url: spidUrl }, 'SPID IdP simulator started');
  return {
    urls: { spidIdp: spidUrl },
    stop: () => new Promise((resolve) => spidServer.close(() => resolve())),
  };
}
