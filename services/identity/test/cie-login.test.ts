import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTokenVerifier, requireStrongAuth } from '@app/platform/auth';
import { CookieBrowser } from '@app/platform/testing';
import { startIdentityWorld, type IdentityWorld } from './harness.js';
import { everyone, gaio } from './people.js';

/** Follows redirects by hand, keeping the OP's cookies, until the platform's callback is reached. */
async function throughCie(world: IdentityWorld, user: { username: string; password: string }): Promise<string> {
  const browser = new CookieBrowser();
  const go = (url: string, init?: RequestInit) => browser.fetch(url, init);
  let location = (await go(`${world.url}/api/v1/auth/cie/login`)).headers.get('location')!;
  assert.match(location, /code_challenge_method=S256/);
  assert.match(location, /nonce=/);
  location = new URL((await go(location)).headers.get('location')!, world.cieUrl).toString();
  const form = await (await go(location)).text();
  const action = /action="([^"]+)"/.exec(form)![1]!;
  let response = await go(new URL(action, world.cieUrl).toString(), { method: 'POST', body: new URLSearchParams({ username: user.username, password: user.password }) });
  while (response.status >= 300 && response.status < 400) {
    const next = new URL(response.headers.get('location')!, world.cieUrl).toString();
    if (next.startsWith(`${world.url}/api/v1/auth/cie/callback`)) return next;
    response = await go(next);
  }
  throw new Error(`the OP did not return to the platform: ${response.status} ${await response.text()}`);
}

describe('CIE login through the OpenID provider simulator', () => {
  let world: IdentityWorld;
  before(async () => {
    world = await startIdentityWorld(everyone);
  });
  after(() => world.stop());

  test('when a person logs in with CIE, then the session records cie, SpidL3 and the provider, and passes requireStrongAuth', async () => {
    const callback = await throughCie(world, gaio);
    const response = await fetch(callback, { headers: { accept: 'application/json' } });
    assert.equal(response.status, 200, await response.clone().text());
    const body = await response.json();
    assert.equal(body.person.fiscalCode, gaio.fiscalCode);
    assert.equal(body.session.method, 'cie');
    assert.equal(body.session.acr, 'https://www.spid.gov.it/SpidL3');
    assert.equal(body.session.idp, world.cieUrl);
    const caller = await createTokenVerifier({ jwksUrl: world.config.JWKS_URL, issuer: world.config.JWT_ISSUER, audience: world.config.JWT_AUDIENCE })(body.accessToken);
    assert.doesNotThrow(() => requireStrongAuth(caller));
  });

  test('when the callback is replayed or its state is forged, then it is refused and no session is created', async () => {
    const callback = await throughCie(world, gaio);
    assert.equal((await fetch(callback, { headers: { accept: 'application/json' } })).status, 200);
    const [{ n }] = await world.service.deps.dataSource.query('SELECT count(*)::int AS n FROM login_sessions');
    const replay = await fetch(callback, { headers: { accept: 'application/json' } });
    assert.equal(replay.status, 401);
    assert.equal((await replay.json()).code, 'CIE_LOGIN_REFUSED');
    const forged = new URL(callback);
    forged.searchParams.set('state', 'forged-state-value');
    assert.equal((await fetch(forged, { headers: { accept: 'application/json' } })).status, 401);
    const [{ n: after }] = await world.service.deps.dataSource.query('SELECT count(*)::int AS n FROM login_sessions');
    assert.equal(after, n);
  });
});
