import { TLSSocket } from 'node:tls';
import type { RequestHandler } from 'express';
import { signForwardedCertificate } from '@app/platform/auth';

/** Only the CNS login needs the certificate; no other service ever receives one. */
const cnsPath = '/api/v1/auth/cns';

/**
 * On the TLS listener, a client certificate the handshake verified against the CNS CAs is passed to
 * the identity service in signed headers; runs after the client's own identity headers were
 * dropped.
 */
export function forwardClientCertificate(secret: string): RequestHandler {
  return (req, _res, next) => {
    const socket = req.socket;
    if (req.path === cnsPath && socket instanceof TLSSocket && socket.authorized) {
      const certificate = socket.getPeerCertificate();
      if (certificate?.raw)
        Object.assign(req.headers, signForwardedCertificate(certificate.raw, secret));
    }
    next();
  };
}
