import { createHash, randomBytes, randomUUID } from 'node:crypto';
import express, { type RequestHandler, type Router } from 'express';
import { CompactEncrypt, createLocalJWKSet, importJWK, jwtVerify, SignJWT, type JWK } from 'jose';
import {
  entityConfigurationPath,
  entityStatementMediaType,
  newSigningKey,
  signingAlgorithms,
  signStatement,
  TrustChainCache,
  type ResolvedEntity,
  type TrustAnchor,
} from '@app/oidc-federation';

export interface FederationUser {
  username: string;
  password: string;
  fiscalCode: string;
  displayName: string;
  email?: string;
}

/** Ways a test makes the provider misbehave, to see the relying party refuse. */
export interface ProviderFaults {
  /** The ID token names another client as its audience. */
  idTokenAudience?: string;
  /** The ID token carries this nonce instead of the one asked. */
  nonce?: string;
  /** The userinfo answer names another subject than the ID token. */
  userinfoSubject?: string;
  /** The ID token is signed with a key the federation does not know. */
  foreignSigningKey?: boolean;
}

export interface ProviderSimulator {
  entityId: string;
  router: Router;
  faults: ProviderFaults;
  /** Access tokens revoked by relying parties (their jti). */
  revokedTokens: Set<string>;
  /** Trust marks shown in the provider's own configuration. */
  trustMarks: { id: string; trust_mark: string }[];
  federationJwks: { keys: JWK[] };
}

const fiscalNumberClaim = 'https://attributes.eid.gov.it/fiscal_number';
const levels: readonly [string, string, string] = [
  'https://www.spid.gov.it/SpidL1',
  'https://www.spid.gov.it/SpidL2',
  'https://www.spid.gov.it/SpidL3',
];
const assertionType = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const now = () => Math.floor(Date.now() / 1000);
const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (
  title: string,
  body: string,
) => `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0
1rem}label{display:block;margin:.8rem 0 .2rem}input{width:100%;padding:.5rem;
font-size:1rem}button{margin-top:1rem;padding:.6rem 1.2rem;font-size:1rem;background:#0066cc;
color:#fff;border:0;border-radius:4px}.error{color:#b00020}</style>
</head><body><h1>${escape(title)}</h1>${body}</body></html>`;

interface PendingAuthorization {
  clientId: string;
  redirectUri: string;
  state: string;
  nonce: string;
  codeChallenge: string;
  acr: string;
  scope: string;
  claims: string[];
}

export interface ProviderOptions {
  entityId: string;
  kind: 'cie' | 'spid';
  anchor: TrustAnchor;
  users: FederationUser[];
  trustMark: (subject: string) => Promise<string>;
}

/** The pairwise subject of a person for one relying party. */
const subjectFor = (user: FederationUser, clientId: string) =>
  createHash('sha256').update(`${user.fiscalCode}|${clientId}`).digest('base64url');

const oauthError = (res: express.Response, status: number, error: string, description: string) =>
  void res.status(status).json({ error, error_description: description });

/** private_key_jwt with the relying party's keys from its trust chain; each assertion once. */
async function clientAuthenticated(
  provider: {
    relyingParty: (clientId: string) => Promise<ResolvedEntity>;
    seenAssertions: Set<string>;
    entityId: string;
  },
  body: Record<string, string>,
  audience: string,
): Promise<ResolvedEntity> {
  if (body.client_assertion_type !== assertionType || !body.client_assertion)
    throw new Error('private_key_jwt is required');
  const rp = await provider.relyingParty(body.client_id ?? '');
  const { payload } = await jwtVerify(
    body.client_assertion,
    createLocalJWKSet(rp.metadata.jwks as { keys: JWK[] }),
    {
      algorithms: signingAlgorithms,
      issuer: body.client_id,
      subject: body.client_id,
      audience: [audience, provider.entityId],
      requiredClaims: ['jti', 'exp', 'iat'],
    },
  );
  if (provider.seenAssertions.has(String(payload.jti)))
    throw new Error('client assertion replayed');
  provider.seenAssertions.add(String(payload.jti));
  return rp;
}

