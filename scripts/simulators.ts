import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { readDemoIdentities } from '@app/identity';
import { createCieOp } from '@app/sim-cie-op';
import { createSpidIdp, selfSignedCredential } from '@app/sim-spid-idp';
import { loadServiceConfig as identityConfig } from '@app/identity';

export interface RunningSimulators {
  urls: { spidIdp: string; cieOp: string };
  stop(): Promise<void>;
}

const listen = (server: Server, port: number) => new Promise<void>((resolve, reject) => {
  server.once('error', reject);
  server.listen(port, '127.0.0.1', resolve);
});

/**
 * The external systems `npm start` needs, simulated on loopback: the SPID identity provider and the CIE
 * OpenID provider. The demo identities log in there with the same username and password as on the
 * password form.
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

  // The CIE provider knows the platform as the client identity is configured with.
  const identity = identityConfig(env);
  const cieServer = createServer();
  await listen(cieServer, Number(env.CIE_OP_PORT ?? 8091));
  const cieUrl = `http://127.0.0.1:${(cieServer.address() as AddressInfo).port}`;
  const cie = createCieOp({
    issuer: cieUrl, users: identities,
    clients: [{ clientId: identity.CIE_CLIENT_ID, clientSecret: identity.CIE_CLIENT_SECRET, redirectUris: [`${identity.PUBLIC_URL}/api/v1/auth/cie/callback`] }],
  });
  cieServer.on('request', cie.app);
  logger.info({ url: cieUrl }, 'CIE OpenID provider simulator started');
  const close = (server: Server) => new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
  return {
    urls: { spidIdp: spidUrl, cieOp: cieUrl },
    stop: async () => {
      await close(spidServer);
      await close(cieServer);
    },
  };
}
