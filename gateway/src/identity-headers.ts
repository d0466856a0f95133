import { timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import type { Request, RequestHandler, Response } from 'express';

// Headers a client could use to pose as someone: identity travels only in the verified token, and a
// client certificate only over the TLS terminator's trusted channel, never from the client.
const posingPrefixes = [
  'x-user',
  'x-tenant',
  'x-profile',
  'x-person',
  'x-roles?',
  'x-auth',
  'x-fiscal',
  'x-client-cert',
  'x-ssl-client',
  'x-forwarded-client-cert',
  'x-agency',
];
const forbiddenHeader = new RegExp(`^(${posingPrefixes.join('|')})`, 'i');

/** Drops client-sent identity headers before anything else reads the request. */
export function stripIdentityHeaders(): RequestHandler {
  return (req, _res, next) => {
    for (const name of Object.keys(req.headers))
      if (forbiddenHeader.test(name)) delete req.headers[name];
    next();
  };
}

/**
 * The portal calls the API for the person in front of it: with the shared secret, the address it
 * names is the client's, for the limits and the services' logs. Without it, the headers are
 * dropped.
 */
export function portalClientAddress(secret: string): RequestHandler {
  const expected = Buffer.from(secret);
  return (req, res, next) => {
    const given = Buffer.from(req.header('x-portal-secret') ?? '');
    const client = req.header('x-portal-client');
    if (
      client &&
      given.length === expected.length &&
      timingSafeEqual(given, expected) &&
      isIP(client)
    )
      res.locals.clientAddress = client;
    delete req.headers['x-portal-secret'];
    delete req.headers['x-portal-client'];
    next();
  };
}

/**
 * The address the gateway counts and states: the portal's person, else the connection's (or trusted
 * proxy's).
 */
export const clientAddressOf = (req: Request, res: Response): string =>
  res.locals.clientAddress ?? req.ip ?? req.socket.remoteAddress ?? '';

/**
 * States the client's address to the services in a fresh X-Forwarded-For, as this edge decided it
 * (honouring TRUST_PROXY_HOPS): whatever a client wrote there itself never reaches a service.
 */
export function forwardClientAddress(): RequestHandler {
  return (req, res, next) => {
    req.headers['x-forwarded-for'] = clientAddressOf(req, res);
    req.headers['x-forwarded-proto'] = req.protocol;
    delete req.headers['forwarded'];
    next();
  };
}
