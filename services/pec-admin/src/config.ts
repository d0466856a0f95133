import { z } from 'zod';
import { envFileList, envIntList, loadConfig, serviceEnvSchema } from '@app/platform/config';

/** An Order's panel at the provider: its own credentials (seed 004) and how its new boxes start. */
const partnerAccount = z.object({
  user: z.string().min(1),
  password: z.string().min(1),
  /**
   * `immediata`: boxes loaded active (seed 004's convention); `accettazione`: non attivo until the
   * member accepts.
   */
  attivazione: z.enum(['immediata', 'accettazione']).default('immediata'),
});

const accounts = z
  .string()
  .default('{}')
  .transform((text, context) => {
    try {
      return z
        .record(z.string().regex(/^\d{11}$/, "codice fiscale dell'Ordine"), partnerAccount)
        .parse(JSON.parse(text));
    } catch (error) {
      context.addIssue({
        code: 'custom',
        message:
          `PEC_PARTNER_ACCOUNTS: JSON { codiceFiscaleOrdine: { user, password, ` +
          `attivazione } } (${(error as Error).message.slice(0, 200)})`,
      });
      return z.NEVER;
    }
  });

export const configSchema = serviceEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(8087),
  /** The provider's partner interface (HTTPS); without it requests wait, marked as such. */
  PEC_PARTNER_URL: z.string().url().optional(),
  /**
   * Certification authorities the partner interface's certificate chains to, besides the system's.
   */
  PEC_PARTNER_CA_FILE: envFileList,
  PEC_PARTNER_ACCOUNTS: accounts,
  /** The convention's domain: an INI-PEC row with an address there already has a box. */
  PEC_MAILBOX_DOMAIN: z.string().min(3).default('ingpec.eu'),
  PEC_PARTNER_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  PEC_PARTNER_POLL_MS: z.coerce.number().int().min(20).default(1_000),
  /** Waits before each new attempt while the provider is unreachable (the last repeats). */
  PEC_PARTNER_RETRY_MS: envIntList.default([1_000, 5_000, 30_000, 120_000, 600_000]),
  /**
   * How often an open case (a transfer outside the convention, an anomaly) or a box to accept is
   * asked about.
   */
  PEC_PARTNER_FOLLOW_MS: z.coerce.number().int().min(100).default(3_000),
});

export type Config = z.output<typeof configSchema>;

/** Parsed once at start-up; fails listing every bad variable. */
export const loadServiceConfig = (env: NodeJS.ProcessEnv = process.env): Readonly<Config> =>
  loadConfig(configSchema, env);
