import { z } from 'zod';
import { developmentDefault, envJson, loadConfig, serviceEnvSchema } from '@app/platform/config';

const eservice = z.object({
  url: z.string().url(),
  purposeId: z.string().min(1),
  audience: z.string().optional(),
});
const simulator = 'http://127.0.0.1:8092';

export const configSchema = serviceEnvSchema
  .extend({
    PORT: z.coerce.number().int().min(0).max(65535).default(8085),
    /** PDND's token endpoint and the `aud` of client assertions. */
    PDND_TOKEN_URL: z.string().url().default(`${simulator}/token.oauth2`),
    PDND_ASSERTION_AUDIENCE: z
      .string()
      .default(developmentDefault('pcp-simulato/client-assertion')),
    PDND_CLIENT_ID: z.string().default(developmentDefault('negozio-elettronico-sviluppo')),
    PDND_KID: z.string().default(developmentDefault('negozio-elettronico-sviluppo-1')),
    /**
     * PEM (PKCS#8) of the PDND client key; unset in development: the key of .data/pdnd (see npm
     * start).
     */
    PDND_PRIVATE_KEY_FILE: z.string().optional(),
    /** The PCP e-services (JSON: name → { url with version, purposeId, audience? }). */
    PCP_ESERVICES: z
      .string()
      .default(
        JSON.stringify({
          ComunicaAppalto: {
            url: `${simulator}/modi/rest/ComunicaAppalto/v1`,
            purposeId: 'finalita-comunica-appalto',
          },
          ComunicaPostPubblicazione: {
            url: `${simulator}/modi/rest/ComunicaPostPubblicazione/v1`,
            purposeId: 'finalita-post-pubblicazione',
          },
          ServiziComuni: {
            url: `${simulator}/modi/rest/ServiziComuni/v1`,
            purposeId: 'finalita-servizi-comuni',
          },
        }),
      )
      .pipe(
        envJson(
          z.object({
            ComunicaAppalto: eservice,
            ComunicaPostPubblicazione: eservice,
            ServiziComuni: eservice,
          }),
          'PCP_ESERVICES non valido',
        ),
      ),
    /** The platform's registration with ANAC (registro delle piattaforme). */
    REG_CODICE_PIATTAFORMA: z.string().default('0000001'),
    REG_CODICE_COMPONENTE: z.string().default('0000001'),
    /**
     * Who the platform's own calls name in the tracking JWS (code lists): its system user, and an
     * AUSA code.
     */
    PCP_SYSTEM_FISCAL_CODE: z
      .string()
      .regex(/^[A-Z0-9]{11,16}$/)
      .default(developmentDefault('RSSMRA80A01H501U')),
    PCP_SYSTEM_AUSA_CODE: z
      .string()
      .regex(/^\d{10}$/)
      .default(developmentDefault('0000000000')),
    PCP_SYSTEM_AGENCY_FISCAL_CODE: z
      .string()
      .regex(/^[A-Z0-9]{11,16}$/)
      .default(developmentDefault('99999999990')),
    /** How often ANAC's code lists are read again (they change a few times a year). */
    PCP_CODE_LISTS_REFRESH_MS: z.coerce
      .number()
      .int()
      .min(60_000)
      .default(24 * 3600_000),
    PCP_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    PCP_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(4),
    /**
     * How long a replica holds a CIG request (or a scheda) it is taking a step with: the step's two
     * PCP calls, each tried PCP_MAX_ATTEMPTS times, must fit in it; after a crash another replica
     * resumes the work once it has passed.
     */
    PCP_LEASE_MS: z.coerce.number().int().min(5_000).max(3_600_000).default(120_000),
    /** First wait between polls of esito-operazione; it doubles up to PCP_POLL_MAX_MS. */
    PCP_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1_000),
    PCP_POLL_MAX_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
    /** How often a CIG request's live page stream looks for a change. */
    LIVE_POLL_MS: z.coerce.number().int().min(100).max(60_000).default(1_000),
  })
  .refine((c) => c.PCP_LEASE_MS >= 2 * c.PCP_MAX_ATTEMPTS * c.PCP_TIMEOUT_MS, {
    message:
      'PCP_LEASE_MS deve contenere due chiamate alla PCP con tutti i tentativi ' +
      '(2 × PCP_MAX_ATTEMPTS × PCP_TIMEOUT_MS)',
    path: ['PCP_LEASE_MS'],
  });

export type Config = z.output<typeof configSchema>;

/** Parsed once at start-up; fails listing every bad variable. */
export const loadServiceConfig = (env: NodeJS.ProcessEnv = process.env): Readonly<Config> =>
  loadConfig(configSchema, env);
