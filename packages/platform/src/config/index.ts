import { z } from 'zod';

/** Raised once at start-up, naming every bad variable at the same time. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configurazione non valida:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once against a zod schema; fails listing every invalid variable. */
export function loadConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): Readonly<z.output<S>> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`));
  }
  return Object.freeze(parsed.data);
}

/** Boolean environment flag: "true"/"1"/"yes" are true, anything else is false. */
export const envFlag = z
  .string()
  .optional()
  .transform((v) => v !== undefined && ['true', '1', 'yes'].includes(v.toLowerCase()));

/** Comma-separated list of integers (e.g. retry delays in milliseconds). */
export const envIntList = z
  .string()
  .regex(/^\d+(,\d+)*$/, 'atteso un elenco di interi separati da virgole')
  .transform((v) => v.split(',').map(Number));

/** Comma-separated list of file paths (blanks ignored; empty when unset). */
export const envFileList = z
  .string()
  .default('')
  .transform((value) => value.split(',').map((file) => file.trim()).filter(Boolean));

/** How a process stops on SIGTERM: readiness fails at once, work stops after the delay, the process exits by the grace. */
export const shutdownEnv = {
  /** Time for load balancers to see the failed readiness before the listener closes (Kubernetes: a few seconds). */
  SHUTDOWN_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(0),
  /** Longest the whole stop may take; past it the process exits with 1 (below terminationGracePeriodSeconds). */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(1_000).max(300_000).default(25_000),
};

/** The variables every service reads: database, broker, HTTP, token verification, messaging. */
export const serviceEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.string().url('DATABASE_URL deve essere un URL postgres://'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  AMQP_URL: z.string().url().optional(),
  AMQP_EXCHANGE: z.string().min(1).default('events'),
  AMQP_QUEUE_TYPE: z.enum(['quorum', 'classic']).default('quorum'),
  AMQP_PREFETCH: z.coerce.number().int().min(1).max(1000).default(200),
  MESSAGE_RETRY_DELAYS_MS: envIntList.default([1000, 5000, 30000]),
  HOST: z.string().default('0.0.0.0'),
  JWKS_URL: z.string().url().default('http://127.0.0.1:8081/.well-known/jwks.json'),
  JWT_ISSUER: z.string().min(1).default('http://localhost:8080'),
  JWT_AUDIENCE: z.string().min(1).default('negozio-elettronico'),
  REVOKED_SESSIONS_URL: z.string().url().default('http://127.0.0.1:8081/.well-known/revoked-sessions'),
  BODY_LIMIT: z.string().default('1mb'),
  /** Who may state the client's address in X-Forwarded-For: the gateway (express `trust proxy` syntax). */
  TRUSTED_PROXIES: z.string().min(1).default('loopback'),
  /** Off where a release job runs the migrations once (Kubernetes); on for `npm start` and containers alone. */
  MIGRATIONS_ON_START: envFlag.default(true),
  /** A schema suffix for every service of a run (tests of separate processes): `catalog` → `catalog_<suffix>`. */
  DATABASE_SCHEMA_SUFFIX: z.string().regex(/^[a-z0-9_]{1,40}$/, 'DATABASE_SCHEMA_SUFFIX: lettere minuscole, cifre e _').optional(),
  ...shutdownEnv,
});

export type ServiceEnv = z.output<typeof serviceEnvSchema>;
