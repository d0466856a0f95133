import type { RequestHandler } from 'express';
import type { Caller } from '@app/platform/auth';
import { unauthorized } from '@app/platform/errors';

/**
 * Verifies a bearer token at the edge, so a forged or expired one never reaches a service. Requests with
 * no token pass: each route decides in its service whether it is public. Services verify again.
 */
export function verifyAtEdge(verifyToken: (token: string) => Promise<Caller>): RequestHandler {
  return async (req, _res, next) => {
    const header = req.header('authorization');
    if (!header) return next();
    const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header);
    if (!match) return next(unauthorized("L'intestazione Authorization deve contenere un token Bearer."));
    try {
      await verifyToken(match[1]!);
      next();
    } catch (error) {
      next(error);
    }
  };
}
