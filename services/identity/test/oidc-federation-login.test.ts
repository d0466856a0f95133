import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compactVerify, createLocalJWKSet, decodeJwt, decodeProtectedHeader, SignJWT } from 'jose';
import { createTokenVerifier, requireStrongAuth } from '@app/platform/auth';
import { CookieBrowser, type UncheckedJson } from '@app/platform/testing';
import { newSigningKey, resolveTrustChain } from '@app/oidc-federation';
import { startIdentityWorld, type IdentityWorld } from './harness.js';
import { everyone, gaio } from './people.js';
import { defined } from '@app/platform/errors';

/** Follows the browser's way: the platform's start, the provider's form, back to the platform's callback (not followed). */
async function throughProvider(
  world: IdentityWorld,
  start: string,
  user: { username: string; password: string },
): Promise<{ authorization: URL; callback: string }> {
  const browser = new CookieBrowser();
  const authorization = new URL(
    defined((await browser.fetch(`${world.url}${start}`)).headers.get('location')),
  );
  const form = await browser.fetch(authorization.toString());
  assert.equal(form.status, 200, await form.clone().text());
  const action = defined(defined(/action="([^"]+)"/.exec(await form.text()))[1]).replaceAll(
    '&#47;',
    '/',
  );
  const response = await browser.fetch(new URL(action, authorization).toString(), {
    method: 'POST',
    body: new URLSearchParams({ username: user.username, password: user.password }),
  });
  assert.equal(response.status, 302, await response.clone().text());
  const callback = defined(response.headers.get('location'));
  assert.ok(callback.startsWith(`${world.url}/api/v1/auth/oidc/callback`), callback);
  return { authorization, callback };
}

const asJson = { headers: { accept: 'application/json' } };
const sessions = async (world: IdentityWorld) =>
  (await world.service.deps.dataSource.query('SELECT count(*)::int AS n FROM login_sessions'))[0]
    .n as number;

