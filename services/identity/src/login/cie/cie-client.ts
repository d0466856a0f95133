import * as oidc from 'openid-client';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { AppError } from '@app/platform/errors';
import type { Config } from '../../config.js';
import { checkFiscalCode } from '@app/italian-codes';
import { updateReturning } from '@app/platform/db';
import { spidLevels } from '../../sessions/levels.rules.js';

const fiscalNumberClaim = 'https://attributes.eid.gov.it/fiscal_number';
const pendingLifetimeSeconds = 600;

export interface CieIdentity {
  fiscalCode: string;
  acr: string;
  authTime: Date;
  idp: string;
}

const refused = (detail: string, cause?: unknown) =>
  new AppError({ code: 'CIE_LOGIN_REFUSED', status: 401, title: 'Accesso con CIE non riuscito', detail, cause });

/** The CIE id relying party: authorization code with PKCE, state and nonce, via openid-client. */
export function cieClient(dataSource: DataSource, config: Config, logger: Logger) {
  const redirectUri = `${config.PUBLIC_URL}/api/v1/auth/cie/callback`;
  let discovered: Promise<oidc.Configuration> | undefined;
  const configuration = () => (discovered ??= oidc.discovery(new URL(config.CIE_ISSUER), config.CIE_CLIENT_ID, config.CIE_CLIENT_SECRET, undefined,
    // Only the local simulator speaks plain http; a real provider is always https.
    new URL(config.CIE_ISSUER).protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined)
    .catch((error) => {
      discovered = undefined;
      throw new AppError({ code: 'IDP_UNAVAILABLE', status: 502, title: 'Identity provider non raggiungibile', detail: 'Il servizio CIE non è raggiungibile: riprova più tardi.', cause: error });
    }));

  return {
    redirectUri,
    /** Where to send the browser; state, nonce and the PKCE verifier wait in the database. */
    async authorizationUrl(): Promise<string> {
      const verifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      await dataSource.query(`INSERT INTO pending_logins (id, method, details, expires_at) VALUES ($1, 'cie', $2, now() + make_interval(secs => $3))`,
        [state, JSON.stringify({ verifier, nonce }), pendingLifetimeSeconds]);
      return oidc.buildAuthorizationUrl(await configuration(), {
        redirect_uri: redirectUri, scope: 'openid profile email', state, nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256', acr_values: spidLevels[3],
        // Each login asks for the card again: the provider's own session never logs someone in silently.
        prompt: 'login',
      }).toString();
    },

    /** Checks the callback (state once, code with PKCE, ID token with nonce) and reads the person. */
    async complete(query: string): Promise<CieIdentity> {
      const state = new URLSearchParams(query).get('state') ?? '';
      const [pending] = await updateReturning<{ details: { verifier: string; nonce: string } }>(dataSource,
        `UPDATE pending_logins SET consumed_at = now() WHERE id = $1 AND method = 'cie' AND consumed_at IS NULL AND expires_at > now() RETURNING details`, [state]);
      if (!pending) throw refused('La risposta non corrisponde ad alcuna richiesta di accesso in corso (o è già stata usata).');
      const op = await configuration();
      let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
      try {
        tokens = await oidc.authorizationCodeGrant(op, new URL(`${redirectUri}?${query}`), {
          pkceCodeVerifier: pending.details.verifier, expectedState: state, expectedNonce: pending.details.nonce, idTokenExpected: true,
        });
      } catch (error) {
        logger.warn({ reason: (error as Error).message }, 'CIE callback refused');
        throw refused("L'identity provider CIE non ha confermato l'autenticazione.", error);
      }
      const claims = tokens.claims()!;
      const fiscal = checkFiscalCode(String(claims[fiscalNumberClaim] ?? ''));
      if (!fiscal.valid) throw refused(`Il codice fiscale ricevuto da CIE non è valido: ${fiscal.reason}`);
      return {
        fiscalCode: fiscal.code, acr: typeof claims.acr === 'string' ? claims.acr : spidLevels[3],
        authTime: new Date((claims.auth_time ?? claims.iat) * 1000), idp: op.serverMetadata().issuer,
      };
    },
  };
}
