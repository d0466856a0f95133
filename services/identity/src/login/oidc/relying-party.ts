import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  compactDecrypt,
  createLocalJWKSet,
  decodeProtectedHeader,
  importJWK,
  jwtVerify,
  SignJWT,
  type JSONWebKeySet,
  type JWTPayload,
} from 'jose';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import {
  entityConfigurationPath,
  fetchFederationDocument,
  FederationRefusal,
  peekStatement,
  signingAlgorithms,
  signStatement,
  TrustChainCache,
  type ResolvedEntity,
  type TrustAnchor,
} from '@app/oidc-federation';
import { checkFiscalCode } from '@app/italian-codes';
import { trustAnchorsOf, type Config } from '../../config.js';
import { spidLevels, type SpidLevel } from '../../sessions/levels.rules.js';
import {
  acceptedLevel,
  fiscalNumberClaim,
  levelAsked,
  loginRefused,
  providerUntrusted,
  refusals,
  requestedClaims,
  type OidcProviderKind,
} from './oidc-login.rules.js';
import { providerUnknown } from '../login.rules.js';
import { savePendingLogin, takePendingLogin } from '../login.store.js';
import { relyingPartyKeys, type RelyingPartyKeys } from './relying-party-keys.js';
import { defined } from '@app/platform/errors';

const pendingLifetimeSeconds = 600;
const statementLifetimeSeconds = 86_400;
const assertionType = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const keyAlgorithms = ['RSA-OAEP', 'RSA-OAEP-256'];
const contentAlgorithms = ['A128CBC-HS256', 'A256CBC-HS512'];

export interface OidcIdentity {
  fiscalCode: string;
  method: OidcProviderKind;
  acr: string;
  authTime: Date;
  idp: string;
}

interface Pending {
  kind: OidcProviderKind;
  provider: string;
  verifier: string;
  nonce: string;
  level: SpidLevel;
}

type TrustMarkEntry = { id: string; trust_mark: string };

/** What every step of the relying party shares: who it is, its keys, the chains it resolved. */
interface RelyingParty {
  dataSource: DataSource;
  config: Config;
  logger: Logger;
  entityId: string;
  redirectUri: string;
  anchors: TrustAnchor[];
  chains: TrustChainCache;
  keys(): Promise<RelyingPartyKeys>;
  trustMarks(): Promise<TrustMarkEntry[]>;
}

/**
 * Keeps one value of an async computation, dropping it when it fails (so the next call tries
 * again).
 */
function kept<T>(make: () => Promise<T>, lifetimeMs = Number.POSITIVE_INFINITY): () => Promise<T> {
  let value: { promise: Promise<T>; until: number } | undefined;
  return () => {
    if (!value || value.until < Date.now()) {
      const promise = make();
      value = { promise, until: Date.now() + lifetimeMs };
      promise.catch(() => (value = undefined));
    }
    return value.promise;
  };
}

/**
 * The trust marks the platform shows in its configuration: from onboarding (configured) or asked of
 * each anchor.
 */
async function ownTrustMarks(
  config: Config,
  anchors: TrustAnchor[],
  entityId: string,
): Promise<TrustMarkEntry[]> {
  if (config.OIDC_TRUST_MARKS) return config.OIDC_TRUST_MARKS;
  const marks: TrustMarkEntry[] = [];
  for (const anchor of anchors) {
    const anchorConfiguration = peekStatement(
      await fetchFederationDocument(`${anchor.entityId}${entityConfigurationPath}`),
    );
    const endpoint = (
      anchorConfiguration.metadata?.federation_entity as
        { federation_trust_mark_endpoint?: string } | undefined
    )?.federation_trust_mark_endpoint;
    if (!endpoint) continue;
    const id = `${anchor.entityId}/openid_relying_party/public/`;
    const url = new URL(endpoint);
    url.searchParams.set('trust_mark_type', id);
    url.searchParams.set('sub', entityId);
    marks.push({ id, trust_mark: await fetchFederationDocument(url.toString()) });
  }
  return marks;
}

/**
 * The platform as a relying party of the SPID/CIE id OpenID Connect federation (Regole tecniche
 * OIDC): its entity configuration, trust chains to the providers resolved and cached, signed
 * request objects with PKCE, state and nonce, private_key_jwt at the token endpoint, the ID token
 * and the signed and encrypted userinfo checked against the provider's keys from its trust chain,
 * the access token revoked once the attributes are read (so none is left active at logout).
 */
