import { pino } from 'pino';
import {
  dropRunSchemas,
  freePort,
  ownVirtualHost,
  testDatabaseUrl,
  uniqueName,
  waitFor,
} from '@app/platform/testing';
import { dataSourcesOf, loadDemoWorld } from './demo-world.js';
import { ensureDemoSigning } from './demo-signing.js';
import { ensurePdndKey } from './pdnd-key.js';
import { startPlatform, type RunningPlatform } from './platform.js';
import { startSimulators, type RunningSimulators } from './simulators.js';

export interface DemoPlatform {
  /** The gateway as browsers reach it. */
  gateway: string;
  platform: RunningPlatform;
  simulators: RunningSimulators;
  stop(): Promise<void>;
}

/** The gateway's limits out of the way, for tests that call it faster than any person would. */
export const unlimitedRates = {
  RATE_LIMIT_PER_MINUTE: '1000000',
  RATE_LIMIT_PER_PERSON_PER_MINUTE: '1000000',
  RATE_LIMIT_PER_CLIENT_PER_MINUTE: '1000000',
  RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '1000000',
  RATE_LIMIT_PER_AGENCY_PER_MINUTE: '1000000',
  AGENCY_CONCURRENCY: '100000',
};

/** Every simulator on a free port, its pages pointing at the gateway. */
function startDemoSimulators(gateway: string, pdndKey: string, extraEnv: NodeJS.ProcessEnv) {
  return startSimulators(
    {
      DATABASE_URL: testDatabaseUrl(),
      SPID_IDP_PORT: '0',
      OIDC_FEDERATION_PORT: '0',
      ANAC_PCP_PORT: '0',
      NSO_PORT: '0',
      MAIL_SMTP_PORT: '0',
      MAIL_HTTP_PORT: '0',
      PEC_SMTP_PORT: '0',
      PEC_IMAP_PORT: '0',
      PEC_HTTP_PORT: '0',
      PEC_PARTNER_PORT: '0',
      QUALIFIED_CA_PORT: '0',
      PUBLIC_URL: gateway,
      PDND_PRIVATE_KEY_FILE: pdndKey,
      PEC_ANOMALY_RESOLVE_MS: extraEnv.PEC_ANOMALY_RESOLVE_MS,
      PCP_SIMULATOR_SCHEMA: extraEnv.PCP_SIMULATOR_SCHEMA,
      // Where AgID's compiled schematrons are at hand, NSO validates every document with them.
      NSO_VALIDATION_DIR: process.env.NSO_VALIDATION_DIR,
    },
    pino({ level: 'silent' }),
  );
}

/**
 * The ANAC gateway reads ANAC's code lists from the simulator as it starts; CIG requests are
 * checked against them, so the platform is ready (its /readyz, as an operator reads it) once every
 * list is read.
 */
async function platformReady(gateway: string) {
  await waitFor(async () => (await fetch(`${gateway}/readyz`)).ok || undefined, 60_000);
}

/**
 * What `npm start` runs (simulators, every service, the gateway, the demo world), on free ports,
 * for tests.
 */
export async function startDemoPlatform(
  extraEnv: NodeJS.ProcessEnv = {},
  options: { broker?: 'in-process' | 'rabbitmq' } = {},
): Promise<DemoPlatform> {
  const port = await freePort();
  // Each run has schemas of its own: data left by earlier runs (or an older demo world) cannot leak
  // in.
  const run = uniqueName('demo').replace(/^demo_?/, '');
  const gateway = `http://localhost:${port}`;
  const pdndKey = ensurePdndKey();
  // On RabbitMQ (when asked and reachable), a virtual host of this run's own: queues named after
  // the services never meet another run's. Otherwise the services share the in-process transport.
  const amqp = options.broker === 'rabbitmq' ? process.env.AMQP_URL : undefined;
  const vhost = amqp ? await ownVirtualHost(amqp, 'demo') : undefined;
  const simulators = await startDemoSimulators(gateway, pdndKey, {
    PCP_SIMULATOR_SCHEMA: `anac_pcp_simulator_${run}`,
    ...extraEnv,
  });
  const platform = await startPlatform(
    {
      ...simulators.anacEnv,
      ...simulators.nsoEnv,
      ...simulators.mailEnv,
      ...simulators.federationEnv,
      PDND_PRIVATE_KEY_FILE: pdndKey,
      DATABASE_URL: testDatabaseUrl(),
      LOG_LEVEL: process.env.DEMO_LOG_LEVEL ?? 'silent',
      PORT: String(port),
      PUBLIC_URL: gateway,
      CORS_ORIGINS: gateway,
      SPID_IDPS: `demo=${simulators.urls.spidIdp}/metadata`,
      SIGNATURE_TRUSTED_CA_FILES: (await ensureDemoSigning()).caFile,
      ...(vhost ? { AMQP_URL: vhost.url } : {}),
      ...extraEnv,
    },
    { servicePorts: 0, schemaSuffix: run },
  );
  const stop = async () => {
    await platform.stop();
    await simulators.stop();
    await vhost?.remove();
    await dropRunSchemas(run);
  };
  try {
    await loadDemoWorld(dataSourcesOf(platform));
    await platformReady(gateway);
  } catch (error) {
    // What was started is stopped: a test whose world failed to load fails, it does not hang.
    await stop().catch(() => undefined);
    throw error;
  }
  return { gateway, platform, simulators, stop };
}
