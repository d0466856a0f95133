import { z } from 'zod';
import { loadConfig, serviceEnvSchema } from '@app/platform/config';
import { documentStoreEnv, signatureEnv } from '@app/signed-documents';

export const configSchema = serviceEnvSchema
  .extend({
    PORT: z.coerce.number().int().min(0).max(65535).default(8083),
    /** Where catalog's ceiling ledger answers (approvals reserve on it while the RUP waits). */
    CATALOG_URL: z.string().url().default('http://127.0.0.1:8082'),
    CATALOG_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
    /** Largest accepted upload. */
    DOCUMENT_MAX_MB: z.coerce.number().int().min(1).max(100).default(20),
  })
  .and(documentStoreEnv)
  .and(signatureEnv);

export type Config = z.output<typeof configSchema>;

/** Parsed once at start-up; fails listing every bad variable. */
export const loadServiceConfig = (env: NodeJS.ProcessEnv = process.env): Readonly<Config> =>
  loadConfig(configSchema, env);
