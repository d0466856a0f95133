import type { RequestHandler } from 'express';

// Headers a client could use to pose as someone: identity travels only in the verified token, and a
// client certificate only over the TLS terminator's trusted channel, never from the client.
const forbiddenHeader = /^(x-user|x-tenant|x-profile|x-person|x-roles?|x-auth|x-fiscal|x-client-cert|x-ssl-client|x-forwarded-client-cert|x-agency)/i;

/** Drops client-sent identity headers before anything else reads the request. */
export function stripIdentityHeaders(): RequestHandler {
  return (req, _res, next) => {
    for (const name of Object.keys(req.headers)) if (forbiddenHeader.test(name)) delete req.headers[name];
    next();
  };
}

/**
 * States the client's address to the services in a fresh X-Forwarded-For, as this edge decided it
 * (honouring TRUST_PROXY_HOPS): whatever a client wrote there itself never reaches a service.
 */
export function forwardClientAddress(): RequestHandler {
  return (req, _res, next) => {
    req.headers['x-forwarded-for'] = req.ip ?? req.socket.remoteAddress ?? '';
    req.headers['x-forwarded-proto'] = req.protocol;
    delete req.headers['forwarded'];
    next();
  };
}
