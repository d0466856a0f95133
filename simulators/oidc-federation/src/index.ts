import express, { type Express } from 'express';
import type { JSONWebKeySet, JWK } from 'jose';
import { createProvider, type FederationUser, type ProviderSimulator } from './provider.js';
import { createTrustAnchor, type TrustAnchorSimulator } from './trust-anchor.js';

export { type FederationUser, type ProviderFaults, type ProviderSimulator } from './provider.js';
export { relyingPartyPolicy, providerPolicy, type TrustAnchorSimulator } from './trust-anchor.js';

export interface FederationSimulator {
  app: Express;
  trustAnchor: TrustAnchorSimulator;
  /** The CIE id provider and the SPID provider, each with its entity id. */
  cie: ProviderSimulator;
  spid: ProviderSimulator;
  /** What a relying party pins: the anchor's entity id and keys. */
  pinnedAnchor: { entityId: string; jwks: JSONWebKeySet };
}

/**
 * The Italian OpenID Connect Federation in one process: the trust anchor at `/ta`, CIE id at
 * `/cie`,
 * a SPID provider at `/spid`, each an entity whose configuration is at its own
 * `/.well-known/openid-federation`.
 * The relying parties named are the anchor's subordinates (onboarded on first fetch).
 */
export async function createFederationSimulator(options: {
  baseUrl: string;
  users: FederationUser[];
  relyingParties: string[];
  anchorKey?: JWK;
}): Promise<FederationSimulator> {
  const trustAnchor = await createTrustAnchor(
    `${options.baseUrl}/ta`,
    options.relyingParties,
    options.anchorKey,
  );
  const pinnedAnchor = { entityId: trustAnchor.entityId, jwks: trustAnchor.jwks };
  const provider = async (kind: 'cie' | 'spid') => {
    const created = await createProvider({
      entityId: `${options.baseUrl}/${kind}`,
      kind,
      anchor: pinnedAnchor,
      users: options.users,
      trustMark: (subject) => trustAnchor.issueTrustMark(subject, 'openid_provider'),
    });
    trustAnchor.register(created.entityId, created.federationJwks);
    return created;
  };
  const cie = await provider('cie');
  const spid = await provider('spid');
  const app = express();
  app.disable('x-powered-by');
  app.use('/ta', trustAnchor.router);
  app.use('/cie', cie.router);
  app.use('/spid', spid.router);
  return { app, trustAnchor, cie, spid, pinnedAnchor };
}
