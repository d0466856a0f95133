import { z } from 'zod';
import { loadConfig, serviceEnvSchema } from '@app/platform/config';

const seconds = z.string().regex(/^\d+(,\d+)*$/, 'secondi separati da virgole').transform((list) => list.split(',').map(Number));

export const configSchema = serviceEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(8086),
  /** Where links in messages point: the portal behind the gateway. */
  PUBLIC_URL: z.string().url().default('http://localhost:8080'),
  SMTP_URL: z.string().url().default('smtp://127.0.0.1:8025'),
  MAIL_FROM: z.string().min(3).default('Negozio Elettronico <noreply@negozio-elettronico.example>'),
  /** The PEC provider's submission server (smtp://user:password@host:port, STARTTLS); unset, PEC messages wait. */
  PEC_SMTP_URL: z.string().url().optional(),
  PEC_FROM: z.string().min(3).default('negozio-elettronico@pec.negozio-elettronico.example'),
  /** Waits between attempts of a message the server did not take; after the last one it has failed. */
  MAIL_RETRY_SECONDS: seconds.default([10, 30, 60, 300, 900, 1800, 3600, 7200]),
  MAIL_POLL_MS: z.coerce.number().int().min(50).default(1000),
});

export type Config = z.output<typeof configSchema>;

/** Parsed once at start-up; fails listing every bad variable. */
export const loadServiceConfig = (env: NodeJS.ProcessEnv = process.env): Readonly<Config> => loadConfig(configSchema, env);
