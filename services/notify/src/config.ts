import { z } from 'zod';
import { loadConfig, serviceEnvSchema } from '@app/platform/config';

export const configSchema = serviceEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(8086),
});

export type Config = z.output<typeof configSchema>;

/** Parsed once at start-up; fails listing every bad variable. */
export const loadServiceConfig = (env: NodeJS.ProcessEnv = process.env): Readonly<Config> => loadConfig(configSchema, env);
