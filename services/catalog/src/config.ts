import { z } from 'zod';
import { developmentDefault, loadConfig, serviceEnvSchema } from '@app/platform/config';
import { documentStoreEnv, signatureEnv } from '@app/signed-documents';

export const configSchema = serviceEnvSchema
  .extend({
    PORT: z.coerce.number().int().min(0).max(65535).default(8082),
    /** Where the platform is reached from outside: the URI of published open data. */
    PUBLIC_URL: z.string().url().default('http://localhost:8080'),
    /**
     * The publisher of the open data: the platform's operator, by codice fiscale (OCDS
     * publisher.scheme/uid).
     */
    OCDS_PUBLISHER_NAME: z.string().min(2).default('Negozio Elettronico'),
    OCDS_PUBLISHER_SCHEME: z.string().min(2).default('IT-CF'),
    OCDS_PUBLISHER_UID: z.string().min(1).default(developmentDefault('99999999990')),
    /** The OCDS ocid prefix registered for this publisher ("ocds-" and six characters). */
    OCDS_PREFIX: z
      .string()
      .regex(/^ocds-[a-z0-9]{6}$/, 'OCDS_PREFIX deve essere "ocds-" seguito da sei caratteri')
      .default('ocds-negele'),
    /**
     * How long a replica answers a repeated "Elenco contratti" search from memory; 0 turns it off.
     */
    SEARCH_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(10),
    /** The largest model of a contract's Documentazione allegata, in MiB. */
    DOCUMENT_MAX_MB: z.coerce.number().int().min(1).max(100).default(20),
  })
  .and(documentStoreEnv)
  .and(signatureEnv);

export type Config = z.output<typeof configSchema>;

/** Parsed once at start-up; fails listing every bad variable. */
export const loadServiceConfig = (env: NodeJS.ProcessEnv = process.env): Readonly<Config> =>
  loadConfig(configSchema, env);