describe('CIE id and SPID through the OpenID Connect federation', () => {
  let world: IdentityWorld;
  before(async () => {
    world = await startIdentityWorld(everyone);
  });
  after(() => world.stop());
  beforeEach(() => {
    for (const provider of [world.federation.cie, world.federation.spid])
      for (const key of Object.keys(provider.faults))
        delete provider.faults[key as keyof typeof provider.faults];
  });

  test('the entity configuration is self-signed, names the anchor, and its chain resolves with the anchor pinned, the policy applied and the trust mark valid', async () => {
    const response = await fetch(`${world.url}/.well-known/openid-federation`);
    assert.equal(response.status, 200);
    assert.match(
      defined(response.headers.get('content-type')),
      /^application\/entity-statement\+jwt/,
    );
    const jwt = await response.text();
    const claims = decodeJwt(jwt) as Record<string, UncheckedJson>;
    assert.equal(claims.iss, world.url);
    assert.equal(claims.sub, world.url);
    assert.deepEqual(claims.authority_hints, [world.federation.trustAnchor.entityId]);
    await compactVerify(jwt, createLocalJWKSet(claims.jwks));
    const rp = claims.metadata.openid_relying_party;
    assert.equal(rp.client_id, world.url);
    assert.equal(rp.token_endpoint_auth_method, 'private_key_jwt');
    assert.deepEqual(rp.client_registration_types, ['automatic']);
    assert.deepEqual(rp.redirect_uris, [`${world.url}/api/v1/auth/oidc/callback`]);
    // Federation keys differ from the OIDC core keys (entity_configuration: «DOVREBBERO essere diverse»).
    const coreKids = rp.jwks.keys.map((key: { kid: string }) => key.kid);
    assert.ok(!coreKids.includes(claims.jwks.keys[0].kid));
    assert.deepEqual(rp.jwks.keys.map((key: { use: string }) => key.use).sort(), ['enc', 'sig']);
    for (const key of [...rp.jwks.keys, ...claims.jwks.keys])
      assert.equal(key.d, undefined, 'no private part published');
    const resolved = await resolveTrustChain(world.url, 'openid_relying_party', {
      trustAnchors: [world.federation.pinnedAnchor],
      requireTrustMarkFor: 'openid_relying_party',
    });
    assert.equal(resolved.trustAnchor, world.federation.trustAnchor.entityId);
    assert.equal(resolved.chain.length, 3);
    assert.ok(
      resolved.trustMarks.some((mark) => mark.id.endsWith('/openid_relying_party/public/')),
    );
  });

  test('when a person logs in with CIE, the request object is signed, PKCE S256, and the session records cie, SpidL3 and the provider; the access token is revoked at once', async () => {
    const { authorization, callback } = await throughProvider(
      world,
      '/api/v1/auth/cie/login',
      gaio,
    );
    assert.equal(authorization.searchParams.get('code_challenge_method'), 'S256');
    assert.equal(authorization.searchParams.get('scope'), 'openid');
    const request = defined(authorization.searchParams.get('request'));
    assert.equal(decodeProtectedHeader(request).alg, 'RS256');
    const requestClaims = decodeJwt(request) as Record<string, UncheckedJson>;
    assert.equal(requestClaims.iss, world.url);
    assert.ok(String(requestClaims.nonce).length >= 32 && String(requestClaims.state).length >= 32);
    assert.equal(requestClaims.prompt, 'consent login');
    assert.equal(requestClaims.acr_values, 'https://www.spid.gov.it/SpidL3');
    const revokedBefore = world.federation.cie.revokedTokens.size;
    const response = await fetch(callback, asJson);
    assert.equal(response.status, 200, await response.clone().text());
    const body = await response.json();
    assert.equal(body.person.fiscalCode, gaio.fiscalCode);
    assert.equal(body.session.method, 'cie');
    assert.equal(body.session.acr, 'https://www.spid.gov.it/SpidL3');
    assert.equal(body.session.idp, world.federation.cie.entityId);
    assert.equal(world.federation.cie.revokedTokens.size, revokedBefore + 1);
    const caller = await createTokenVerifier({
      jwksUrl: world.config.JWKS_URL,
      issuer: world.config.JWT_ISSUER,
      audience: world.config.JWT_AUDIENCE,
    })(body.accessToken);
    assert.doesNotThrow(() => requireStrongAuth(caller));
  });

  test('when a person logs in with SPID through OpenID Connect, the level chosen is asked and recorded', async () => {
    const { authorization, callback } = await throughProvider(
      world,
      '/api/v1/auth/spid/oidc/login?provider=demo&level=2',
      gaio,
    );
    assert.equal(
      authorization.origin + authorization.pathname,
      `${world.federation.spid.entityId}/authorization`,
    );
    assert.equal(
      (decodeJwt(defined(authorization.searchParams.get('request'))) as { acr_values: string })
        .acr_values,
      'https://www.spid.gov.it/SpidL2',
    );
    const body = await (await fetch(callback, asJson)).json();
    assert.equal(body.session.method, 'spid');
    assert.equal(body.session.acr, 'https://www.spid.gov.it/SpidL2');
    assert.equal(
      (
        await fetch(`${world.url}/api/v1/auth/spid/oidc/login?provider=sconosciuto`, {
          ...asJson,
          redirect: 'manual',
        })
      ).status,
      400,
    );
  });

  test('when the callback is replayed or its state forged, then it is refused and no session is created', async () => {
    const { callback } = await throughProvider(world, '/api/v1/auth/cie/login', gaio);
    assert.equal((await fetch(callback, asJson)).status, 200);
    const before = await sessions(world);
    const replay = await fetch(callback, asJson);
    assert.equal(replay.status, 401);
    assert.equal(
      (await replay.json()).detail,
      'La risposta non corrisponde ad alcuna richiesta di accesso in corso (o è già stata usata).',
    );
    const forged = new URL(callback);
    forged.searchParams.set('state', 'forged-state-value');
    assert.equal((await fetch(forged, asJson)).status, 401);
    assert.equal(await sessions(world), before);
  });

  const refusedWith = async (
    fault: Partial<typeof world.federation.cie.faults>,
    detail: RegExp,
  ) => {
    Object.assign(world.federation.cie.faults, fault);
    const { callback } = await throughProvider(world, '/api/v1/auth/cie/login', gaio);
    const before = await sessions(world);
    const response = await fetch(callback, asJson);
    assert.equal(response.status, 401);
    const problem = await response.json();
    assert.equal(problem.code, 'CIE_LOGIN_REFUSED');
    assert.match(problem.detail, detail);
    assert.equal(await sessions(world), before, 'no session opened');
  };

  test('when the ID token is for another client, then the login is refused', () =>
    refusedWith({ idTokenAudience: 'https://altro-rp.example.it' }, /ID Token/));
  test('when the ID token carries another nonce (a reused one), then the login is refused', () =>
    refusedWith({ nonce: 'n'.repeat(43) }, /ID Token/));
  test("when the ID token is signed with a key outside the provider's trust chain, then the login is refused", () =>
    refusedWith({ foreignSigningKey: true }, /ID Token/));
  test('when userinfo names another subject than the ID token, then the login is refused', () =>
    refusedWith({ userinfoSubject: 'un-altro-soggetto' }, /attributi/));

  test('the provider refuses an unsigned, a replayed or a tampered request object, and an authorization without one', async () => {
    const browser = new CookieBrowser();
    const authorization = new URL(
      defined((await browser.fetch(`${world.url}/api/v1/auth/cie/login`)).headers.get('location')),
    );
    assert.equal((await fetch(authorization)).status, 200);
    assert.equal((await fetch(authorization)).status, 400, 'a replayed request object');
    const unsigned = new URL(authorization);
    const claims = decodeJwt(defined(authorization.searchParams.get('request')));
    unsigned.searchParams.set(
      'request',
      `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${Buffer.from(JSON.stringify({ ...claims, jti: 'altro' })).toString('base64url')}.`,
    );
    assert.equal((await fetch(unsigned)).status, 400, 'an unsigned request object');
    const foreign = (await newSigningKey()).privateKey;
    const forged = new URL(authorization);
    forged.searchParams.set(
      'request',
      await new SignJWT({ ...claims, jti: 'forged' })
        .setProtectedHeader({ alg: 'RS256', kid: 'forged' })
        .sign(foreign),
    );
    assert.equal((await fetch(forged)).status, 400, 'a request object signed by someone else');
    const without = new URL(authorization);
    without.searchParams.delete('request');
    assert.equal((await fetch(without)).status, 400, 'no request object');
  });
});
