import { z } from 'zod';
import { loadConfig, serviceEnvSchema } from '@app/platform/config';

export const configSchema = serviceEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(8082),
  /** How long a replica answers a repeated "Elenco contratti" search from memory; 0 turns it off. */
  SEARCH_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(10),
});

export type Config = z.output<typeof configSchema>;

/** Parsed once at start-up; fails listing every bad variable. */
export const loadServiceConfig = (env: NodeJS.ProcessEnv = process.env): Readonly<Config> => loadConfig(configSchema, env);
