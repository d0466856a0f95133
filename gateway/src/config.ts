import { z } from 'zod';
import { developmentDefault, loadConfig, shutdownEnv } from '@app/platform/config';
import { serviceNames, type ServiceName } from '@app/events';

export { serviceNames, type ServiceName };

const url = (port: number) => z.string().url().default(`http://127.0.0.1:${port}`);

export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    HOST: z.string().default('0.0.0.0'),
    IDENTITY_URL: url(8081),
    CATALOG_URL: url(8082),
    ADHESION_URL: url(8083),
    ORDERING_URL: url(8084),
    ANAC_GATEWAY_URL: url(8085),
    NOTIFY_URL: url(8086),
    PEC_ADMIN_URL: url(8087),
    /** The portal: every path that is not the API's. */
    WEB_URL: url(8088),
    /**
     * Shared with the portal: its calls carry the person's address, counted in the limits instead
     * of the portal's.
     */
    PORTAL_FORWARD_SECRET: z
      .string()
      .min(32)
      .default(developmentDefault('portal-forward-secret-for-development-only')),
    JWKS_URL: z.string().url().default('http://127.0.0.1:8081/.well-known/jwks.json'),
    JWT_ISSUER: z.string().min(1).default(developmentDefault('http://localhost:8080')),
    JWT_AUDIENCE: z.string().min(1).default('negozio-elettronico'),
    REVOKED_SESSIONS_URL: z
      .string()
      .url()
      .default('http://127.0.0.1:8081/.well-known/revoked-sessions'),
    /** Requests a minute of a caller without a token, counted by address. */
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
    /** Requests a minute of one person (their token's subject), wherever they call from. */
    RATE_LIMIT_PER_PERSON_PER_MINUTE: z.coerce.number().int().min(1).default(600),
    /** Requests a minute of one partner system (its client id). */
    RATE_LIMIT_PER_CLIENT_PER_MINUTE: z.coerce.number().int().min(1).default(1200),
    /**
     * Requests a minute from one address, everyone behind it together (an office's NAT): a flood
     * guard, well above one person's limit.
     */
    RATE_LIMIT_PER_ADDRESS_PER_MINUTE: z.coerce.number().int().min(1).default(6000),
    /**
     * Requests a minute of one agency, all its people and partner systems together: no agency takes
     * more than its share of the platform, whatever the number of its people.
     */
    RATE_LIMIT_PER_AGENCY_PER_MINUTE: z.coerce.number().int().min(1).default(12_000),
    /** Requests of one agency in flight at once in this gateway (live event streams aside). */
    AGENCY_CONCURRENCY: z.coerce.number().int().min(1).default(64),
    /** Kept-alive connections from the gateway to each service. */
    UPSTREAM_MAX_SOCKETS: z.coerce.number().int().min(1).max(10_000).default(128),
    CORS_ORIGINS: z
      .string()
      .default('http://localhost:8080')
      .transform((v) =>
        v
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean),
      ),
    /**
     * Hops of trusted proxies in front (Kubernetes ingress): decides which X-Forwarded-For entry is
     * the client.
     */
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).default(0),
    /** HTTPS with client certificates for CNS login; off unless a port and the files are set. */
    CNS_TLS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
    TLS_CERT_FILE: z.string().optional(),
    TLS_KEY_FILE: z.string().optional(),
    /** PEM bundle of the CAs whose CNS/CIE certificates are accepted. */
    CNS_CA_FILE: z.string().optional(),
    /**
     * Shared with the identity service, which accepts a forwarded certificate only under this
     * secret.
     */
    CNS_FORWARD_SECRET: z
      .string()
      .min(32)
      .default(developmentDefault('cns-forward-secret-for-development-only')),
    /**
     * /metrics on a port of its own (Prometheus inside the cluster); unset, no metrics listener.
     */
    METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
    ...shutdownEnv,
  })
  .refine(
    (c) => c.CNS_TLS_PORT === undefined || (c.TLS_CERT_FILE && c.TLS_KEY_FILE && c.CNS_CA_FILE),
    {
      message: 'CNS_TLS_PORT richiede TLS_CERT_FILE, TLS_KEY_FILE e CNS_CA_FILE',
      path: ['CNS_TLS_PORT'],
    },
  );

export type GatewayConfig = z.output<typeof configSchema>;

export const loadGatewayConfig = (env: NodeJS.ProcessEnv = process.env): Readonly<GatewayConfig> =>
  loadConfig(configSchema, env);

/** The variable that tells the gateway where a service is: `anac-gateway` → `ANAC_GATEWAY_URL`. */
export function serviceUrlVariable(service: ServiceName): keyof GatewayConfig & `${string}_URL` {
  return `${service.toUpperCase().replaceAll('-', '_')}_URL` as keyof GatewayConfig &
    `${string}_URL`;
}

export function serviceUrls(config: GatewayConfig): Record<ServiceName, string> {
  return Object.fromEntries(
    serviceNames.map((name) => [name, config[serviceUrlVariable(name)]]),
  ) as Record<ServiceName, string>;
}