/** The state and helpers the routes share. */
async function createProviderContext(options: ProviderOptions) {
  const { entityId, kind } = options;
  const federationKey = await newSigningKey();
  const coreKey = await newSigningKey();
  const foreignKey = await newSigningKey();
  const chains = new TrustChainCache(
    { trustAnchors: [options.anchor], requireTrustMarkFor: 'openid_relying_party' },
    60_000,
  );
  const faults: ProviderFaults = {};
  const seenRequestObjects = new Set<string>();
  const seenAssertions = new Set<string>();
  const interactions = new Map<string, PendingAuthorization>();
  const codes = new Map<
    string,
    PendingAuthorization & { user: FederationUser; authTime: number }
  >();
  const accessTokens = new Map<
    string,
    { user: FederationUser; clientId: string; claims: string[] }
  >();
  const revokedTokens = new Set<string>();
  const trustMarks = [
    {
      id: `${options.anchor.entityId}/openid_provider/public/`,
      trust_mark: await options.trustMark(entityId),
    },
  ];
  const endpoint = (name: string) => `${entityId}/${name}`;
  const title = kind === 'cie' ? 'Entra con CIE' : 'Entra con SPID';

  const relyingParty = async (clientId: string): Promise<ResolvedEntity> =>
    chains.resolve(clientId, 'openid_relying_party');

  const authenticateClient = (body: Record<string, string>, audience: string) =>
    clientAuthenticated({ relyingParty, seenAssertions, entityId }, body, audience);
  return {
    entityId,
    kind,
    federationKey,
    coreKey,
    foreignKey,
    chains,
    faults,
    seenRequestObjects,
    seenAssertions,
    interactions,
    codes,
    accessTokens,
    revokedTokens,
    trustMarks,
    endpoint,
    title,
    subjectFor,
    relyingParty,
    oauthError,
    authenticateClient,
    options,
  };
}
type ProviderContext = Awaited<ReturnType<typeof createProviderContext>>;

/**
 * An OpenID provider of the Italian federation (CIE id or SPID): automatic client registration
 * through the relying party's trust chain, signed request objects only, private_key_jwt, PKCE S256,
 * JWT access tokens, userinfo signed then encrypted to the relying party's key, token revocation.
 */
export async function createProvider(options: ProviderOptions): Promise<ProviderSimulator> {
  const provider = await createProviderContext(options);
  const { entityId, federationKey, faults, revokedTokens, trustMarks } = provider;
  const router = express.Router();
  router.get(entityConfigurationPath, entityConfiguration(provider));
  router.get('/authorization', getAuthorization(provider));
  router.post('/login/:uid', express.urlencoded({ extended: false }), postLogin(provider));
  router.post('/token', express.urlencoded({ extended: false }), postToken(provider));
  router.get('/userinfo', getUserinfo(provider));
  router.post('/revocation', express.urlencoded({ extended: false }), postRevocation(provider));

  return {
    entityId,
    router,
    faults,
    revokedTokens,
    trustMarks,
    federationJwks: { keys: [federationKey.publicJwk] },
  };
}

/** The provider's entity configuration: its federation keys, its endpoints, its trust marks. */
function entityConfiguration(provider: ProviderContext): RequestHandler {
  const { entityId, kind, federationKey, coreKey, trustMarks, endpoint } = provider;
  const { anchor } = provider.options;
  return async (_req, res) =>
    void res.type(entityStatementMediaType).send(
      await signStatement(
        {
          iss: entityId,
          sub: entityId,
          iat: now(),
          exp: now() + 86_400,
          jwks: { keys: [federationKey.publicJwk] },
          authority_hints: [anchor.entityId],
          trust_marks: trustMarks,
          metadata: {
            federation_entity: {
              organization_name:
                kind === 'cie' ? 'Simulatore CIE id' : 'Simulatore SPID OpenID Connect',
              homepage_uri: entityId,
              contacts: ['federazione@example.it'],
            },
            openid_provider: {
              issuer: entityId,
              authorization_endpoint: endpoint('authorization'),
              token_endpoint: endpoint('token'),
              userinfo_endpoint: endpoint('userinfo'),
              revocation_endpoint: endpoint('revocation'),
              jwks: { keys: [coreKey.publicJwk] },
              client_registration_types_supported: ['automatic'],
              request_authentication_methods_supported: {
                authorization_endpoint: ['request_object'],
              },
              response_types_supported: ['code'],
              grant_types_supported: ['authorization_code', 'refresh_token'],
              subject_types_supported: ['pairwise'],
              scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
              acr_values_supported: levels,
              claims_supported: ['given_name', 'family_name', 'email', fiscalNumberClaim],
              code_challenge_methods_supported: ['S256'],
              token_endpoint_auth_methods_supported: ['private_key_jwt'],
              token_endpoint_auth_signing_alg_values_supported: ['RS256', 'RS512'],
              id_token_signing_alg_values_supported: ['RS256', 'RS512'],
              request_object_signing_alg_values_supported: ['RS256', 'RS512'],
              userinfo_signing_alg_values_supported: ['RS256', 'RS512'],
              userinfo_encryption_alg_values_supported: ['RSA-OAEP', 'RSA-OAEP-256'],
              userinfo_encryption_enc_values_supported: ['A128CBC-HS256', 'A256CBC-HS512'],
              request_parameter_supported: true,
              claims_parameter_supported: true,
            },
          },
        },
        federationKey,
      ),
    );
}

