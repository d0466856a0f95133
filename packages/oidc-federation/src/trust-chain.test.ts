import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  newSigningKey,
  signStatement,
  trustMarkType,
  type SigningKey,
} from './entity-statement.js';
import { FederationRefusal, resolveTrustChain, TrustChainCache } from './trust-chain.js';

const anchorId = 'https://ta.example.it';
const opId = 'https://op.example.it';
const now = () => Math.floor(Date.now() / 1000);

interface World {
  documents: Map<string, string>;
  anchor: SigningKey;
  op: SigningKey;
  options: Parameters<typeof resolveTrustChain>[2];
}

/** A federation of documents served from a map: the anchor, its statement about the provider, the provider. */
async function federation(
  change: {
    opMetadata?: Record<string, unknown>;
    markExpiresIn?: number;
    statementKey?: 'anchor' | 'stranger';
    opSignsWith?: 'own' | 'stranger';
    policy?: Record<string, unknown>;
  } = {},
): Promise<World> {
  const anchor = await newSigningKey();
  const op = await newSigningKey();
  const stranger = await newSigningKey();
  const documents = new Map<string, string>();
  const markId = `${anchorId}/openid_provider/public/`;
  documents.set(
    `${anchorId}/.well-known/openid-federation`,
    await signStatement(
      {
        iss: anchorId,
        sub: anchorId,
        iat: now(),
        exp: now() + 3600,
        jwks: { keys: [anchor.publicJwk] },
        metadata: { federation_entity: { federation_fetch_endpoint: `${anchorId}/fetch` } },
        trust_mark_issuers: { [markId]: [anchorId] },
      },
      anchor,
    ),
  );
  documents.set(
    `${anchorId}/fetch?sub=${encodeURIComponent(opId)}`,
    await signStatement(
      {
        iss: anchorId,
        sub: opId,
        iat: now(),
        exp: now() + 3600,
        jwks: { keys: [op.publicJwk] },
        metadata_policy: {
          openid_provider: change.policy ?? {
            token_endpoint_auth_methods_supported: {
              subset_of: ['private_key_jwt'],
              essential: true,
            },
          },
        },
      },
      change.statementKey === 'stranger' ? stranger : anchor,
    ),
  );
  const mark = await signStatement(
    {
      iss: anchorId,
      sub: opId,
      id: markId,
      iat: now() - 7200,
      exp: now() + (change.markExpiresIn ?? 3600),
    },
    anchor,
    trustMarkType,
  );
  documents.set(
    `${opId}/.well-known/openid-federation`,
    await signStatement(
      {
        iss: opId,
        sub: opId,
        iat: now(),
        exp: now() + 1800,
        jwks: { keys: [(change.opSignsWith === 'stranger' ? stranger : op).publicJwk] },
        authority_hints: [anchorId],
        trust_marks: [{ id: markId, trust_mark: mark }],
        metadata: {
          openid_provider: change.opMetadata ?? {
            issuer: opId,
            token_endpoint_auth_methods_supported: ['private_key_jwt', 'client_secret_basic'],
          },
        },
      },
      change.opSignsWith === 'stranger' ? stranger : op,
    ),
  );
  const fetchStatement = async (url: string) => {
    const document = documents.get(url);
    if (!document) throw new Error(`404 ${url}`);
    return document;
  };
  return {
    documents,
    anchor,
    op,
    options: {
      trustAnchors: [{ entityId: anchorId, jwks: { keys: [anchor.publicJwk] } }],
      fetchStatement,
      requireTrustMarkFor: 'openid_provider',
    },
  };
}

const refusedBecause = (reason: FederationRefusal['reason']) => (error: unknown) =>
  error instanceof FederationRefusal && error.reason === reason;

describe('trust chain resolution', () => {
  test('a provider under the pinned anchor resolves: policy applied, trust mark counted, expiry the earliest in the chain', async () => {
    const world = await federation();
    const resolved = await resolveTrustChain(opId, 'openid_provider', world.options);
    assert.deepEqual(resolved.metadata.token_endpoint_auth_methods_supported, ['private_key_jwt']);
    assert.equal(resolved.trustMarks.length, 1);
    assert.equal(resolved.chain.length, 3);
    assert.ok(resolved.expiresAt.getTime() <= (now() + 1800) * 1000);
  });

  test("when the anchor's keys are not the pinned ones, the chain is broken", async () => {
    const world = await federation();
    const impostor = await newSigningKey();
    await assert.rejects(
      resolveTrustChain(opId, 'openid_provider', {
        ...world.options,
        trustAnchors: [{ entityId: anchorId, jwks: { keys: [impostor.publicJwk] } }],
      }),
      refusedBecause('signature'),
    );
  });

  test("when the superior's statement is signed by someone else, or the entity signs with keys its superior does not vouch for, it is refused", async () => {
    await assert.rejects(
      resolveTrustChain(
        opId,
        'openid_provider',
        (await federation({ statementKey: 'stranger' })).options,
      ),
      refusedBecause('signature'),
    );
    await assert.rejects(
      resolveTrustChain(
        opId,
        'openid_provider',
        (await federation({ opSignsWith: 'stranger' })).options,
      ),
      refusedBecause('signature'),
    );
  });

  test('when the superior has no statement about the entity (a broken chain), it is refused', async () => {
    const world = await federation();
    world.documents.delete(`${anchorId}/fetch?sub=${encodeURIComponent(opId)}`);
    await assert.rejects(
      resolveTrustChain(opId, 'openid_provider', world.options),
      refusedBecause('chain'),
    );
  });

  test('when the only trust mark has expired, the provider is refused', async () => {
    await assert.rejects(
      resolveTrustChain(
        opId,
        'openid_provider',
        (await federation({ markExpiresIn: -60 })).options,
      ),
      refusedBecause('trust-mark'),
    );
  });

  test("when the metadata breaks the superior's policy, the provider is refused", async () => {
    const world = await federation({
      policy: {
        token_endpoint_auth_methods_supported: { superset_of: ['private_key_jwt'] },
        code_challenge_methods_supported: { essential: true },
      },
    });
    await assert.rejects(
      resolveTrustChain(opId, 'openid_provider', world.options),
      refusedBecause('policy'),
    );
  });

  test('the cache answers from memory until expiry, and never keeps a refusal', async () => {
    const world = await federation();
    let fetched = 0;
    const counting = {
      ...world.options,
      fetchStatement: async (url: string) => {
        fetched++;
        const fetch = world.options.fetchStatement;
        assert.ok(fetch);
        return fetch(url);
      },
    };
    const cache = new TrustChainCache(counting);
    await cache.resolve(opId, 'openid_provider');
    const once = fetched;
    await cache.resolve(opId, 'openid_provider');
    assert.equal(fetched, once);
    await assert.rejects(cache.resolve('https://unknown.example.it', 'openid_provider'));
    const after = fetched;
    await assert.rejects(cache.resolve('https://unknown.example.it', 'openid_provider'));
    assert.ok(fetched > after, 'a refusal is asked again');
  });
});
