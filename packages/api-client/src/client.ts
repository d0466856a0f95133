import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './negozio-api.js';
import { clientCredentialsToken, type ClientCredentials, type ClientToken } from './token.js';

export type NegozioClient = Client<paths>;

/** A token this long before its expiry is renewed: a call never leaves with one about to lapse. */
const renewBeforeMs = 30_000;

/**
 * The API with every path, parameter, body and answer typed from the platform's merged OpenAPI: a
 * call the API does not take is a compile error. `token` is a bearer token, or a function giving
 * one.
 */
export function negozioClient(options: {
  baseUrl: string;
  token?: string | (() => Promise<string>);
  fetch?: typeof fetch;
}): NegozioClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    headers: { accept: 'application/json' },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const { token } = options;
  if (token) {
    const bearer: Middleware = {
      async onRequest({ request }) {
        const value = typeof token === 'string' ? token : await token();
        request.headers.set('authorization', `Bearer ${value}`);
        return request;
      },
    };
    client.use(bearer);
  }
  return client;
}

/**
 * A partner system's client: it logs in with its client credentials when first needed and again
 * shortly before each token expires, so a long-running integration never handles tokens itself.
 */
export function partnerClient(options: {
  baseUrl: string;
  credentials: ClientCredentials;
  fetch?: typeof fetch;
}): NegozioClient {
  let current: Promise<ClientToken> | undefined;
  const token = async () => {
    const held = current && (await current.catch(() => undefined));
    const fresh = held && held.expiresAt - renewBeforeMs > Date.now();
    const next =
      fresh && current
        ? current
        : clientCredentialsToken(options.baseUrl, options.credentials, options.fetch);
    current = next;
    return (await next).accessToken;
  };
  return negozioClient({
    baseUrl: options.baseUrl,
    token,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