/** What a request object gets wrong against the query and the profile, by parameter name. */
function requestProblems(request: Record<string, unknown>, query: Record<string, string>) {
  return [
    request.client_id !== query.client_id && 'client_id',
    request.response_type !== 'code' || query.response_type !== 'code' ? 'response_type' : false,
    request.scope !== query.scope && 'scope',
    !String(request.scope ?? '')
      .split(' ')
      .includes('openid') && 'scope openid',
    request.code_challenge_method !== 'S256' && 'code_challenge_method',
    !/^[A-Za-z0-9_-]{43,128}$/.test(String(request.code_challenge ?? '')) && 'code_challenge',
    String(request.nonce ?? '').length < 32 && 'nonce',
    String(request.state ?? '').length < 32 && 'state',
    !['consent', 'consent login'].includes(String(request.prompt ?? '')) && 'prompt',
  ].filter(Boolean);
}

/** The login form of the provider's simulated identity. */
function loginPage(kind: 'cie' | 'spid', title: string, action: string) {
  const credential = kind === 'cie' ? "Carta d'Identità Elettronica" : 'identità SPID';
  return page(
    title,
    `<p>Inserisci le credenziali della tua ${credential} (simulata).</p>
<form method="post" action="${escape(action)}">
<label for="username">Nome utente</label><input id="username" name="username"
autocomplete="username" required>
<label for="password">Password</label><input id="password" name="password" type="password" required>
<button type="submit">${escape(title)}</button></form>`,
  );
}

const invalid = (detail: string) =>
  page('Richiesta non valida', `<p class="error">${escape(detail)}</p>`);

function getAuthorization(provider: ProviderContext): RequestHandler {
  const { entityId, kind, seenRequestObjects, interactions, endpoint, title, relyingParty } =
    provider;
  return async (req, res) => {
    const query = req.query as Record<string, string>;
    const refuse = (detail: string) => void res.status(400).type('html').send(invalid(detail));
    if (!query.request) return refuse('La richiesta deve essere un request object firmato.');
    let rp: ResolvedEntity;
    try {
      rp = await relyingParty(query.client_id ?? '');
    } catch (error) {
      return refuse(
        `Il relying party non è riconosciuto dalla federazione: ${(error as Error).message}`,
      );
    }
    let request: Record<string, unknown>;
    try {
      ({ payload: request } = await jwtVerify(
        query.request,
        createLocalJWKSet(rp.metadata.jwks as { keys: JWK[] }),
        {
          algorithms: signingAlgorithms,
          issuer: query.client_id,
          audience: entityId,
          requiredClaims: ['iat', 'exp', 'jti'],
        },
      ));
    } catch (error) {
      return refuse(`Request object non valido: ${(error as Error).message}`);
    }
    if (seenRequestObjects.has(String(request.jti))) return refuse('Request object già usato.');
    seenRequestObjects.add(String(request.jti));
    const redirectUri = String(request.redirect_uri ?? '');
    if (!(rp.metadata.redirect_uris as string[]).includes(redirectUri))
      return refuse('redirect_uri non dichiarato nei metadata del relying party.');
    const problems = requestProblems(request, query);
    if (problems.length) return refuse(`Parametri non validi: ${problems.join(', ')}.`);
    const asked = String(request.acr_values ?? levels[1])
      .split(' ')
      .filter((value) => levels.includes(value));
    const requestedClaims = request.claims as
      { userinfo?: Record<string, unknown>; id_token?: Record<string, unknown> } | undefined;
    const uid = randomUUID();
    interactions.set(uid, {
      clientId: String(query.client_id),
      redirectUri,
      state: String(request.state),
      nonce: String(request.nonce),
      codeChallenge: String(request.code_challenge),
      acr: kind === 'cie' ? levels[2] : (asked[0] ?? levels[1]),
      scope: String(request.scope),
      claims: [
        ...Object.keys(requestedClaims?.userinfo ?? {}),
        ...Object.keys(requestedClaims?.id_token ?? {}),
      ],
    });
    res.type('html').send(loginPage(kind, title, endpoint(`login/${uid}`)));
  };
}

