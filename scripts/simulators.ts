import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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
  // The IdP names itself by its URL, so the port is settled (0: any free one) before it is built.
  const spidServer = createServer();
  await listen(spidServer, Number(env.SPID_IDP_PORT ?? 8090));
  const spidUrl = `http://127.0.0.1:${(spidServer.address() as AddressInfo).port}`;
  const spid = createSpidIdp({ baseUrl: spidUrl, users: identities, credential: await selfSignedCredential('Simulatore SPID del Negozio Elettronico') });
  spidServer.on('request', spid.app);
  logger.info({ url: spidUrl }, 'SPID IdP simulator started');
  return {
    urls: { spidIdp: spidUrl },
    stop: () => new Promise((resolve) => spidServer.close(() => resolve())),
  };
}
