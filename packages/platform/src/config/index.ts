import { z } from 'zod';
import { defined } from '../errors/index.js';

/** Raised once at start-up, naming every bad variable at the same time. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configurazione non valida:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once against a zod schema; fails listing every invalid variable. */
export function loadConfig<S extends z.ZodType>(
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): Readonly<z.output<S>> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  if (env.NODE_ENV === 'production') {
    const problems = productionProblems(parsed.data as Record<string, unknown>);
    if (problems.length) throw new ConfigError(problems);
  }
  return Object.freeze(parsed.data);
}

/**
 * Values the code ships for development (secrets, simulators' addresses): production refuses every
 * one.
 */
const developmentValues = new Set<string>();

/**
 * Marks a default as a development value: a process in production that would use it refuses to
 * start.
 */
export function developmentDefault<T extends string>(value: T): T {
  developmentValues.add(value);
  return value;
}

/** Secrets that say what they are: the development values of compose files and examples. */
const developmentWording = /development|sviluppo|change-?me|example-secret/i;
const secretName = /SECRET|PASSWORD|_KEY$|ACCOUNTS/;
const loopbackHosts = /^(localhost|127\.\d+\.\d+\.\d+|\[?::1\]?|0\.0\.0\.0|\[::\])$/i;
/** Hosts of the simulators of the external systems, as compose and the demo name them. */
const simulatorHosts = /^(simulators|[a-z0-9-]*simulat[a-z0-9.-]*|demo\.spid\.gov\.it)$/i;
const addressPattern = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * What production refuses in a parsed configuration: a development value, an address on the
 * loopback (in a container, that is the container itself) or of a simulator, a secret worded as a
 * development one.
 */
export function productionProblems(config: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const visit = (name: string, value: unknown) => {
    if (typeof value === 'string') {
      const problem = productionProblemOf(name, value);
      if (problem) problems.push(`${name}: ${problem}`);
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(`${name}[${index}]`, item));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(`${name}.${key}`, item);
    }
  };
  for (const [name, value] of Object.entries(config)) visit(name, value);
  return problems;
}

function productionProblemOf(name: string, value: string): string | undefined {
  if (developmentValues.has(value))
    return 'valore di sviluppo, non ammesso in produzione: impostarne uno proprio';
  const root = defined(name.split(/[.[]/)[0]);
  if (secretName.test(root) && developmentWording.test(value))
    return 'segreto di sviluppo, non ammesso in produzione';
  if (!addressPattern.test(value) || !URL.canParse(value)) return undefined;
  const address = new URL(value);
  if (loopbackHosts.test(address.hostname))
    return `indirizzo locale (${address.hostname}) non ammesso in produzione`;
  if (simulatorHosts.test(address.hostname))
    return `simulatore (${address.hostname}) non ammesso in produzione`;
  if (developmentWording.test(decodeURIComponent(address.password)))
    return "password di sviluppo nell'indirizzo, non ammessa in produzione";
  return undefined;
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

/** A JSON setting read by a schema; a bad one is refused as `<label>: <why>`. */
export function envJson<S extends z.ZodType>(schema: S, label: string) {
  return z.string().transform((text, context): z.output<S> => {
    try {
      return schema.parse(JSON.parse(text));
    } catch (error) {
      context.addIssue({ code: 'custom', message: `${label}: ${(error as Error).message}` });
      return z.NEVER;
    }
  });
}

/** Comma-separated list of file paths (blanks ignored; empty when unset). */
export const envFileList = z
  .string()
  .default('')
  .transform((value) =>
    value
      .split(',')
      .map((file) => file.trim())
      .filter(Boolean),
  );

/**
 * How a process stops on SIGTERM: readiness fails at once, work stops after the delay, the process
 * exits by the grace.
 */
export const shutdownEnv = {
  /**
   * Time for load balancers to see the failed readiness before the listener closes (Kubernetes: a
   * few seconds).
   */
  SHUTDOWN_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(0),
  /**
   * Longest the whole stop may take; past it the process exits with 1 (below
   * terminationGracePeriodSeconds).
   */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(1_000).max(300_000).default(25_000),
};

/** The variables every service reads: database, broker, HTTP, token verification, messaging. */
export const serviceEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.string().url('DATABASE_URL deve essere un URL postgres://'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  DATABASE_POOL_IDLE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  AMQP_URL: z.string().url().optional(),
  AMQP_EXCHANGE: z.string().min(1).default('events'),
  AMQP_QUEUE_TYPE: z.enum(['quorum', 'classic']).default('quorum'),
  AMQP_PREFETCH: z.coerce.number().int().min(1).max(1000).default(200),
  MESSAGE_RETRY_DELAYS_MS: envIntList.default([1000, 5000, 30000]),
  HOST: z.string().default('0.0.0.0'),
  JWKS_URL: z.string().url().default('http://127.0.0.1:8081/.well-known/jwks.json'),
  JWT_ISSUER: z.string().min(1).default(developmentDefault('http://localhost:8080')),
  JWT_AUDIENCE: z.string().min(1).default('negozio-elettronico'),
  REVOKED_SESSIONS_URL: z
    .string()
    .url()
    .default('http://127.0.0.1:8081/.well-known/revoked-sessions'),
  BODY_LIMIT: z.string().default('1mb'),
  /**
   * Who may state the client's address in X-Forwarded-For: the gateway (express `trust proxy`
   * syntax).
   */
  TRUSTED_PROXIES: z.string().min(1).default('loopback'),
  /**
   * Off where a release job runs the migrations once (Kubernetes); on for `npm start` and
   * containers alone.
   */
  MIGRATIONS_ON_START: envFlag.default(true),
  /**
   * A schema suffix for every service of a run (tests of separate processes): `catalog` →
   * `catalog_<suffix>`.
   */
  DATABASE_SCHEMA_SUFFIX: z
    .string()
    .regex(/^[a-z0-9_]{1,40}$/, 'DATABASE_SCHEMA_SUFFIX: lettere minuscole, cifre e _')
    .optional(),
  /**
   * Months the audit log keeps a row after its month ends (docs/operations.md «Conservazione»):
   * ten years, as the records of a contract's procedure are kept; older months go to the archive.
   */
  AUDIT_RETENTION_MONTHS: z.coerce.number().int().min(12).max(600).default(120),
  ...shutdownEnv,
});

export type ServiceEnv = z.output<typeof serviceEnvSchema>;