function postLogin(provider: ProviderContext): RequestHandler {
  const { entityId, interactions, codes, options } = provider;
  return (req, res) => {
    const pending = interactions.get(String(req.params.uid));
    if (!pending)
      return void res
        .status(400)
        .type('html')
        .send(
          page(
            'Sessione scaduta',
            '<p class="error">La richiesta di accesso non è più valida: riparti dal servizio.</p>',
          ),
        );
    const user = options.users.find(
      (u) => u.username === req.body.username && u.password === req.body.password,
    );
    if (!user)
      return void res
        .status(401)
        .type('html')
        .send(
          page(
            'Credenziali non valide',
            '<p class="error">Nome utente o password non corretti. Torna indietro e riprova.</p>',
          ),
        );
    interactions.delete(String(req.params.uid));
    const code = randomBytes(24).toString('base64url');
    codes.set(code, { ...pending, user, authTime: now() });
    const back = new URL(pending.redirectUri);
    back.searchParams.set('code', code);
    back.searchParams.set('state', pending.state);
    back.searchParams.set('iss', entityId);
    res.redirect(302, back.toString());
  };
}

/** The ID token: signed by the provider (or by a foreign key, when a test asks), bound to the access token. */
async function signedIdToken(
  provider: ProviderContext,
  grant: { nonce: string; acr: string; authTime: number; clientId: string },
  sub: string,
  accessToken: string,
) {
  const { entityId, coreKey, foreignKey, faults } = provider;
  const atHash = createHash('sha256')
    .update(accessToken)
    .digest()
    .subarray(0, 16)
    .toString('base64url');
  const signer = faults.foreignSigningKey ? foreignKey : coreKey;
  return new SignJWT({
    nonce: faults.nonce ?? grant.nonce,
    acr: grant.acr,
    at_hash: atHash,
    auth_time: grant.authTime,
  })
    .setProtectedHeader({ alg: 'RS256', kid: signer.publicJwk.kid, typ: 'JWT' })
    .setIssuer(entityId)
    .setSubject(sub)
    .setAudience(faults.idTokenAudience ?? grant.clientId)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(signer.privateKey);
}

/** The person's attributes the relying party asked for, and only those. */
function releasedClaims(user: FederationUser, claims: string[]): Record<string, unknown> {
  const [givenName, ...family] = user.displayName.split(' ');
  const attributes: Record<string, unknown> = {
    given_name: givenName,
    family_name: family.join(' '),
    email: user.email ?? `${user.username}@example.it`,
    [fiscalNumberClaim]: `TINIT-${user.fiscalCode}`,
  };
  return Object.fromEntries(
    claims.filter((claim) => claim in attributes).map((claim) => [claim, attributes[claim]]),
  );
}

/** The signed userinfo, encrypted to the relying party's key as its metadata asks. */
async function encryptedFor(rp: ResolvedEntity, encryptionJwk: JWK, signed: string) {
  const alg = String(rp.metadata.userinfo_encrypted_response_alg ?? 'RSA-OAEP');
  const enc = String(rp.metadata.userinfo_encrypted_response_enc ?? 'A256CBC-HS512');
  return new CompactEncrypt(new TextEncoder().encode(signed))
    .setProtectedHeader({ alg, enc, kid: encryptionJwk.kid, cty: 'JWT' })
    .encrypt(await importJWK({ ...encryptionJwk, alg }, alg));
}

