import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type CryptoKey } from 'jose';

export interface TestIssuer {
  jwksUrl: string;
  issuer: string;
  audience: string;
  /**
   * Signs an access token the way the identity service does; override anything to forge a bad one.
   */
  sign(
    claims: Record<string, unknown>,
    options?: {
      expiresIn?: string;
      kid?: string;
      typ?: string;
      issuer?: string;
      audience?: string;
    },
  ): Promise<string>;
  publicJwk: JWK;
  close(): Promise<void>;
}

/** A throwaway ES256 key and a real JWKS endpoint on loopback, for tests of token verification. */
export async function startTestIssuer(
  issuer = 'http://issuer.test',
  audience = 'negozio-elettronico',
): Promise<TestIssuer> {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = randomUUID();
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' };
  const server: Server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [publicJwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  return {
    jwksUrl,
    issuer,
    audience,
    publicJwk,
    sign: (claims, options = {}) =>
      signWith(privateKey, claims, { kid, issuer, audience, ...options }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function signWith(
  key: CryptoKey,
  claims: Record<string, unknown>,
  options: { kid: string; issuer: string; audience: string; expiresIn?: string; typ?: string },
): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid: options.kid, typ: options.typ ?? 'at+jwt' })
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setSubject(String(claims.sub ?? 'person-1'))
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '5m')
    .sign(key);
}
