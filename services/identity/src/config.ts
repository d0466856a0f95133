import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  developmentDefault,
  envFlag,
  envJson,
  loadConfig,
  serviceEnvSchema,
} from '@app/platform/config';
import { documentStoreEnv, signatureEnv } from '@app/signed-documents';

/** `name=url` pairs, comma-separated. */
const namedUrls = z.string().transform((value, ctx) => {
  const entries: Record<string, string> = {};
  for (const pair of value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [name, url] = pair.split(/=(.*)/s);
    if (!name || !url || !URL.canParse(url)) {
      ctx.addIssue({ code: 'custom', message: `voce non valida «${pair}»: atteso nome=url` });
      return z.NEVER;
    }
    entries[name] = url;
  }
  return entries;
});

/** An empty variable (a ConfigMap key left blank) is the same as an unset one. */
const blankAsUnset = (value: unknown) => (value === '' ? undefined : value);

const trustAnchorsSchema = z
  .array(
    z.object({
      entityId: z.string().url(),
      jwks: z.object({
        keys: z.array(z.looseObject({ kty: z.enum(['RSA', 'EC']), kid: z.string().min(1) })).min(1),
      }),
    }),
  )
  .min(1);
type TrustAnchorSetting = z.output<typeof trustAnchorsSchema>[number];

/** The pinned trust anchors: inline, or read from the file named (checked with the same schema). */
export function trustAnchorsOf(
  config: Pick<Config, 'OIDC_TRUST_ANCHORS' | 'OIDC_TRUST_ANCHORS_FILE'>,
): TrustAnchorSetting[] {
  if (config.OIDC_TRUST_ANCHORS.length > 0 || !config.OIDC_TRUST_ANCHORS_FILE)
    return config.OIDC_TRUST_ANCHORS;
  const parsed = trustAnchorsSchema.safeParse(
    JSON.parse(readFileSync(config.OIDC_TRUST_ANCHORS_FILE, 'utf8')),
  );
  if (!parsed.success)
    throw new Error(
      `OIDC_TRUST_ANCHORS_FILE ${config.OIDC_TRUST_ANCHORS_FILE}: ${parsed.error.message.slice(0, 300)}`,
    );
  return parsed.data;
}