export function oidcRelyingParty(dataSource: DataSource, config: Config, logger: Logger) {
  const entityId = config.PUBLIC_URL.replace(/\/$/, '');
  const anchors: TrustAnchor[] = trustAnchorsOf(config);
  const rp: RelyingParty = {
    dataSource,
    config,
    logger,
    entityId,
    anchors,
    redirectUri: `${entityId}/api/v1/auth/oidc/callback`,
    chains: new TrustChainCache({ trustAnchors: anchors, requireTrustMarkFor: 'openid_provider' }),
    keys: kept(() => relyingPartyKeys(dataSource, config.SIGNING_KEY_SECRET)),
    trustMarks: kept(() => ownTrustMarks(config, anchors, entityId), 3_600_000),
  };
  return {
    entityId,
    redirectUri: rp.redirectUri,
    entityConfiguration: () => entityConfiguration(rp),
    authorizationUrl: (kind: OidcProviderKind, providerName?: string, level?: SpidLevel) =>
      authorizationUrl(rp, kind, providerName, level),
    complete: (query: string) => completeOidcLogin(rp, query),
  };
}

export type OidcRelyingParty = ReturnType<typeof oidcRelyingParty>;

/**
 * The entity configuration served at /.well-known/openid-federation, signed with the federation
 * key.
 */
async function entityConfiguration(rp: RelyingParty): Promise<string> {
  const own = await rp.keys();
  const now = Math.floor(Date.now() / 1000);
  const { config, entityId } = rp;
  return signStatement(
    {
      iss: entityId,
      sub: entityId,
      iat: now,
      exp: now + statementLifetimeSeconds,
      jwks: { keys: [own.federation.publicJwk] },
      authority_hints: rp.anchors.map((anchor) => anchor.entityId),
      trust_marks: await rp.trustMarks(),
      metadata: {
        federation_entity: {
          organization_name: config.SPID_SP_ORGANIZATION,
          homepage_uri: entityId,
          policy_uri: `${entityId}/privacy`,
          contacts: [config.SPID_SP_CONTACT_EMAIL],
        },
        openid_relying_party: {
          client_id: entityId,
          client_name: config.SPID_SP_ORGANIZATION,
          application_type: 'web',
          client_registration_types: ['automatic'],
          redirect_uris: [rp.redirectUri],
          response_types: ['code'],
          grant_types: ['authorization_code'],
          token_endpoint_auth_method: 'private_key_jwt',
          jwks: { keys: [own['core-signing'].publicJwk, own['core-encryption'].publicJwk] },
          id_token_signed_response_alg: 'RS256',
          userinfo_signed_response_alg: 'RS256',
          userinfo_encrypted_response_alg: 'RSA-OAEP-256',
          userinfo_encrypted_response_enc: 'A256CBC-HS512',
          contacts: [config.SPID_SP_CONTACT_EMAIL],
        },
      },
    },
    { privateKey: own.federation.privateKey, publicJwk: own.federation.publicJwk },
  );
}

function providerOf(rp: RelyingParty, kind: OidcProviderKind, name?: string): string {
  if (kind === 'cie') return rp.config.CIE_PROVIDER;
  const provider = rp.config.SPID_OIDC_PROVIDERS[name ?? ''];
  if (!provider) throw providerUnknown(name ?? '');
  return provider;
}

/**
 * The provider's metadata as its trust chain gives it; a provider outside the federation is
 * refused.
 */
async function trustedProvider(
  rp: RelyingParty,
  kind: OidcProviderKind,
  provider: string,
): Promise<ResolvedEntity['metadata']> {
  try {
    return (await rp.chains.resolve(provider, 'openid_provider')).metadata;
  } catch (error) {
    rp.logger.warn(
      {
        provider,
        reason: (error as Error).message,
        refusal: error instanceof FederationRefusal ? error.reason : undefined,
      },
      'OpenID provider not trusted',
    );
    throw providerUntrusted(kind, error);
  }
}

/**
 * Where to send the browser: the provider's authorization endpoint with a signed request object.
 */
