import type { Response } from 'express';
import { parse } from 'cookie';
import { accessCookieName } from '@app/platform/auth';
import { sessionLifetimeSeconds } from './session.rules.js';

/** The cookie holding the session secret; only the auth routes ever see it. */
export const sessionCookieName = 'ne_session';
const sessionCookiePath = '/api/v1/auth';

export interface CookieSettings {
  COOKIE_SECURE: boolean;
}

/**
 * HttpOnly cookies: scripts never read tokens; SameSite=Lax keeps other sites' forms from using
 * them.
 */
export function setSessionCookies(
  res: Response,
  settings: CookieSettings,
  tokens: { accessToken: string; expiresIn: number; secret?: string },
): void {
  const base = { httpOnly: true, secure: settings.COOKIE_SECURE, sameSite: 'lax' as const };
  res.cookie(accessCookieName, tokens.accessToken, {
    ...base,
    path: '/',
    maxAge: tokens.expiresIn * 1000,
  });
  if (tokens.secret)
    res.cookie(sessionCookieName, tokens.secret, {
      ...base,
      path: sessionCookiePath,
      maxAge: sessionLifetimeSeconds * 1000,
    });
}

export function clearSessionCookies(res: Response, settings: CookieSettings): void {
  const base = { httpOnly: true, secure: settings.COOKIE_SECURE, sameSite: 'lax' as const };
  res.clearCookie(accessCookieName, { ...base, path: '/' });
  res.clearCookie(sessionCookieName, { ...base, path: sessionCookiePath });
}

export function sessionSecretOf(req: {
  header(name: string): string | undefined;
}): string | undefined {
  const cookies = req.header('cookie');
  return cookies ? parse(cookies)[sessionCookieName] || undefined : undefined;
}