export const configSchema = serviceEnvSchema
  .extend({
    PORT: z.coerce.number().int().min(0).max(65535).default(8081),
    /**
     * Where browsers reach the platform (the gateway): ACS, callback and metadata URLs are built on
     * it.
     */
    PUBLIC_URL: z.string().url().default('http://localhost:8080'),
    COOKIE_SECURE: envFlag.default(false),
    /**
     * The SPID identity providers trusted, each by its metadata URL (the registry in production).
     */
    SPID_IDPS: namedUrls.default({ demo: 'http://127.0.0.1:8090/metadata' }),
    SPID_ENTITY_ID: z.string().url().optional(),
    SPID_SP_ORGANIZATION: z.string().default('Negozio Elettronico'),
    SPID_SP_IPA_CODE: z
      .string()
      .regex(/^\S{1,11}$/, 'codice IPA: fino a 11 caratteri senza spazi')
      .default(developmentDefault('negelet')),
    /** The SP's seat, as its signing certificate names it (localityName). */
    SPID_SP_LOCALITY: z.string().min(1).default('Roma'),
    SPID_SP_CONTACT_EMAIL: z
      .string()
      .email()
      .default(developmentDefault('spid@negozio-elettronico.example')),
    /**
     * The SPID/CIE id OpenID Connect federation's trust anchors, keys pinned: JSON `[{"entityId":
     * "https://…", "jwks": {"keys": […]}}]` (the keys published by AgID and the Ministero
     * dell'Interno, never fetched on trust). The simulator's in development.
     */
    OIDC_TRUST_ANCHORS: z.preprocess(
      blankAsUnset,
      envJson(trustAnchorsSchema, 'OIDC_TRUST_ANCHORS non valido').default([]),
    ),
    /**
     * The same as a JSON file (a ConfigMap key mounted read-only in Kubernetes), when not given
     * inline.
     */
    OIDC_TRUST_ANCHORS_FILE: z.string().optional(),
    /** CIE id's OpenID provider, by its federation entity id. */
    CIE_PROVIDER: z.string().url().default(developmentDefault('http://127.0.0.1:8091/cie')),
    /**
     * SPID providers reached through OpenID Connect, `name=entity id` pairs (beside the SAML ones).
     */
    SPID_OIDC_PROVIDERS: namedUrls.default({ demo: 'http://127.0.0.1:8091/spid' }),
    /**
     * The trust marks received at onboarding, JSON `[{"id": "…", "trust_mark": "<jwt>"}]`; unset:
     * asked of each anchor's trust mark endpoint.
     */
    OIDC_TRUST_MARKS: z.preprocess(
      blankAsUnset,
      envJson(
        z.array(z.object({ id: z.string().url(), trust_mark: z.string().min(1) })),
        'OIDC_TRUST_MARKS non valido',
      ).optional(),
    ),
    /**
     * PEM bundle of the CAs whose CNS/CIE certificates are accepted (the AgID trusted list in
     * production).
     */
    CNS_CA_FILE: z.string().optional(),
    /**
     * Shared with the TLS terminator (the gateway): it signs each client certificate it forwards.
     */
    CNS_FORWARD_SECRET: z
      .string()
      .min(32)
      .default(developmentDefault('cns-forward-secret-for-development-only')),
    /**
     * The mail server first-access credentials are sent through (the mail simulator in
     * development).
     */
    SMTP_URL: z.string().url().default('smtp://127.0.0.1:8025'),
    MAIL_FROM: z
      .string()
      .min(3)
      .default(developmentDefault('Negozio Elettronico <noreply@negozio-elettronico.example>')),
    /** Password logins one client address may try in a minute, whatever the usernames. */
    LOGIN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).default(20),
    /** Days a temporary password stays usable before the person must ask for a new one. */
    FIRST_ACCESS_DAYS: z.coerce.number().int().min(1).max(30).default(7),
    /**
     * Encrypts the token-signing private keys (and undelivered temporary passwords) at rest;
     * required in production.
     */
    SIGNING_KEY_SECRET: z
      .string()
      .min(32, 'SIGNING_KEY_SECRET deve avere almeno 32 caratteri')
      .optional(),
  })
  .refine((c) => c.NODE_ENV !== 'production' || c.SIGNING_KEY_SECRET, {
    message: 'in produzione SIGNING_KEY_SECRET è obbligatorio (cifra le chiavi di firma)',
    path: ['SIGNING_KEY_SECRET'],
  })
  .refine((c) => c.NODE_ENV !== 'production' || c.COOKIE_SECURE, {
    message: 'in produzione COOKIE_SECURE deve essere true (i cookie di sessione solo su HTTPS)',
    path: ['COOKIE_SECURE'],
  })
  .refine((c) => c.NODE_ENV !== 'production' || c.PUBLIC_URL.startsWith('https://'), {
    message:
      'in produzione PUBLIC_URL deve essere https:// (SPID e CIE rifiutano ' +
      'altri indirizzi di ritorno)',
    path: ['PUBLIC_URL'],
  })
  .refine(
    (c) =>
      c.NODE_ENV !== 'production' || c.OIDC_TRUST_ANCHORS.length > 0 || c.OIDC_TRUST_ANCHORS_FILE,
    {
      message:
        'in produzione OIDC_TRUST_ANCHORS o OIDC_TRUST_ANCHORS_FILE è ' +
        'obbligatorio (i trust anchor della federazione SPID/CIE con le loro ' +
        'chiavi)',
      path: ['OIDC_TRUST_ANCHORS'],
    },
  )
  .refine((c) => c.NODE_ENV !== 'production' || !('demo' in c.SPID_OIDC_PROVIDERS), {
    message: "in produzione SPID_OIDC_PROVIDERS non può contenere l'identity provider «demo»",
    path: ['SPID_OIDC_PROVIDERS'],
  })
  .refine((c) => c.NODE_ENV !== 'production' || !('demo' in c.SPID_IDPS), {
    message: "in produzione SPID_IDPS non può contenere l'IdP «demo»",
    path: ['SPID_IDPS'],
  })
  // The signed modules of the registrations (seed 000) are kept and checked like every upload.
  .and(documentStoreEnv)
  .and(signatureEnv)
  .and(
    z.object({
      /** The largest signed registration module, in MiB. */
      DOCUMENT_MAX_MB: z.coerce.number().int().min(1).max(100).default(20),
    }),
  );

export type Config = z.output<typeof configSchema>;

/** Parsed once at start-up; fails listing every bad variable. */
export const loadServiceConfig = (env: NodeJS.ProcessEnv = process.env): Readonly<Config> =>
  loadConfig(configSchema, env);