async function authorizationUrl(
  rp: RelyingParty,
  kind: OidcProviderKind,
  providerName?: string,
  level?: SpidLevel,
): Promise<string> {
  const provider = providerOf(rp, kind, providerName);
  const op = await trustedProvider(rp, kind, provider);
  const signing = (await rp.keys())['core-signing'];
  const state = randomBytes(32).toString('base64url');
  const nonce = randomBytes(32).toString('base64url');
  const verifier = randomBytes(48).toString('base64url');
  const asked = levelAsked(kind, level);
  const pending: Pending = { kind, provider, verifier, nonce, level: asked };
  await savePendingLogin(rp.dataSource, {
    id: state,
    method: kind,
    details: pending,
    lifetimeSeconds: pendingLifetimeSeconds,
  });
  const parameters = {
    client_id: rp.entityId,
    response_type: 'code',
    scope: 'openid',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  };
  const request = await new SignJWT({
    ...parameters,
    redirect_uri: rp.redirectUri,
    state,
    nonce,
    prompt: 'consent login',
    acr_values: spidLevels[asked],
    claims: requestedClaims,
    ui_locales: 'it',
  })
    .setProtectedHeader({ alg: 'RS256', kid: defined(signing.publicJwk.kid) })
    .setIssuer(rp.entityId)
    .setAudience([String(op.issuer), String(op.authorization_endpoint)])
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(signing.privateKey);
  const url = new URL(String(op.authorization_endpoint));
  for (const [name, value] of Object.entries({ ...parameters, request }))
    url.searchParams.set(name, value);
  return url.toString();
}

async function clientAssertion(rp: RelyingParty, audience: string): Promise<string> {
  const signing = (await rp.keys())['core-signing'];
  return new SignJWT({})
    .setProtectedHeader({ alg: 'RS256', kid: defined(signing.publicJwk.kid) })
    .setIssuer(rp.entityId)
    .setSubject(rp.entityId)
    .setAudience(audience)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime('2m')
    .sign(signing.privateKey);
}

/** A form POST to the provider, authenticated with private_key_jwt. */
async function postAuthenticated(
  rp: RelyingParty,
  url: string,
  form: Record<string, string>,
): Promise<Response> {
  const body = new URLSearchParams({
    ...form,
    client_id: rp.entityId,
    client_assertion_type: assertionType,
    client_assertion: await clientAssertion(rp, url),
  });
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body,
    redirect: 'error',
    signal: AbortSignal.timeout(10_000),
  });
}

/**
 * The provider's answer: state once, code for tokens, ID token and userinfo checked, the person's
 * fiscal code.
 */
async function completeOidcLogin(rp: RelyingParty, query: string): Promise<OidcIdentity> {
  const answer = new URLSearchParams(query);
  const pending = await takePendingLogin<Pending>(rp.dataSource, answer.get('state') ?? '', [
    'cie',
    'spid',
  ]);
  if (!pending) throw loginRefused(undefined, refusals.unknownState);
  const { kind, provider, verifier, nonce, level } = pending;
  if (answer.get('error'))
    throw loginRefused(
      kind,
      refusals.providerError(answer.get('error_description') ?? answer.get('error') ?? ''),
    );
  if (answer.has('iss') && answer.get('iss') !== provider)
    throw loginRefused(kind, refusals.wrongIssuer);
  const op = await trustedProvider(rp, kind, provider);

  const response = await postAuthenticated(rp, String(op.token_endpoint), {
    grant_type: 'authorization_code',
    code: answer.get('code') ?? '',
    code_verifier: verifier,
    redirect_uri: rp.redirectUri,
  });
  const tokens = (await response.json().catch(() => ({}))) as {
    access_token?: string;
    id_token?: string;
    token_type?: string;
  };
  if (
    !response.ok ||
    !tokens.access_token ||
    !tokens.id_token ||
    tokens.token_type?.toLowerCase() !== 'bearer'
  ) {
    rp.logger.warn({ provider, status: response.status }, 'token endpoint refused the code');
    throw loginRefused(kind, refusals.tokenRefused);
  }
  const idToken = await checkedIdToken(rp, op, kind, {
    idToken: tokens.id_token,
    accessToken: tokens.access_token,
    nonce,
  });
  const acr = acceptedLevel(idToken.acr, level);
  if (!acr) throw loginRefused(kind, refusals.levelTooLow);
  let userinfo: JWTPayload;
  try {
    userinfo = await readUserinfo(rp, op, kind, tokens.access_token, defined(idToken.sub));
  } finally {
    await revokeAccessToken(rp, op, tokens.access_token, provider);
  }
  const fiscal = checkFiscalCode(String(userinfo[fiscalNumberClaim] ?? ''));
  if (!fiscal.valid) throw loginRefused(kind, refusals.badFiscalCode(fiscal.reason));
  return {
    fiscalCode: fiscal.code,
    method: kind,
    acr,
    authTime: new Date(Number(idToken.auth_time ?? idToken.iat) * 1000),
    idp: provider,
  };
}

