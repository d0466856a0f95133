import type { JSONWebKeySet } from 'jose';
import {
  entityConfigurationPath,
  peekStatement,
  StatementRefused,
  trustMarkType,
  verifyStatement,
  type EntityStatement,
} from './entity-statement.js';
import { applyMetadataPolicy, PolicyViolation, type MetadataPolicy } from './metadata-policy.js';

/**
 * A trust anchor as configured: its entity identifier and its public keys, pinned (never fetched on
 * trust).
 */
export interface TrustAnchor {
  entityId: string;
  jwks: JSONWebKeySet;
}

export type EntityType = 'openid_provider' | 'openid_relying_party' | 'federation_entity';

export interface TrustMarkSeen {
  id: string;
  issuer: string;
  expiresAt: Date | undefined;
}

export interface ResolvedEntity {
  entityId: string;
  trustAnchor: string;
  /** The entity's metadata of the asked type, with every superior's policy applied. */
  metadata: Record<string, unknown>;
  /** The earliest expiry in the chain: the resolution is valid until then, no longer. */
  expiresAt: Date;
  /** Entity configuration, subordinate statements, trust anchor's configuration: as fetched. */
  chain: string[];
  trustMarks: TrustMarkSeen[];
}

export type FederationRefusalReason =
  'unreachable' | 'signature' | 'chain' | 'policy' | 'trust-mark' | 'metadata';

/** Why an entity is not trusted, with a reason a caller can map to its own message. */
export class FederationRefusal extends Error {
  constructor(
    readonly reason: FederationRefusalReason,
    readonly entityId: string,
    detail: string,
  ) {
    super(`${entityId}: ${detail}`);
  }
}

export interface ResolveOptions {
  trustAnchors: TrustAnchor[];
  /** GET a federation document; returns the body (the federation's own JWTs). */
  fetchStatement?: (url: string) => Promise<string>;
  now?: Date;
  /**
   * The entity must carry at least one valid trust mark whose id names this role
   * (…/openid_provider/…).
   */
  requireTrustMarkFor?: EntityType;
  /** How many intermediates may stand between the entity and an anchor. */
  maxPathLength?: number;
}

