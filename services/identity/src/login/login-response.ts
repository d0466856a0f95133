import type { Request, Response } from 'express';
import { setSessionCookies, type CookieSettings } from '../sessions/session-cookies.js';
import type { LoginOutcome } from './complete-login.js';

/** The page a browser lands on after logging in: profile choice, or who is logged in. */
export const accessPagePath = '/api/v1/auth/login';

/**
 * Browsers (forms, IdP redirects) get a page or a redirect to the access page; every other client gets
 * JSON. Only an explicit preference for HTML counts: `Accept: *\/*` (curl's, fetch's) or none is JSON.
 */
export function wantsPage(req: Request): boolean {
  return req.accepts(['json', 'html']) === 'html';
}

export function loginView(outcome: LoginOutcome) {
  const { person, session, profiles, selectedProfile } = outcome;
  return {
    person,
    session: { id: session.id, method: session.method, acr: session.acr, amr: session.amr, authTime: new Date(session.authTime).toISOString(), idp: session.idp },
    profiles,
    selectedProfile: selectedProfile ?? null,
    profileChoiceRequired: !selectedProfile,
    accessToken: outcome.accessToken,
    tokenType: 'Bearer',
    expiresIn: outcome.expiresIn,
  };
}

export function respondLogin(req: Request, res: Response, settings: CookieSettings, outcome: LoginOutcome): ReturnType<typeof loginView> | undefined {
  setSessionCookies(res, settings, outcome);
  if (!wantsPage(req)) return loginView(outcome);
  res.redirect(303, accessPagePath);
  return undefined;
}
