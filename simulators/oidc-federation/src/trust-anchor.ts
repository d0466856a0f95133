import express, { type RequestHandler, type Router } from 'express';
import {
  entityConfigurationPath,
  entityStatementMediaType,
  fetchFederationDocument,
  newSigningKey,
  peekStatement,
  signStatement,
  trustMarkType,
  verifyStatement,
  type SigningKey,
} from '@app/oidc-federation';
import { importJWK, type CryptoKey, type JSONWebKeySet, type JWK } from 'jose';

const day = 86_400;
const now = () => Math.floor(Date.now() / 1000);

/** The policies the anchor sets on its subordinates, as the Italian federation's registry does. */
export const relyingPartyPolicy = {
  token_endpoint_auth_method: { one_of: ['private_key_jwt'] },
  client_registration_types: { subset_of: ['automatic'], essential: true },
  grant_types: { subset_of: ['authorization_code', 'refresh_token'], essential: true },
  response_types: { subset_of: ['code'], essential: true },
  redirect_uris: { essential: true },
  jwks: { essential: true },
};
export const providerPolicy = {
  token_endpoint_auth_methods_supported: { subset_of: ['private_key_jwt'], essential: true },
  code_challenge_methods_supported: { superset_of: ['S256'] },
};

export interface TrustAnchorSimulator {
  entityId: string;
  /** The anchor's public keys, to be pinned by every participant. */
  jwks: JSONWebKeySet;
  router: Router;
  /** Makes a trust mark for a subordinate (what onboarding hands to it); `expiresIn` in seconds. */
  issueTrustMark(
    subject: string,
    role: 'openid_relying_party' | 'openid_provider',
    expiresIn?: number,
  ): Promise<string>;
  /**
   * Registers an entity under the anchor with its federation keys (providers) or by its entity id
   * (relying parties, onboarded on first fetch).
   */
  register(entityId: string, keys?: JSONWebKeySet): void;
  /** Withdraws a trust mark: its status answers inactive from then on. */
  revokeTrustMarks(subject: string): void;
}

/**
 * A fixed key when one is given (compose's development file pins its public half); a fresh one
 * otherwise.
 */
async function anchorSigningKey(anchorKey: JWK | undefined): Promise<SigningKey> {
  if (!anchorKey) return newSigningKey();
  return {
    privateKey: (await importJWK(anchorKey, 'RS256')) as CryptoKey,
    publicJwk: {
      kty: anchorKey.kty,
      n: anchorKey.n,
      e: anchorKey.e,
      kid: anchorKey.kid,
      alg: 'RS256',
      use: 'sig',
    },
  };
}

const sendJwt = (res: express.Response, jwt: string, type = entityStatementMediaType) =>
  void res.type(type).send(jwt);

/** The anchor's own entity configuration: its keys, its endpoints, the trust marks it issues. */
function entityConfiguration(anchor: TrustAnchorContext): RequestHandler {
  const { key, markId, entityId } = anchor;
  return async (_req, res) =>
    sendJwt(
      res,
      await signStatement(
        {
          iss: entityId,
          sub: entityId,
          iat: now(),
          exp: now() + day,
          jwks: { keys: [key.publicJwk] },
          metadata: {
            federation_entity: {
              organization_name: 'Simulatore del registro della federazione SPID/CIE id',
              homepage_uri: entityId,
              federation_fetch_endpoint: `${entityId}/fetch`,
              federation_list_endpoint: `${entityId}/list`,
              federation_trust_mark_endpoint: `${entityId}/trust_mark`,
              federation_trust_mark_status_endpoint: `${entityId}/trust_mark_status`,
            },
          },
          trust_mark_issuers: {
            [markId('openid_relying_party')]: [entityId],
            [markId('openid_provider')]: [entityId],
          },
          constraints: { max_path_length: 1 },
        },
        key,
      ),
    );
}

