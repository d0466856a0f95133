import { z } from 'zod';
import { developmentDefault, envFlag, loadConfig, serviceEnvSchema } from '@app/platform/config';

/** `name=url` pairs, comma-separated. */
const namedUrls = z.string().transform((value, ctx) => {
  const entries: Record<string, string> = {};
  for (const pair of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [name, url] = pair.split(/=(.*)/s);
    if (!name || !url || !URL.canParse(url)) {
      ctx.addIssue({ code: 'custom', message: `voce non valida «${pair}»: atteso nome=url` });
      return z.NEVER;
    }
    entries[name] = url;
  }
  return entries;
});

export const configSchema = serviceEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(8081),
  /** Where browsers reach the platform (the gateway): ACS, callback and metadata URLs are built on it. */
  PUBLIC_URL: z.string().url().default('http://localhost:8080'),
  COOKIE_SECURE: envFlag.default(false),
  /** The SPID identity providers trusted, each by its metadata URL (the registry in production). */
  SPID_IDPS: namedUrls.default({ demo: 'http://127.0.0.1:8090/metadata' }),
  SPID_ENTITY_ID: z.string().url().optional(),
  SPID_SP_ORGANIZATION: z.string().default('Negozio Elettronico'),
  SPID_SP_IPA_CODE: z.string().regex(/^\S{1,11}$/, 'codice IPA: fino a 11 caratteri senza spazi').default(developmentDefault('negelet')),
  /** The SP's seat, as its signing certificate names it (localityName). */
  SPID_SP_LOCALITY: z.string().min(1).default('Roma'),
  SPID_SP_CONTACT_EMAIL: z.string().email().default(developmentDefault('spid@negozio-elettronico.example')),
  /** The CIE OpenID provider (its issuer URL) and this platform's client registration there. */
  CIE_ISSUER: z.string().url().default('http://127.0.0.1:8091'),
  CIE_CLIENT_ID: z.string().default('negozio-elettronico'),
  CIE_CLIENT_SECRET: z.string().min(16).default(developmentDefault('cie-client-secret-for-development')),
  /** PEM bundle of the CAs whose CNS/CIE certificates are accepted (the AgID trusted list in production). */
  CNS_CA_FILE: z.string().optional(),
  /** Shared with the TLS terminator (the gateway): it signs each client certificate it forwards. */
  CNS_FORWARD_SECRET: z.string().min(32).default(developmentDefault('cns-forward-secret-for-development-only')),
  /** The mail server first-access credentials are sent through (the mail simulator in development). */
  SMTP_URL: z.string().url().default('smtp://127.0.0.1:8025'),
  MAIL_FROM: z.string().min(3).default(developmentDefault('Negozio Elettronico <noreply@negozio-elettronico.example>')),
  /** Password logins one client address may try in a minute, whatever the usernames. */
  LOGIN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  /** Days a temporary password stays usable before the person must ask for a new one. */
  FIRST_ACCESS_DAYS: z.coerce.number().int().min(1).max(30).default(7),
  /** Encrypts the token-signing private keys (and undelivered temporary passwords) at rest; required in production. */
  SIGNING_KEY_SECRET: z.string().min(32, 'SIGNING_KEY_SECRET deve avere almeno 32 caratteri').optional(),
}).refine((c) => c.NODE_ENV !== 'production' || c.SIGNING_KEY_SECRET, {
  message: 'in produzione SIGNING_KEY_SECRET è obbligatorio (cifra le chiavi di firma)', path: ['SIGNING_KEY_SECRET'],
}).refine((c) => c.NODE_ENV !== 'production' || c.COOKIE_SECURE, {
  message: 'in produzione COOKIE_SECURE deve essere true (i cookie di sessione solo su HTTPS)', path: ['COOKIE_SECURE'],
}).refine((c) => c.NODE_ENV !== 'production' || c.PUBLIC_URL.startsWith('https://'), {
  message: 'in produzione PUBLIC_URL deve essere https:// (SPID e CIE rifiutano altri indirizzi di ritorno)', path: ['PUBLIC_URL'],
}).refine((c) => c.NODE_ENV !== 'production' || !('demo' in c.SPID_IDPS), {
  message: 'in produzione SPID_IDPS non può contenere l\'IdP «demo»', path: ['SPID_IDPS'],
});

export type Config = z.output<typeof configSchema>;

/** Parsed once at start-up; fails listing every bad variable. */
export const loadServiceConfig = (env: NodeJS.ProcessEnv = process.env): Readonly<Config> => loadConfig(configSchema, env);