/**
 * The ID token: signed with a key of the provider's chain, for this client, this nonce, recent,
 * bound to the access token.
 */
async function checkedIdToken(
  rp: RelyingParty,
  op: Record<string, unknown>,
  kind: OidcProviderKind,
  given: { idToken: string; accessToken: string; nonce: string },
): Promise<JWTPayload> {
  try {
    const { payload } = await jwtVerify(
      given.idToken,
      createLocalJWKSet(op.jwks as JSONWebKeySet),
      {
        algorithms: signingAlgorithms,
        issuer: String(op.issuer),
        audience: rp.entityId,
        requiredClaims: ['sub', 'iat', 'exp', 'nonce', 'acr'],
        maxTokenAge: '10m',
      },
    );
    if (payload.nonce !== given.nonce) throw new Error('nonce');
    const atHash = createHash('sha256')
      .update(given.accessToken)
      .digest()
      .subarray(0, 16)
      .toString('base64url');
    if (payload.at_hash !== undefined && payload.at_hash !== atHash) throw new Error('at_hash');
    return payload;
  } catch (error) {
    rp.logger.warn({ provider: op.issuer, reason: (error as Error).message }, 'ID token refused');
    throw loginRefused(kind, refusals.idTokenRefused, error);
  }
}

/**
 * Userinfo: a JWE to the relying party's encryption key around a JWS of the provider, about the ID
 * token's subject.
 */
async function readUserinfo(
  rp: RelyingParty,
  op: Record<string, unknown>,
  kind: OidcProviderKind,
  accessToken: string,
  subject: string,
): Promise<JWTPayload> {
  try {
    const response = await fetch(String(op.userinfo_endpoint), {
      headers: { authorization: `Bearer ${accessToken}` },
      redirect: 'error',
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`userinfo answered ${response.status}`);
    const encrypted = (await response.text()).trim();
    const header = decodeProtectedHeader(encrypted);
    if (
      !keyAlgorithms.includes(String(header.alg)) ||
      !contentAlgorithms.includes(String(header.enc))
    )
      throw new Error(`userinfo encrypted with ${String(header.alg)}/${String(header.enc)}`);
    const own = (await rp.keys())['core-encryption'];
    const decryptionKey = await importJWK(
      { ...own.privateJwk, alg: String(header.alg) },
      String(header.alg),
    );
    const { plaintext } = await compactDecrypt(encrypted, decryptionKey, {
      keyManagementAlgorithms: keyAlgorithms,
      contentEncryptionAlgorithms: contentAlgorithms,
    });
    const { payload } = await jwtVerify(
      new TextDecoder().decode(plaintext),
      createLocalJWKSet(op.jwks as JSONWebKeySet),
      { algorithms: signingAlgorithms, issuer: String(op.issuer), audience: rp.entityId, subject },
    );
    return payload;
  } catch (error) {
    rp.logger.warn({ provider: op.issuer, reason: (error as Error).message }, 'userinfo refused');
    throw loginRefused(kind, refusals.userinfoRefused, error);
  }
}

/**
 * Revokes the access token at the provider (none stays active); a provider that does not answer is
 * logged, the login stands.
 */
async function revokeAccessToken(
  rp: RelyingParty,
  op: Record<string, unknown>,
  accessToken: string,
  provider: string,
): Promise<void> {
  if (!op.revocation_endpoint) return;
  try {
    const response = await postAuthenticated(rp, String(op.revocation_endpoint), {
      token: accessToken,
      token_type_hint: 'access_token',
    });
    if (!response.ok)
      rp.logger.warn({ provider, status: response.status }, 'access token revocation refused');
  } catch (error) {
    rp.logger.warn(
      { provider, reason: (error as Error).message },
      'access token revocation failed',
    );
  }
}