/** The state and helpers the routes share. */
async function createTrustAnchorContext(
  entityId: string,
  relyingParties: string[],
  anchorKey?: JWK,
) {
  const key = await anchorSigningKey(anchorKey);
  const subordinates = new Map<string, JSONWebKeySet | undefined>(
    relyingParties.map((rp) => [rp, undefined]),
  );
  const revoked = new Set<string>();
  const markId = (role: string) => `${entityId}/${role}/public/`;

  const issueTrustMark = (
    subject: string,
    role: 'openid_relying_party' | 'openid_provider',
    expiresIn = 365 * day,
  ) =>
    signStatement(
      {
        iss: entityId,
        sub: subject,
        id: markId(role),
        trust_mark_type: markId(role),
        iat: now(),
        exp: now() + expiresIn,
      },
      key,
      trustMarkType,
    );

  /**
   * A relying party is onboarded the first time its statement is asked for: its own configuration,
   * self-signed, gives its keys.
   */
  const keysOf = async (subject: string): Promise<JSONWebKeySet | undefined> => {
    if (!subordinates.has(subject)) return undefined;
    const known = subordinates.get(subject);
    if (known) return known;
    const configuration = await fetchFederationDocument(`${subject}${entityConfigurationPath}`);
    const claimed = peekStatement(configuration);
    await verifyStatement(configuration, claimed.jwks ?? { keys: [] });
    subordinates.set(subject, claimed.jwks);
    return claimed.jwks;
  };

  return {
    key,
    subordinates,
    revoked,
    markId,
    issueTrustMark,
    keysOf,
    entityId,
    relyingParties,
  };
}
type TrustAnchorContext = Awaited<ReturnType<typeof createTrustAnchorContext>>;

/**
 * The federation's trust anchor: entity configuration, fetch, list, trust mark and trust mark
 * status endpoints.
 */
export async function createTrustAnchor(
  entityId: string,
  relyingParties: string[],
  anchorKey?: JWK,
): Promise<TrustAnchorSimulator> {
  const anchor = await createTrustAnchorContext(entityId, relyingParties, anchorKey);
  const { key, subordinates, revoked, issueTrustMark } = anchor;
  const router = express.Router();
  router.get(entityConfigurationPath, entityConfiguration(anchor));
  router.get('/fetch', getFetch(anchor));
  router.get('/list', (_req, res) => void res.json([...subordinates.keys()]));
  router.get('/trust_mark', getTrustMark(anchor));
  router.post(
    '/trust_mark_status',
    express.urlencoded({ extended: false }),
    postTrustMarkStatus(anchor),
  );
  return {
    entityId,
    jwks: { keys: [key.publicJwk] },
    router,
    issueTrustMark,
    register: (subject, keys) => void subordinates.set(subject, keys),
    revokeTrustMarks: (subject) => void revoked.add(subject),
  };
}

function getFetch(anchor: TrustAnchorContext): RequestHandler {
  const { key, keysOf, entityId, relyingParties } = anchor;
  return async (req, res) => {
    const subject = String(req.query.sub ?? '');
    let jwks: JSONWebKeySet | undefined;
    try {
      jwks = await keysOf(subject);
    } catch (error) {
      return void res.status(502).json({
        error: 'server_error',
        error_description: `onboarding of ${subject} failed: ${(error as Error).message}`,
      });
    }
    if (!jwks)
      return void res.status(404).json({
        error: 'not_found',
        error_description: `${subject} is not a subordinate of this anchor`,
      });
    sendJwt(
      res,
      await signStatement(
        {
          iss: entityId,
          sub: subject,
          iat: now(),
          exp: now() + day,
          jwks,
          metadata_policy: relyingParties.includes(subject)
            ? { openid_relying_party: relyingPartyPolicy }
            : { openid_provider: providerPolicy },
        },
        key,
      ),
    );
  };
}

function getTrustMark(anchor: TrustAnchorContext): RequestHandler {
  const { subordinates, revoked, markId, issueTrustMark } = anchor;
  return async (req, res) => {
    const subject = String(req.query.sub ?? '');
    const type = String(req.query.trust_mark_type ?? req.query.trust_mark_id ?? '');
    const role =
      type === markId('openid_relying_party')
        ? 'openid_relying_party'
        : type === markId('openid_provider')
          ? 'openid_provider'
          : undefined;
    if (!role || !subordinates.has(subject) || revoked.has(subject))
      return void res
        .status(404)
        .json({ error: 'not_found', error_description: 'no such trust mark for this subject' });
    sendJwt(res, await issueTrustMark(subject, role), 'application/trust-mark+jwt');
  };
}

function postTrustMarkStatus(anchor: TrustAnchorContext): RequestHandler {
  const { key, revoked } = anchor;
  return async (req, res) => {
    try {
      const mark = await verifyStatement(
        String(req.body.trust_mark ?? ''),
        { keys: [key.publicJwk] },
        trustMarkType,
      );
      res.json({ active: !revoked.has(mark.sub) });
    } catch {
      res.json({ active: false });
    }
  };
}
