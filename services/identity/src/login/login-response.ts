import type { Request, Response } from 'express';
import { accessPagePath, wantsPage } from '../sessions/browser-answers.js';
import { setSessionCookies, type CookieSettings } from '../sessions/session-cookies.js';
import { sessionView } from '../sessions/session.rules.js';
import type { LoginOutcome } from './complete-login.js';

export { accessPagePath, wantsPage };

export function loginView(outcome: LoginOutcome) {
  const { person, session, profiles, selectedProfile } = outcome;
  return {
    person,
    session: sessionView(session),
    profiles,
    selectedProfile: selectedProfile ?? null,
    profileChoiceRequired: !selectedProfile,
    accessToken: outcome.accessToken,
    tokenType: 'Bearer',
    expiresIn: outcome.expiresIn,
  };
}

export function respondLogin(
  req: Request,
  res: Response,
  settings: CookieSettings,
  outcome: LoginOutcome,
): ReturnType<typeof loginView> | undefined {
  setSessionCookies(res, settings, outcome);
  if (!wantsPage(req)) return loginView(outcome);
  res.redirect(303, accessPagePath);
  return undefined;
}
