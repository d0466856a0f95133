import type { Request } from 'express';

/** The page a browser lands on after logging in: profile choice, or who is logged in. */
export const accessPagePath = '/api/v1/auth/login';

/**
 * Browsers (forms, IdP redirects) get a page or a redirect to the access page; every other client
 * gets JSON. Only an explicit preference for HTML counts: `Accept: *\/*` (curl's, fetch's) or none
 * is JSON.
 */
export function wantsPage(req: Request): boolean {
  return req.accepts(['json', 'html']) === 'html';
}
