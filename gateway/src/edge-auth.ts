import type { RequestHandler } from 'express';
import { authenticateRequest, type Caller } from '@app/platform/auth';

/**
 * Verifies a bearer token at the edge, so a forged or expired one never reaches a service; a stale
 * session cookie only makes the request anonymous. Requests with no token pass: each route decides
 * in its service whether it is public. Services verify again.
 */
export function verifyAtEdge(verifyToken: (token: string) => Promise<Caller>): RequestHandler {
  return async (req, res, next) => {
    try {
      // Kept for the limits: a person or a partner system is counted as itself, not by its address.
      res.locals.caller = await authenticateRequest(req, verifyToken);
      next();
    } catch (error) {
      next(error);
    }
  };
}
