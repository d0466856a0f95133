import { exportSPKI, generateKeyPair, importJWK, SignJWT, type CryptoKey, type JWK } from 'jose';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

export interface SignOptions {
  expiresIn?: string;
  issuer?: string;
  audience?: string;
  typ?: string;
}

/**
 * The usual attacks on a JWT access token, built from a valid one: every verifier must refuse each.
 * `sign` signs with the genuine key, so the expired and wrong-iss/aud ones fail only for that
 * reason.
 */
export async function tokenForgeries(
  valid: string,
  publicJwk: JWK,
  sign: (claims: Record<string, unknown>, options: SignOptions) => Promise<string>,
): Promise<Record<string, string>> {
  const [header, payload, signature] = valid.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<
    string,
    unknown
  >;
  const { iat: _iat, exp: _exp, iss: _iss, aud: _aud, jti: _jti, ...own } = claims;
  const publicPem = await exportSPKI((await importJWK(publicJwk, 'ES256')) as CryptoKey);
  const stranger = await generateKeyPair('ES256');
  const tampered = { ...claims, roles: ['gestore-piattaforma'], tenant: 'another-agency' };
  return {
    'alg none': `${b64({ alg: 'none', typ: 'at+jwt' })}.${payload}.`,
    'HS256 signed with the public key': await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt', kid: publicJwk.kid })
      .sign(new TextEncoder().encode(publicPem)),
    expired: await sign(own, { expiresIn: '-1m' }),
    'wrong issuer': await sign(own, { issuer: 'https://evil.example' }),
    'wrong audience': await sign(own, { audience: 'another-platform' }),
    'unknown kid': await new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', typ: 'at+jwt', kid: 'not-a-known-key' })
      .sign(stranger.privateKey),
    'tampered claims': `${header}.${b64(tampered)}.${signature}`,
    'not an access token (typ)': await sign(own, { typ: 'JWT' }),
  };
}
