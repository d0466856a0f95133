import { z } from 'zod';
import { developmentDefault, loadConfig, serviceEnvSchema } from '@app/platform/config';
import { documentStoreEnv, signatureEnv } from '@app/signed-documents';

export const configSchema = serviceEnvSchema
  .extend({
    PORT: z.coerce.number().int().min(0).max(65535).default(8084),
    /** Where catalog's ceiling ledger answers (approvals consume on it while the RUP waits). */
    CATALOG_URL: z.string().url().default('http://127.0.0.1:8082'),
    /** Where the ANAC gateway answers (the CIG request of an order is read there). */
    ANAC_GATEWAY_URL: z.string().url().default('http://127.0.0.1:8085'),
    SERVICE_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
    DOCUMENT_MAX_MB: z.coerce.number().int().min(1).max(100).default(20),
    /** How often approved orders past their supplier's deadline are marked acknowledged. */
    SUPPLIER_DEADLINE_SWEEP_MS: z.coerce.number().int().min(100).default(60_000),
    /** How often an order's live page stream looks for a new step. */
    LIVE_POLL_MS: z.coerce.number().int().min(100).max(60_000).default(1_000),
    /** The Nodo di Smistamento degli Ordini (NSO): its access point for the platform. */
    NSO_URL: z.string().url().default(developmentDefault('http://127.0.0.1:8094')),
    /** The platform's credential on NSO (a bearer token). */
    NSO_TOKEN: z.string().min(16).default(developmentDefault('nso-development-token-0000')),
    /** How often orders are handed to NSO and NSO's notifications read. */
    NSO_POLL_MS: z.coerce.number().int().min(100).max(600_000).default(2_000),
  })
  .and(documentStoreEnv)
  .and(signatureEnv);

export type Config = z.output<typeof configSchema>;

/** Parsed once at start-up; fails listing every bad variable. */
export const loadServiceConfig = (env: NodeJS.ProcessEnv = process.env): Readonly<Config> =>
  loadConfig(configSchema, env);