export async function fetchFederationDocument(url: string): Promise<string> {
  const response = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

const configurationUrl = (entityId: string) =>
  `${entityId.replace(/\/$/, '')}${entityConfigurationPath}`;

interface Link {
  /** The subordinate's keys as its superior vouches for them. */
  vouchedKeys: JSONWebKeySet;
  policies: MetadataPolicy[];
  overrides: Record<string, unknown>[];
  statements: string[];
  anchor: TrustAnchor;
  anchorConfiguration: EntityStatement;
  expiresAt: number;
}

/** What one resolution carries while it walks up the chain. */
interface Resolution {
  fetchStatement: (url: string) => Promise<string>;
  now: Date;
  entityType: EntityType;
  options: ResolveOptions;
}

async function fetched(
  resolution: Resolution,
  entityId: string,
  url: string,
  failure: FederationRefusalReason = 'unreachable',
): Promise<string> {
  try {
    return (await resolution.fetchStatement(url)).trim();
  } catch (error) {
    throw new FederationRefusal(
      failure,
      entityId,
      `cannot fetch ${url}: ${(error as Error).message}`,
    );
  }
}

async function verified(
  resolution: Resolution,
  entityId: string,
  jwt: string,
  jwks: JSONWebKeySet,
  what: string,
): Promise<EntityStatement> {
  try {
    return await verifyStatement(jwt, jwks, undefined, resolution.now);
  } catch (error) {
    throw new FederationRefusal(
      error instanceof StatementRefused ? 'signature' : 'chain',
      entityId,
      `${what}: ${(error as Error).message}`,
    );
  }
}

/**
 * An entity's self-signed configuration, fetched and verified: with the pinned keys when it is an
 * anchor, with the keys it claims otherwise (they are vouched for from above afterwards).
 */
async function entityConfiguration(
  resolution: Resolution,
  entityId: string,
  pinned?: JSONWebKeySet,
): Promise<{ jwt: string; configuration: EntityStatement }> {
  const jwt = await fetched(resolution, entityId, configurationUrl(entityId));
  const claimed = peekStatement(jwt);
  if (claimed.iss !== entityId || claimed.sub !== entityId)
    throw new FederationRefusal('chain', entityId, 'its entity configuration does not name itself');
  const jwks = pinned ?? claimed.jwks ?? { keys: [] };
  return {
    jwt,
    configuration: await verified(resolution, entityId, jwt, jwks, 'entity configuration'),
  };
}

/** The superior's statement about a subordinate, from the superior's fetch endpoint. */
async function statementAbout(
  resolution: Resolution,
  superior: string,
  superiorConfiguration: EntityStatement,
  subject: string,
): Promise<{ jwt: string; statement: EntityStatement }> {
  const fetchEndpoint = (
    superiorConfiguration.metadata?.federation_entity as
      { federation_fetch_endpoint?: string } | undefined
  )?.federation_fetch_endpoint;
  if (!fetchEndpoint)
    throw new FederationRefusal('chain', superior, 'no federation_fetch_endpoint');
  const statementUrl = new URL(fetchEndpoint);
  statementUrl.searchParams.set('sub', subject);
  // A superior that has no statement about the entity does not vouch for it: the chain is broken
  // there.
  const jwt = await fetched(resolution, superior, statementUrl.toString(), 'chain');
  const statement = await verified(
    resolution,
    superior,
    jwt,
    superiorConfiguration.jwks ?? { keys: [] },
    `statement about ${subject}`,
  );
  if (statement.iss !== superior || statement.sub !== subject)
    throw new FederationRefusal(
      'chain',
      superior,
      `its statement names ${statement.iss} → ${statement.sub}`,
    );
  return { jwt, statement };
}

/** The link through one superior: the superior itself, what is above it, its statement. */
async function linkThrough(
  resolution: Resolution,
  entity: EntityStatement,
  superior: string,
  depth: number,
): Promise<Link> {
  const { options, entityType } = resolution;
  const anchor = options.trustAnchors.find((candidate) => candidate.entityId === superior);
  const { jwt: superiorJwt, configuration: superiorConfiguration } = await entityConfiguration(
    resolution,
    superior,
    anchor?.jwks,
  );
  const above =
    !anchor && depth < (options.maxPathLength ?? 1)
      ? await linkUp(resolution, superiorConfiguration, depth + 1)
      : undefined;
  const chainAnchor = anchor
    ? { anchor, configuration: superiorConfiguration }
    : above && { anchor: above.anchor, configuration: above.anchorConfiguration };
  if (!chainAnchor)
    throw new FederationRefusal(
      'chain',
      superior,
      'no trust anchor above it within the allowed path length',
    );
  if (above)
    await verified(
      resolution,
      superior,
      superiorJwt,
      above.vouchedKeys,
      'entity configuration (with the keys its superior vouches for)',
    );
  const { jwt, statement } = await statementAbout(
    resolution,
    superior,
    superiorConfiguration,
    entity.sub,
  );
  return {
    vouchedKeys: statement.jwks ?? { keys: [] },
    policies: [
      ...(above?.policies ?? []),
      statement.metadata_policy?.[entityType] as MetadataPolicy,
    ].filter(Boolean),
    overrides: [...(above?.overrides ?? []), statement.metadata?.[entityType]].filter(
      (item): item is Record<string, unknown> => Boolean(item),
    ),
    statements: [jwt, ...(above?.statements ?? [superiorJwt])],
    anchor: chainAnchor.anchor,
    anchorConfiguration: chainAnchor.configuration,
    expiresAt: Math.min(
      statement.exp,
      superiorConfiguration.exp,
      above?.expiresAt ?? Number.POSITIVE_INFINITY,
    ),
  };
}

/** The first of the entity's authority hints that leads to an anchor. */
async function linkUp(
  resolution: Resolution,
  entity: EntityStatement,
  depth: number,
): Promise<Link> {
  const errors: string[] = [];
  const reasons: FederationRefusalReason[] = [];
  for (const superior of entity.authority_hints ?? []) {
    try {
      return await linkThrough(resolution, entity, superior, depth);
    } catch (error) {
      errors.push((error as Error).message);
      if (error instanceof FederationRefusal) reasons.push(error.reason);
    }
  }
  // A forged signature anywhere says more than a missing link: it is the reason given.
  throw new FederationRefusal(
    reasons.includes('signature') ? 'signature' : (reasons[0] ?? 'chain'),
    entity.sub,
    errors.length
      ? `no valid chain to a trust anchor (${errors.join('; ')})`
      : 'no authority_hints lead to a trust anchor',
  );
}

/** The entity's declared metadata, with its superiors' overrides and policies applied. */
function policedMetadata(
  subject: string,
  entityType: EntityType,
  configuration: EntityStatement,
  link: Link,
): Record<string, unknown> {
  const declared = configuration.metadata?.[entityType];
  if (!declared) throw new FederationRefusal('metadata', subject, `no ${entityType} metadata`);
  let metadata: Record<string, unknown> = { ...declared, ...Object.assign({}, ...link.overrides) };
  try {
    for (const policy of link.policies) metadata = applyMetadataPolicy(metadata, policy);
  } catch (error) {
    if (error instanceof PolicyViolation)
      throw new FederationRefusal('policy', subject, error.message);
    throw error;
  }
  return metadata;
}

/**
 * Resolves an entity's trust chain (OpenID Federation 1.0 §10): its self-signed configuration, each
 * superior's statement about it fetched from the superior's fetch endpoint, up to a configured
 * anchor whose configuration must verify with the pinned keys. The entity's own signature must
 * verify with the keys its superior vouches for, not only with the keys it claims itself.
 */
export async function resolveTrustChain(
  subject: string,
  entityType: EntityType,
  options: ResolveOptions,
): Promise<ResolvedEntity> {
  const resolution: Resolution = {
    fetchStatement: options.fetchStatement ?? fetchFederationDocument,
    now: options.now ?? new Date(),
    entityType,
    options,
  };
  const { jwt: configurationJwt, configuration } = await entityConfiguration(resolution, subject);
  const link = await linkUp(resolution, configuration, 0);
  // The entity's configuration must verify with the keys its superior vouches for.
  await verified(
    resolution,
    subject,
    configurationJwt,
    link.vouchedKeys,
    'entity configuration (with the keys its superior vouches for)',
  );
  const metadata = policedMetadata(subject, entityType, configuration, link);
  const trustMarks = await validTrustMarks(configuration, link, resolution.now);
  const markFor = options.requireTrustMarkFor;
  if (markFor && !trustMarks.some((mark) => mark.id.includes(`/${markFor}/`)))
    throw new FederationRefusal('trust-mark', subject, `no valid trust mark for ${markFor}`);
  return {
    entityId: subject,
    trustAnchor: link.anchor.entityId,
    metadata,
    trustMarks,
    expiresAt: new Date(Math.min(configuration.exp, link.expiresAt) * 1000),
    chain: [configurationJwt, ...link.statements],
  };
}

/**
 * The entity's trust marks that hold (static validation): issued by an issuer the anchor names for
 * that mark (or the anchor itself), signed with the anchor's keys, about this entity, not expired.
 */
async function validTrustMarks(
  configuration: EntityStatement,
  link: Link,
  now: Date,
): Promise<TrustMarkSeen[]> {
  const seen: TrustMarkSeen[] = [];
  for (const entry of configuration.trust_marks ?? []) {
    try {
      const claims = peekStatement(entry.trust_mark);
      const id = String(claims.trust_mark_type ?? claims.id ?? '');
      const issuers = link.anchorConfiguration.trust_mark_issuers?.[id] ?? [];
      if (
        claims.iss !== link.anchor.entityId ||
        (issuers.length > 0 && !issuers.includes(claims.iss))
      )
        continue;
      const mark = await verifyStatement(entry.trust_mark, link.anchor.jwks, trustMarkType, now);
      if (mark.sub !== configuration.sub || (entry.id ?? entry.trust_mark_type ?? id) !== id)
        continue;
      seen.push({
        id,
        issuer: mark.iss,
        expiresAt: mark.exp ? new Date(mark.exp * 1000) : undefined,
      });
    } catch {
      // A mark that does not verify (expired, forged, for someone else) is simply not counted.
    }
  }
  return seen;
}

/**
 * Resolved chains kept until their own expiry (or a shorter ceiling), so a login does not fetch the
 * federation each time; a refusal is never cached.
 */
export class TrustChainCache {
  readonly #entries = new Map<string, Promise<ResolvedEntity>>();
  constructor(
    private readonly options: ResolveOptions,
    private readonly ceilingMs = 3_600_000,
  ) {}

  resolve(subject: string, entityType: EntityType): Promise<ResolvedEntity> {
    const key = `${entityType} ${subject}`;
    const cached = this.#entries.get(key);
    if (cached) return cached;
    const resolving = resolveTrustChain(subject, entityType, this.options).then(
      (resolved) => {
        const lifetime = Math.min(resolved.expiresAt.getTime() - Date.now(), this.ceilingMs);
        setTimeout(() => this.#entries.delete(key), Math.max(lifetime, 0)).unref();
        return resolved;
      },
      (error: unknown) => {
        this.#entries.delete(key);
        throw error;
      },
    );
    this.#entries.set(key, resolving);
    return resolving;
  }
}
