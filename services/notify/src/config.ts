import { z } from 'zod';
import { developmentDefault, envIntList, loadConfig, serviceEnvSchema } from '@app/platform/config';
import { secretsKeysEnv } from '@app/platform/secrets';
import { documentStoreEnv, signatureEnv } from '@app/signed-documents';

/**
 * Development's envelope key for the secrets notify keeps (production refuses it: SECRETS_KEYS is
 * the operator's).
 */
const developmentSecretsKeys = 'sviluppo:bmVnb3ppby1lbGV0dHJvbmljby1zdmlsdXBwby0zMmI=';

export const configSchema = serviceEnvSchema
  .extend({
    PORT: z.coerce.number().int().min(0).max(65535).default(8086),
    /** Where links in messages point: the portal behind the gateway. */
    PUBLIC_URL: z.string().url().default('http://localhost:8080'),
    /**
     * Months the inbox keeps a notification after its month ends (docs/operations.md
     * «Conservazione»): a copy of what the services keep themselves, so two years, then archived.
     */
    NOTIFICATION_RETENTION_MONTHS: z.coerce.number().int().min(1).max(240).default(24),
    /**
     * Months the partner feed keeps an event: a year for a partner to catch up after an outage;
     * webhooks and queues delivered it long before.
     */
    FEED_RETENTION_MONTHS: z.coerce.number().int().min(1).max(240).default(12),
    /** Months the webhooks' delivery attempts are kept, for diagnosing an endpoint. */
    WEBHOOK_ATTEMPT_RETENTION_MONTHS: z.coerce.number().int().min(1).max(240).default(6),
    SMTP_URL: z.string().url().default('smtp://127.0.0.1:8025'),
    MAIL_FROM: z
      .string()
      .min(3)
      .default(developmentDefault('Negozio Elettronico <noreply@negozio-elettronico.example>')),
    /**
     * The PEC provider's submission server (smtp://user:password@host:port, STARTTLS); unset, PEC
     * messages wait.
     */
    PEC_SMTP_URL: z.string().url().optional(),
    PEC_FROM: z
      .string()
      .min(3)
      .default(developmentDefault('negozio-elettronico@pec.negozio-elettronico.example')),
    /**
     * The same mailbox read over IMAP (imap:// or imaps://user:password@host:port) for the
     * provider's receipts.
     */
    PEC_IMAP_URL: z.string().url().optional(),
    /**
     * The PEC provider's certification authority (PEM): its receipts' signatures and its servers'
     * TLS.
     */
    PEC_CA_FILE: z.string().min(1).optional(),
    PEC_POLL_MS: z.coerce.number().int().min(100).default(5000),
    /**
     * Waits between attempts of a message the server did not take; after the last one it has
     * failed.
     */
    MAIL_RETRY_SECONDS: envIntList.default([10, 30, 60, 300, 900, 1800, 3600, 7200]),
    MAIL_POLL_MS: z.coerce.number().int().min(50).default(1000),
    /**
     * Messages one sender transaction takes, a share from each agency with messages waiting: a
     * message queued meanwhile waits for the batch in flight, so small batches keep it short.
     */
    MAIL_BATCH: z.coerce.number().int().min(1).max(500).default(10),
    /** SMTP connections kept open to the mail server, each sending one message after another. */
    MAIL_CONNECTIONS: z.coerce.number().int().min(1).max(50).default(5),
    /**
     * Agencies told per batch of a contract-wide notice (every adhering agency): each batch is one
     * short transaction, so others' messages pass between batches.
     */
    FANOUT_BATCH_AGENCIES: z.coerce.number().int().min(1).max(5000).default(100),
    /** How often the next batch is told: 100 agencies every 200 ms is 500 agencies a second. */
    FANOUT_POLL_MS: z.coerce.number().int().min(20).default(200),
    /** How often a page's live inbox stream looks for changes. */
    LIVE_POLL_MS: z.coerce.number().int().min(100).max(60_000).default(1_000),
    /**
     * Envelope keys of the webhook secrets and signing keys kept in the database: `id:key` pairs,
     * the current one first.
     */
    SECRETS_KEYS: z
      .string()
      .default(developmentDefault(developmentSecretsKeys))
      .refine(
        (value) => secretsKeysEnv.safeParse(value).success,
        'SECRETS_KEYS: voci id:chiave separate da virgole, chiavi di 32 byte in ' +
          'base64, la corrente per prima',
      ),
    /**
     * Signs the partner feed's cursors (bound to the agency); set the same value on every replica.
     */
    FEED_CURSOR_SECRET: z
      .string()
      .min(16)
      .default(developmentDefault('cursore-del-feed-di-sviluppo-da-cambiare')),
    /**
     * Waits between webhook attempts after the first (as Svix: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h,
     * 10 h).
     */
    WEBHOOK_RETRY_SECONDS: envIntList.default([5, 300, 1800, 7200, 18000, 36000, 36000]),
    WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
    WEBHOOK_POLL_MS: z.coerce.number().int().min(20).default(500),
    WEBHOOK_BATCH: z.coerce.number().int().min(1).max(1000).default(100),
    /** An endpoint failing every attempt for this long is turned off (5 days). */
    WEBHOOK_DISABLE_AFTER_SECONDS: z.coerce.number().int().min(0).default(432_000),
    /** After a rotation the old secret still signs for this long (a day). */
    WEBHOOK_SECRET_OVERLAP_SECONDS: z.coerce.number().int().min(0).default(86_400),
    /**
     * RabbitMQ's management API (http://user:password@host:15672), to give partners their own
     * queues and users.
     */
    AMQP_MANAGEMENT_URL: z.string().url().optional(),
    /** The broker address partners connect to, when it is not the one the platform uses. */
    AMQP_PUBLIC_URL: z.string().url().optional(),
    AMQP_RELAY_POLL_MS: z.coerce.number().int().min(20).default(200),
    /** Development only: endpoints on private and loopback addresses, over plain HTTP. */
    WEBHOOK_ALLOW_PRIVATE: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
    /** Largest document attached to a Comunicazione. */
    DOCUMENT_MAX_MB: z.coerce.number().int().min(1).max(100).default(20),
    /**
     * PEM files of the certification authorities whose signatures on attachments are recognised
     * (comma-separated).
     */
  })
  .and(documentStoreEnv)
  .and(signatureEnv);

export type Config = z.output<typeof configSchema>;

/** Parsed once at start-up; fails listing every bad variable. */
export const loadServiceConfig = (env: NodeJS.ProcessEnv = process.env): Readonly<Config> =>
  loadConfig(configSchema, env);
