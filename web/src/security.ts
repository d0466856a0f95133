import { randomBytes } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { doubleCsrf } from 'csrf-csrf';
import type { WebConfig } from './config.js';

/**
 * Scripts and styles only from the portal itself (no inline script, no inline style attribute that
 * a script could add), no framing by other sites, forms only to this origin.
 */
export function pageHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
      },
    },
    frameguard: { action: 'deny' },
  });
}

const browserCookie = 'ne_portal';

/**
 * A random, stable name for this browser: what the CSRF tokens are bound to (not the access token,
 * which is renewed).
 */
export function browserIdentity(config: WebConfig): RequestHandler {
  return (req, res, next) => {
    if (!req.cookies?.[browserCookie]) {
      const value = randomBytes(18).toString('base64url');
      res.cookie(browserCookie, value, {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.COOKIE_SECURE,
        path: '/',
      });
      req.cookies = { ...req.cookies, [browserCookie]: value };
    }
    next();
  };
}

/**
 * Double-submit CSRF tokens on every form of the portal: a hidden `_csrf` field signed for this
 * browser.
 */
export function csrfProtection(config: WebConfig) {
  const { generateCsrfToken, doubleCsrfProtection } = doubleCsrf({
    getSecret: () => config.CSRF_SECRET,
    getSessionIdentifier: (req) => req.cookies?.[browserCookie] ?? '',
    cookieName: config.COOKIE_SECURE ? '__Host-ne_csrf' : 'ne_csrf',
    cookieOptions: { sameSite: 'lax', secure: config.COOKIE_SECURE, httpOnly: true, path: '/' },
    getCsrfTokenFromRequest: (req) =>
      (req.body as Record<string, string> | undefined)?._csrf ?? req.get('x-csrf-token'),
  });
  return {
    protect: doubleCsrfProtection,
    token: (req: Request, res: Response) => generateCsrfToken(req, res, { overwrite: false }),
  };
}
