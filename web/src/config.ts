import { z } from 'zod';
import { developmentDefault, envFlag, loadConfig, shutdownEnv } from '@app/platform/config';

export const webConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    PORT: z.coerce.number().int().min(0).max(65535).default(8088),
    HOST: z.string().default('0.0.0.0'),
    /** The platform's public API as the portal calls it: the gateway. */
    PLATFORM_API_URL: z.string().url().default('http://127.0.0.1:8080'),
    /** Signs the CSRF tokens of the portal's forms; every replica shares it. */
    CSRF_SECRET: z
      .string()
      .min(32)
      .default(developmentDefault('csrf-secret-of-the-portal-for-development-only')),
    /**
     * Shared with the gateway, which then counts the person's address, not the portal's, in its
     * limits.
     */
    PORTAL_FORWARD_SECRET: z
      .string()
      .min(32)
      .default(developmentDefault('portal-forward-secret-for-development-only')),
    /** Cookies only over HTTPS (production). */
    COOKIE_SECURE: envFlag,
    /** How often the portal's live pages ask for news when the browser has no event stream. */
    LIVE_RETRY_MS: z.coerce.number().int().min(100).default(2000),
    /**
     * /metrics on a port of its own (Prometheus inside the cluster); unset, no metrics listener.
     */
    METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
    /** «Contatti»: the platform's help desk, as the site publishes it (unset: not shown). */
    SUPPORT_EMAIL: z.email().optional(),
    SUPPORT_PHONE: z.string().max(40).optional(),
    SUPPORT_HOURS: z.string().max(200).default('dal lunedì al venerdì, dalle 8:30 alle 18:30'),
    ...shutdownEnv,
  })
  .refine((c) => c.NODE_ENV !== 'production' || c.COOKIE_SECURE, {
    message: 'in produzione COOKIE_SECURE deve essere true (i cookie di sessione solo su HTTPS)',
    path: ['COOKIE_SECURE'],
  });

export type WebConfig = z.output<typeof webConfigSchema>;

export const loadWebConfig = (env: NodeJS.ProcessEnv = process.env) =>
  loadConfig(webConfigSchema, env);
