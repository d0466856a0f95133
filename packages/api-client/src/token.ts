/**
 * A partner system's credentials, as the agency's administrator registered it (POST
 * /api/v1/api-clients).
 */
export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
  /** Scopes to ask for, among those granted to the client; all of them when omitted. */
  scopes?: string[];
}

export interface ClientToken {
  accessToken: string;
  /** When the token stops being accepted (milliseconds since the epoch). */
  expiresAt: number;
  scopes: string[];
}

/** A refused login: the platform's problem+json, with its stable code. */
export class TokenRefused extends Error {
  constructor(
    readonly status: number,
    readonly problem: { code?: string; title?: string; detail?: string },
  ) {
    super(problem.detail ?? problem.title ?? `token refused (${status})`);
    this.name = 'TokenRefused';
  }
}

/** OAuth2 client credentials at POST /api/v1/auth/token (form body, as RFC 6749 §4.4 writes it). */
export async function clientCredentialsToken(
  baseUrl: string,
  credentials: ClientCredentials,
  fetchImpl: typeof fetch = fetch,
): Promise<ClientToken> {
  const body = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: credentials.clientId,
    client_secret: credentials.clientSecret,
    ...(credentials.scopes ? { scope: credentials.scopes.join(' ') } : {}),
  });
  const answer = await fetchImpl(new URL('/api/v1/auth/token', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body,
  });
  const json = (await answer.json().catch(() => ({}))) as Record<string, unknown>;
  if (!answer.ok) throw new TokenRefused(answer.status, json);
  return {
    accessToken: String(json.access_token),
    expiresAt: Date.now() + Number(json.expires_in ?? 0) * 1000,
    scopes: String(json.scope ?? '')
      .split(' ')
      .filter(Boolean),
  };
}
