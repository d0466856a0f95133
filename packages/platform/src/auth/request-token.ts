import { parse } from 'cookie';
import type { Caller } from './claims.js';
import { unauthorized } from '../errors/index.js';
import { bearerToken } from './guards.js';

/** The HttpOnly cookie a browser session carries its access token in. */
export const accessCookieName = 'ne_access';

/** An API client's bearer token, else the browser session's cookie. */
export function requestToken(req: {
  header(name: string): string | undefined;
}): { token: string; fromCookie: boolean } | undefined {
  const bearer = bearerToken(req.header('authorization'));
  if (bearer) return { token: bearer, fromCookie: false };
  const cookies = req.header('cookie');
  const cookie = cookies ? parse(cookies)[accessCookieName] : undefined;
  return cookie ? { token: cookie, fromCookie: true } : undefined;
}

/**
 * The verified caller of a request. A bad bearer token is a 401; a stale or revoked cookie only
 * makes the browser anonymous, so public pages (the login page itself) still open and protected
 * ones say
 * 401.
 */
export async function authenticateRequest(
  req: { header(name: string): string | undefined },
  verifyToken: (token: string) => Promise<Caller>,
): Promise<Caller | undefined> {
  const credential = requestToken(req);
  if (!credential) return undefined;
  if (!credential.fromCookie) return verifyToken(credential.token);
  return verifyToken(credential.token).catch(() => undefined);
}

/**
 * The caller's credential for a call to another service on their behalf: the same verified token,
 * as a bearer header, whether it arrived as a header (API clients) or as the session cookie
 * (browsers).
 */
export function onBehalfOf(req: { header(name: string): string | undefined }): string {
  const credential = requestToken(req);
  if (!credential) throw unauthorized('È necessario autenticarsi per questa operazione.');
  return `Bearer ${credential.token}`;
}
