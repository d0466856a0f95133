import { parse } from 'cookie';
import { bearerToken } from './guards.js';

/** The HttpOnly cookie a browser session carries its access token in. */
export const accessCookieName = 'ne_access';

/** An API client's bearer token, else the browser session's cookie. */
export function requestToken(req: { header(name: string): string | undefined }): string | undefined {
  const bearer = bearerToken(req.header('authorization'));
  if (bearer) return bearer;
  const cookies = req.header('cookie');
  return cookies ? parse(cookies)[accessCookieName] || undefined : undefined;
}
