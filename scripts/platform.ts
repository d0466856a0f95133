import { tokenVerifierFor } from '@app/platform/auth';
import { createLogger } from '@app/platform/logger';
import { InProcessTransport } from '@app/platform/messaging';
import { freePort } from '@app/platform/testing';
import { startService, type RunningService } from '@app/platform/service';
import type { ServiceName } from '@app/events';
import {
  loadGatewayConfig,
  serviceUrlVariable,
  startGateway,
  type RunningGateway,
} from '@app/gateway';
import { loadWebConfig, startWeb, type RunningWeb } from '@app/web';
import { platformServices } from './platform-services.js';

export interface RunningPlatform {
  gateway: RunningGateway;
  services: RunningService[];
  web: RunningWeb;
  stop(): Promise<void>;
}

type PlatformOptions = { servicePorts?: 0; schemaSuffix?: string };

/** The services' environment: no gateway PORT; with free ports, identity's chosen now for every verifier. */
async function servicesEnv(env: NodeJS.ProcessEnv, options: PlatformOptions) {
  // A PORT meant for the gateway must not leak into the services.
  const { PORT: _gatewayPort, ...serviceEnv } = env;
  if (options.servicePorts === 0) {
    serviceEnv.PORT = '0';
    // Every verifier needs identity's address before identity starts, so identity's port is chosen
    // now.
    const identityUrl = `http://127.0.0.1:${await freePort()}`;
    serviceEnv.IDENTITY_URL = identityUrl;
    serviceEnv.JWKS_URL ??= `${identityUrl}/.well-known/jwks.json`;
    serviceEnv.REVOKED_SESSIONS_URL ??= `${identityUrl}/.well-known/revoked-sessions`;
  }
  serviceEnv.DATABASE_POOL_SIZE ??= '4';
  return serviceEnv;
}

/** Starts each service in turn; each one's address is handed to those started after it. */
async function startServices(
  serviceEnv: NodeJS.ProcessEnv,
  options: PlatformOptions,
  running: { services: RunningService[]; shared: InProcessTransport | undefined; level: string },
) {
  for (const { definition, loadConfig } of platformServices) {
    const env =
      definition.name === 'identity' && serviceEnv.IDENTITY_URL
        ? { ...serviceEnv, PORT: new URL(serviceEnv.IDENTITY_URL).port }
        : serviceEnv;
    const schema = options.schemaSuffix
      ? `${definition.schema}_${options.schemaSuffix}`
      : definition.schema;
    const started = await startService(
      { ...definition, schema },
      {
        config: loadConfig(env),
        transport: running.shared,
        logger: createLogger(definition.name, running.level),
      },
    );
    running.services.push(started);
    // Services started later call this one where a person waits (adhesion → catalog's ceiling).
    serviceEnv[serviceUrlVariable(started.name as ServiceName)] ??= started.url;
  }
}

/** The gateway's port: the one asked, a free one for tests, else 8080. */
async function gatewayPortFor(env: NodeJS.ProcessEnv, options: PlatformOptions) {
  if (env.PORT && env.PORT !== '0') return env.PORT;
  if (env.PORT === '0' || options.servicePorts === 0) return String(await freePort());
  return '8080';
}

/** The gateway in front of the services and the portal, verifying tokens as identity signs them. */
function startFrontGateway(
  env: NodeJS.ProcessEnv,
  serviceEnv: NodeJS.ProcessEnv,
  running: { services: RunningService[]; web: RunningWeb; port: string; level: string },
) {
  const gatewayEnv: NodeJS.ProcessEnv = {
    ...env,
    PORT: running.port,
    WEB_URL: running.web.url,
    JWKS_URL: serviceEnv.JWKS_URL,
    REVOKED_SESSIONS_URL: serviceEnv.REVOKED_SESSIONS_URL,
  };
  for (const service of running.services)
    gatewayEnv[serviceUrlVariable(service.name as ServiceName)] ??= service.url;
  const config = loadGatewayConfig(gatewayEnv);
  return startGateway(config, createLogger('gateway', running.level), tokenVerifierFor(config));
}

/**
 * Every service and the gateway in this process. Without AMQP_URL the services share the in-process
 * transport; with it each one has its own RabbitMQ connection, as in containers. `servicePorts: 0`
 * gives each service a free port (tests); otherwise each keeps its default. `schemaSuffix` gives
 * each service a schema of its own for this run (tests), so earlier runs' data cannot leak in.
 */
export async function startPlatform(
  env: NodeJS.ProcessEnv,
  options: PlatformOptions = {},
): Promise<RunningPlatform> {
  const level = env.LOG_LEVEL ?? 'info';
  const serviceEnv = await servicesEnv(env, options);
  const shared = serviceEnv.AMQP_URL ? undefined : new InProcessTransport();
  const services: RunningService[] = [];
  let gateway: RunningGateway | undefined;
  let web: RunningWeb | undefined;
  const stop = async () => {
    await gateway?.stop();
    await web?.stop();
    // Relays first and all at once: none should be mid-cycle while the others' databases go away.
    await Promise.all(services.map((service) => service.relay.stop()));
    for (const service of [...services].reverse()) await service.stop().catch(() => undefined);
    await shared?.close();
  };
  try {
    await startServices(serviceEnv, options, { services, shared, level });
    // The portal calls the gateway, which is not listening yet: its port is chosen now.
    const port = await gatewayPortFor(env, options);
    const webPort = options.servicePorts === 0 ? '0' : env.WEB_PORT;
    const webEnv = { ...env, PORT: webPort, PLATFORM_API_URL: `http://127.0.0.1:${port}` };
    web = await startWeb(loadWebConfig(webEnv), createLogger('web', level));
    gateway = await startFrontGateway(env, serviceEnv, { services, web, port, level });
    return { gateway, services, web, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