function postToken(provider: ProviderContext): RequestHandler {
  const { entityId, coreKey, codes, accessTokens, endpoint, subjectFor, oauthError } = provider;
  const { authenticateClient } = provider;
  return async (req, res) => {
    const body = req.body as Record<string, string>;
    try {
      await authenticateClient(body, endpoint('token'));
    } catch (error) {
      return oauthError(res, 401, 'invalid_client', (error as Error).message);
    }
    const grant = codes.get(body.code ?? '');
    codes.delete(body.code ?? '');
    if (body.grant_type !== 'authorization_code' || !grant || grant.clientId !== body.client_id)
      return oauthError(res, 400, 'invalid_grant', 'codice non valido o già usato');
    if (
      createHash('sha256')
        .update(body.code_verifier ?? '')
        .digest('base64url') !== grant.codeChallenge
    )
      return oauthError(res, 400, 'invalid_grant', 'code_verifier non corrisponde');
    const jti = randomUUID();
    const sub = subjectFor(grant.user, grant.clientId);
    accessTokens.set(jti, { user: grant.user, clientId: grant.clientId, claims: grant.claims });
    const accessToken = await new SignJWT({ client_id: grant.clientId, scope: grant.scope })
      .setProtectedHeader({ alg: 'RS256', kid: coreKey.publicJwk.kid, typ: 'at+jwt' })
      .setIssuer(entityId)
      .setSubject(sub)
      .setAudience(endpoint('userinfo'))
      .setJti(jti)
      .setIssuedAt()
      .setExpirationTime('30m')
      .sign(coreKey.privateKey);
    const idToken = await signedIdToken(provider, grant, sub, accessToken);
    res.set('cache-control', 'no-store').json({
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: 1800,
      id_token: idToken,
    });
  };
}

function getUserinfo(provider: ProviderContext): RequestHandler {
  const {
    entityId,
    coreKey,
    faults,
    accessTokens,
    revokedTokens,
    endpoint,
    subjectFor,
    relyingParty,
    oauthError,
  } = provider;
  return async (req, res) => {
    const bearer = /^Bearer (\S+)$/.exec(req.get('authorization') ?? '')?.[1];
    let jti: string;
    try {
      ({
        payload: { jti },
      } = (await jwtVerify(bearer ?? '', createLocalJWKSet({ keys: [coreKey.publicJwk] }), {
        issuer: entityId,
        audience: endpoint('userinfo'),
        typ: 'at+jwt',
      })) as { payload: { jti: string } });
    } catch {
      return oauthError(res, 401, 'invalid_token', 'access token non valido');
    }
    const granted = accessTokens.get(jti);
    if (!granted || revokedTokens.has(jti))
      return oauthError(res, 401, 'invalid_token', 'access token revocato');
    const rp = await relyingParty(granted.clientId);
    const signed = await new SignJWT(releasedClaims(granted.user, granted.claims))
      .setProtectedHeader({ alg: 'RS256', kid: coreKey.publicJwk.kid, typ: 'JWT' })
      .setIssuer(entityId)
      .setSubject(faults.userinfoSubject ?? subjectFor(granted.user, granted.clientId))
      .setAudience(granted.clientId)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(coreKey.privateKey);
    const encryptionJwk = (rp.metadata.jwks as { keys: JWK[] }).keys.find(
      (key) => key.use === 'enc',
    );
    if (!encryptionJwk)
      return oauthError(
        res,
        400,
        'invalid_client',
        'il relying party non pubblica una chiave di cifratura',
      );
    res.type('application/jwt').send(await encryptedFor(rp, encryptionJwk, signed));
  };
}

function postRevocation(provider: ProviderContext): RequestHandler {
  const { entityId, coreKey, revokedTokens, endpoint, oauthError, authenticateClient } = provider;
  return async (req, res) => {
    const body = req.body as Record<string, string>;
    try {
      await authenticateClient(body, endpoint('revocation'));
    } catch (error) {
      return oauthError(res, 401, 'invalid_client', (error as Error).message);
    }
    try {
      const { payload } = await jwtVerify(
        body.token ?? '',
        createLocalJWKSet({ keys: [coreKey.publicJwk] }),
        { issuer: entityId, typ: 'at+jwt' },
      );
      if (payload.client_id === body.client_id) revokedTokens.add(String(payload.jti));
    } catch {
      // RFC 7009: an unknown or invalid token is answered 200 all the same.
    }
    res.status(200).end();
  };
}
