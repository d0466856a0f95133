import type { Express } from 'express';
import { authenticateRequest, checkAccess, type Caller } from '../auth/index.js';
import type { RouteSpec } from './route.js';

/**
 * The operations of a service the caller may call, read from the routes' own access rules (roles,
 * scopes, agency, strong login): what the portal offers is what the API accepts, never a copy.
 * Whether the resource's state allows the operation is still the handler's to say.
 */
export function operationsFor(routes: RouteSpec[], caller: Caller | undefined): string[] {
  return routes
    .filter((route) => {
      try {
        checkAccess(route, caller);
        return true;
      } catch {
        return false;
      }
    })
    .map((route) => route.operationId);
}

/** `GET /operations` on the service's own port: the gateway asks every service and merges them. */
export function mountOperations(
  app: Express,
  routes: RouteSpec[],
  verifyToken: (token: string) => Promise<Caller>,
): void {
  app.get('/operations', async (req, res) => {
    const caller = await authenticateRequest(req, verifyToken);
    res.set('cache-control', 'no-store').json({ operations: operationsFor(routes, caller) });
  });
}
