import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTokenVerifier, requireStrongAuth } from '@app/platform/auth';
import { waitFor } from '@app/platform/testing';
import { startIdentityWorld, json, type IdentityWorld } from './harness.js';
import { everyone, gaio, lucrezia, stranger } from './people.js';
import { defined } from '@app/platform/errors';

describe('password login, profile choice and switch, /me, logout', () => {
  let world: IdentityWorld;
  before(async () => {
    world = await startIdentityWorld(everyone);
  });
  after(() => world.stop());

  const login = (username: string, password: string) =>
    fetch(`${world.url}/api/v1/auth/password`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ username, password }),
    });

  test('when a person with one profile logs in, then the profile is selected at once and the token carries it', async () => {
    const response = await login(gaio.username, gaio.password);
    assert.equal(response.status, 200);
    const body = await response.json();
    assert.equal(body.profileChoiceRequired, false);
    assert.equal(body.selectedProfile.agency.name, 'Regione Toscana');
    assert.deepEqual(body.selectedProfile.roleLabels, [
      'Responsabile eProcurement',
      'Amministratore ente',
    ]);
    const caller = await createTokenVerifier({
      jwksUrl: world.config.JWKS_URL,
      issuer: world.config.JWT_ISSUER,
      audience: world.config.JWT_AUDIENCE,
    })(body.accessToken);
    assert.equal(caller.tenant, defined(world.agencies['Regione Toscana']).id);
    assert.equal(caller.authMethod, 'password');
    assert.equal(caller.fiscalNumber, gaio.fiscalCode);
    assert.throws(() => requireStrongAuth(caller), {
      message: 'Per questa operazione è necessario accedere con SPID (livello 2 o 3), CIE o CNS.',
    });
    const cookies = response.headers.getSetCookie();
    assert.ok(
      cookies.some(
        (c) => c.startsWith('ne_access=') && /HttpOnly/i.test(c) && /SameSite=Lax/i.test(c),
      ),
    );
    assert.ok(cookies.some((c) => c.startsWith('ne_session=') && /Path=\/api\/v1\/auth/.test(c)));
  });

  test('when an API client logs in with Accept */* or none (curl, fetch), then it gets JSON; only a browser asking for HTML is redirected', async () => {
    for (const accept of ['*/*', undefined]) {
      const response = await fetch(`${world.url}/api/v1/auth/password`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
        body: JSON.stringify({ username: gaio.username, password: gaio.password }),
      });
      assert.equal(response.status, 200, `Accept: ${accept}`);
      assert.ok((await response.json()).accessToken);
    }
    const browser = await fetch(`${world.url}/api/v1/auth/password`, {
      method: 'POST',
      redirect: 'manual',
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
      body: new URLSearchParams({ username: gaio.username, password: gaio.password }),
    });
    assert.equal(browser.status, 303);
  });

  test('when a person with two profiles logs in, chooses one and switches, then method and auth time stay those of the login', async () => {
    const body = await (await login(lucrezia.username, lucrezia.password)).json();
    assert.equal(body.profileChoiceRequired, true);
    assert.equal(body.profiles.length, 2);
    const me = await (
      await fetch(`${world.url}/api/v1/me`, {
        headers: { authorization: `Bearer ${body.accessToken}` },
      })
    ).json();
    assert.equal(me.selectedProfile, null);
    assert.equal(me.profiles.length, 2);

    const regione = body.profiles.find(
      (p: { agency: { name: string } }) => p.agency.name === 'Regione Toscana',
    );
    const prato = body.profiles.find(
      (p: { agency: { name: string } }) => p.agency.name === 'Comune di Prato',
    );
    const chosen = await (
      await fetch(`${world.url}/api/v1/auth/profile`, {
        method: 'POST',
        headers: { ...json, authorization: `Bearer ${body.accessToken}` },
        body: JSON.stringify({ profileId: regione.id }),
      })
    ).json();
    const verify = createTokenVerifier({
      jwksUrl: world.config.JWKS_URL,
      issuer: world.config.JWT_ISSUER,
      audience: world.config.JWT_AUDIENCE,
    });
    const asBuyer = await verify(chosen.accessToken);
    assert.equal(asBuyer.tenant, defined(world.agencies['Regione Toscana']).id);
    assert.deepEqual(asBuyer.roles, ['buyer', 'responsabile-eprocurement']);

    const switched = await (
      await fetch(`${world.url}/api/v1/auth/profile`, {
        method: 'POST',
        headers: { ...json, authorization: `Bearer ${chosen.accessToken}` },
        body: JSON.stringify({ profileId: prato.id }),
      })
    ).json();
    const asRup = await verify(switched.accessToken);
    assert.equal(asRup.tenant, defined(world.agencies['Comune di Prato']).id);
    assert.deepEqual(asRup.roles, ['rup']);
    assert.equal(asRup.sessionId, asBuyer.sessionId);
    assert.equal(asRup.authTime, asBuyer.authTime);
    assert.equal(asRup.authMethod, 'password');
    assert.equal(asRup.acr, asBuyer.acr);

    const audit = await world.service.deps.dataSource.query(
      'SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id',
      [asRup.sessionId],
    );
    assert.deepEqual(
      audit.map((a: { action: string }) => a.action),
      ['login', 'profile.selected', 'profile.switched'],
    );
  });

  test('when someone picks a profile that is not theirs, then 403 and the session keeps its profile', async () => {
    const mine = await (await login(gaio.username, gaio.password)).json();
    const other = await (await login(lucrezia.username, lucrezia.password)).json();
    const response = await fetch(`${world.url}/api/v1/auth/profile`, {
      method: 'POST',
      headers: { ...json, authorization: `Bearer ${mine.accessToken}` },
      body: JSON.stringify({ profileId: other.profiles[0].id }),
    });
    assert.equal(response.status, 403);
    assert.equal((await response.json()).code, 'PROFILE_NOT_AVAILABLE');
    const me = await (
      await fetch(`${world.url}/api/v1/me`, {
        headers: { authorization: `Bearer ${mine.accessToken}` },
      })
    ).json();
    assert.equal(me.selectedProfile.id, mine.selectedProfile.id);
  });

  test('when the person logs out, then the session and every token of it are refused, here and by any verifier', async () => {
    const body = await (await login(gaio.username, gaio.password)).json();
    const verify = createTokenVerifier({
      jwksUrl: world.config.JWKS_URL,
      issuer: world.config.JWT_ISSUER,
      audience: world.config.JWT_AUDIENCE,
      revokedSessionsUrl: world.config.REVOKED_SESSIONS_URL,
    });
    assert.equal((await verify(body.accessToken)).fiscalNumber, gaio.fiscalCode);
    const logout = await fetch(`${world.url}/api/v1/auth/logout`, {
      method: 'POST',
      headers: { accept: 'application/json', authorization: `Bearer ${body.accessToken}` },
    });
    assert.equal(logout.status, 200);
    assert.deepEqual(await logout.json(), { loggedOut: true, singleLogout: null });
    assert.ok(logout.headers.getSetCookie().some((c) => c.startsWith('ne_access=;')));
    const me = await fetch(`${world.url}/api/v1/me`, {
      headers: { authorization: `Bearer ${body.accessToken}` },
    });
    assert.equal(me.status, 401);
    await waitFor(
      async () =>
        verify(body.accessToken).then(
          () => false,
          (error) => /terminata/.test(error.message),
        ),
      5_000,
    );
    const sessionId = JSON.parse(
      Buffer.from(body.accessToken.split('.')[1], 'base64url').toString(),
    ).sid;
    const [event] = await world.service.deps.dataSource.query(
      "SELECT envelope FROM outbox WHERE routing_key = 'identity.session.logged-out.v1' AND envelope->'data'->>'sessionId' = $1",
      [sessionId],
    );
    assert.ok(event, 'logout is announced');
  });

  test('when the browser session cookie is used, then a new access token is issued, and none after logout', async () => {
    const response = await login(gaio.username, gaio.password);
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const refreshed = await fetch(`${world.url}/api/v1/auth/refresh`, {
      method: 'POST',
      headers: { cookie },
    });
    assert.equal(refreshed.status, 200);
    assert.match((await refreshed.json()).accessToken, /^ey/);
    const me = await fetch(`${world.url}/api/v1/me`, { headers: { cookie } });
    assert.equal(
      (await me.json()).person.fiscalCode,
      gaio.fiscalCode,
      'the access cookie authenticates like a bearer token',
    );
    await fetch(`${world.url}/api/v1/auth/logout`, {
      method: 'POST',
      headers: { cookie, accept: 'application/json' },
    });
    assert.equal(
      (await fetch(`${world.url}/api/v1/auth/refresh`, { method: 'POST', headers: { cookie } }))
        .status,
      401,
    );
  });

  test('when the password is wrong five times from one address, then that address is locked out even with the right password, and the owner elsewhere is not', async () => {
    for (let attempt = 1; attempt < 5; attempt++) {
      const response = await login(lucrezia.username.toUpperCase(), 'wrong-password-123');
      assert.equal(response.status, 401);
      assert.equal((await response.json()).detail, 'Username o password non corretti.');
    }
    const fifth = await login(lucrezia.username, 'wrong-password-123');
    assert.equal(fifth.status, 423);
    const right = await login(lucrezia.username, lucrezia.password);
    assert.equal(right.status, 423);
    assert.match((await right.json()).detail, /Utenza bloccata per troppi tentativi errati/);
    // The service believes the address its gateway (loopback) states for the client.
    const elsewhere = await fetch(`${world.url}/api/v1/auth/password`, {
      method: 'POST',
      headers: { ...json, 'x-forwarded-for': '192.0.2.44' },
      body: JSON.stringify({ username: lucrezia.username, password: lucrezia.password }),
    });
    assert.equal(elsewhere.status, 200, 'the owner, from another address, still logs in');
    await world.service.deps.dataSource.query('DELETE FROM login_limits');
  });

  test('when one address guesses too fast across accounts, then it is rate limited with Retry-After', async () => {
    let limited: Response | undefined;
    for (let attempt = 0; attempt < 30 && !limited; attempt++) {
      const response = await login(`nessuno-${attempt}`, 'whatever-password');
      if (response.status === 429) limited = response;
      else assert.equal(response.status, 401);
    }
    assert.ok(limited, 'the 21st attempt within a minute is refused');
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
  });
});

describe('a person without profiles', () => {
  test('is invited to register and gets no session', async () => {
    const world = await startIdentityWorld([stranger]);
    try {
      const response = await fetch(`${world.url}/api/v1/auth/password`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ username: stranger.username, password: stranger.password }),
      });
      assert.equal(response.status, 403);
      const problem = await response.json();
      assert.equal(problem.code, 'NO_PROFILE');
      assert.match(problem.detail, /procedere con la registrazione/);
      const [{ count }] = await world.service.deps.dataSource.query(
        'SELECT count(*)::int AS count FROM login_sessions',
      );
      assert.equal(count, 0);
    } finally {
      await world.stop();
    }
  });
});
