import { randomUUID } from 'node:crypto';
import express, { type RequestHandler, type Router } from 'express';
import {
  SignJWT,
  decodeProtectedHeader,
  importSPKI,
  jwtVerify,
  type CryptoKey,
  type JWTPayload,
  type KeyObject,
} from 'jose';

export interface PdndClient {
  clientId: string;
  kid: string;
  publicKeyPem: string;
  /** The purposes this client may request vouchers for (one per e-service). */
  purposeIds: string[];
}

export interface VoucherClaims {
  client_id: string;
  purposeId: string;
  digest?: { alg: string; value: string };
}

interface PdndOptions {
  audience: string;
  voucherTtlSeconds: number;
  clients: PdndClient[];
  keys: { privateKey: CryptoKey | KeyObject; publicKey: CryptoKey | KeyObject };
  issuer: string;
}

/** Why PDND refuses a verified client assertion, if it does. */
function assertionRefusal(
  payload: JWTPayload,
  clientId: string | undefined,
  client: PdndClient,
  usedAssertions: Set<string>,
): string | undefined {
  if (clientId && clientId !== client.clientId)
    return 'client_id diverso dal client della asserzione';
  if ('nbf' in payload) return 'la client_assertion non deve contenere nbf';
  if (!payload.jti || !payload.exp || !payload.iat || payload.exp - payload.iat > 600)
    return 'jti, iat ed exp (al più 10 minuti) sono obbligatori';
  if (usedAssertions.has(payload.jti)) return 'jti della client_assertion già usato';
  const purposeId = String(payload.purposeId ?? '');
  if (!client.purposeIds.includes(purposeId))
    return `purposeId ${purposeId || '(assente)'} non associato al client`;
  const digest = payload.digest as { alg?: unknown; value?: unknown } | undefined;
  if (
    digest !== undefined &&
    (digest.alg !== 'SHA256' ||
      typeof digest.value !== 'string' ||
      !/^[0-9a-f]{64}$/.test(digest.value))
  )
    return (
      'digest della client_assertion non valido: atteso { alg: SHA256, value: ' +
      'esadecimale di 64 caratteri }'
    );
  return undefined;
}

/** The voucher (at+jwt) for the assertion's purpose, bound to its digest when it has one. */
function issueVoucher(options: PdndOptions, clientId: string, assertion: JWTPayload) {
  const digest = assertion.digest as VoucherClaims['digest'];
  return new SignJWT({
    client_id: clientId,
    purposeId: String(assertion.purposeId),
    ...(digest ? { digest } : {}),
  })
    .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: 'pdnd-simulato' })
    .setIssuer(options.issuer)
    .setAudience('pcp')
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime(`${options.voucherTtlSeconds}s`)
    .sign(options.keys.privateKey);
}

const refuse = (res: express.Response, description: string) =>
  res.status(400).json({ error: 'invalid_client', error_description: description });

/** The token endpoint: a client assertion checked as PDND checks it, exchanged for a voucher. */
function tokenEndpoint(
  options: PdndOptions,
  keyOf: (client: PdndClient) => Promise<CryptoKey | KeyObject>,
  usedAssertions: Set<string>,
): RequestHandler {
  return async (req, res) => {
    const form = (req.body ?? {}) as Record<string, string | undefined>;
    if (form.grant_type !== 'client_credentials')
      return void res.status(400).json({ error: 'unsupported_grant_type' });
    if (
      form.client_assertion_type !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer' ||
      !form.client_assertion
    )
      return void refuse(res, 'client_assertion mancante o di tipo errato');
    let header;
    try {
      header = decodeProtectedHeader(form.client_assertion);
    } catch {
      return void refuse(res, 'client_assertion non è un JWS');
    }
    const client = options.clients.find((candidate) => candidate.kid === header.kid);
    if (!client || header.alg !== 'RS256' || header.typ !== 'JWT')
      return void refuse(res, 'kid sconosciuto, o alg/typ diversi da RS256/JWT');
    try {
      const { payload } = await jwtVerify(form.client_assertion, await keyOf(client), {
        audience: options.audience,
        issuer: client.clientId,
        subject: client.clientId,
        algorithms: ['RS256'],
      });
      const refusal = assertionRefusal(payload, form.client_id, client, usedAssertions);
      if (refusal) return void refuse(res, refusal);
      usedAssertions.add(String(payload.jti));
      const voucher = await issueVoucher(options, client.clientId, payload);
      res.json({
        access_token: voucher,
        token_type: 'Bearer',
        expires_in: options.voucherTtlSeconds,
      });
    } catch (error) {
      refuse(res, `client_assertion non valida: ${(error as Error).message}`);
    }
  };
}

/**
 * PDND's token endpoint as a client sees it: a client assertion (RS256, kid, iss = sub = clientId,
 * aud, purposeId, jti, short expiry, no nbf) exchanged for a voucher (at+jwt) the gateway checks.
 */
export function createPdnd(options: PdndOptions) {
  const usedAssertions = new Set<string>();
  const keys = new Map<string, Promise<CryptoKey | KeyObject>>();
  const keyOf = (client: PdndClient) => {
    const known = keys.get(client.kid);
    if (known) return known;
    const imported = importSPKI(client.publicKeyPem, 'RS256');
    keys.set(client.kid, imported);
    return imported;
  };
  const router: Router = express.Router();
  router.post(
    '/token.oauth2',
    express.urlencoded({ extended: false }),
    tokenEndpoint(options, keyOf, usedAssertions),
  );

  const verifyVoucher = async (token: string): Promise<VoucherClaims> => {
    const { payload } = await jwtVerify(token, options.keys.publicKey, {
      issuer: options.issuer,
      audience: 'pcp',
      typ: 'at+jwt',
    });
    return {
      client_id: String(payload.client_id),
      purposeId: String(payload.purposeId),
      digest: payload.digest as VoucherClaims['digest'],
    };
  };
  return {
    router,
    verifyVoucher,
    clientKey: (clientId: string) => {
      const client = options.clients.find((candidate) => candidate.clientId === clientId);
      return client ? keyOf(client).then((key) => ({ key, client })) : undefined;
    },
  };
}
