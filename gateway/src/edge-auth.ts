import type { RequestHandler } from 'express';
import { requestToken, type Caller } from '@app/platform/auth';

/**
 * Verifies a bearer or session-cookie token at the edge, so a forged or expired one never reaches a service. Requests with
 * no token pass: each route decides in its service whether it is public. Services verify again.
 */
export function verifyAtEdge(verifyToken: (token: string) => Promise<Caller>): RequestHandler {
  return async (req, _res, next) => {
    try {
      const token = requestToken(req);
      if (token) await verifyToken(token);
      next();
    } catch (error) {
      next(error);
    }
  };
}
