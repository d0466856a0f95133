import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { importJWK, SignJWT } from 'jose';
import { createTokenVerifier, requireStrongAuth } from '@app/platform/auth';
import { CookieBrowser, hiddenFields, tokenForgeries, waitFor } from '@app/platform/testing';
import { startDemoPlatform, type DemoPlatform } from '../../scripts/demo-platform.js';
import type { RunningPlatform } from '../../scripts/platform.js';
import type { RunningSimulators } from '../../scripts/simulators.js';
import { defined } from '@app/platform/errors';

describe('logging in to the platform as npm start runs it (gateway, identity, SPID simulator, demo world)', () => {
  let demo: DemoPlatform;
  let platform: RunningPlatform;
  let simulators: RunningSimulators;
  let gateway: string;

  before(async () => {
    demo = await startDemoPlatform();
    ({ platform, simulators, gateway } = demo);
  });

  after(() => demo.stop());

  const verifier = () =>
    createTokenVerifier({
      jwksUrl: `${gateway}/.well-known/jwks.json`,
      issuer: 'http://localhost:8080',
      audience: 'negozio-elettronico',
    });

  test('when Lucrezia Borgia logs in with SPID level 2, chooses a profile, switches, reads /me and logs out, then each step shows in the browser', async () => {
    const browser = new CookieBrowser();
    const start = await browser.fetch(`${gateway}/api/v1/auth/spid/login?idp=demo&level=2`);
    const idpForm = await (
      await browser.fetch(`${simulators.urls.spidIdp}/sso`, {
        method: 'POST',
        body: new URLSearchParams(hiddenFields(await start.text())),
      })
    ).text();
    assert.match(idpForm, /richiede un accesso SPID di livello 2/);
    const login = defined(defined(/name="login" value="([^"]+)"/.exec(idpForm))[1]);
    const idpAnswer = await browser.fetch(`${simulators.urls.spidIdp}/login`, {
      method: 'POST',
      body: new URLSearchParams({
        login,
        username: 'lucrezia.borgia',
        password: 'Negozio-Demo-2026',
      }),
    });
    const acs = await browser.fetch(`${gateway}/api/v1/auth/spid/acs`, {
      method: 'POST',
      body: new URLSearchParams(hiddenFields(await idpAnswer.text())),
    });
    assert.equal(acs.status, 303);
    let page = await (await browser.fetch(`${gateway}${acs.headers.get('location')}`)).text();
    assert.match(page, /Lucrezia Borgia/);
    assert.match(page, /Seleziona l'utenza con cui accedere/);
    const profiles = [...page.matchAll(/name="profileId" value="([^"]+)"/g)].map((m) =>
      defined(m[1]),
    );
    assert.equal(profiles.length, 2);

    await browser.fetch(`${gateway}/api/v1/auth/profile`, {
      method: 'POST',
      body: new URLSearchParams({ profileId: defined(profiles[0]) }),
    });
    const first = await (await browser.fetch(`${gateway}/api/v1/me`)).json();
    assert.equal(first.selectedProfile.id, profiles[0]);
    page = await (await browser.fetch(`${gateway}/api/v1/auth/login`)).text();
    assert.match(page, /Cambio profilo/);
    assert.match(page, /Accesso con SPID \(livello 2\)/);

    await browser.fetch(`${gateway}/api/v1/auth/profile`, {
      method: 'POST',
      body: new URLSearchParams({ profileId: defined(profiles[1]) }),
    });
    const second = await (await browser.fetch(`${gateway}/api/v1/me`)).json();
    assert.equal(second.selectedProfile.id, profiles[1]);
    assert.equal(second.session.id, first.session.id, 'switching keeps the session');
    assert.equal(second.session.acr, 'https://www.spid.gov.it/SpidL2');

    const logout = await browser.fetch(`${gateway}/api/v1/auth/logout`, { method: 'POST' });
    assert.equal(logout.headers.get('location'), '/api/v1/auth/login?uscita=completata');
    assert.equal((await browser.fetch(`${gateway}/api/v1/me`)).status, 401);
  });

  test('when a person logs in with the password form, then the token verifies against the JWKS but requireStrongAuth refuses it, while a SPID one passes', async () => {
    const password = await (
      await fetch(`${gateway}/api/v1/auth/password`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ username: 'gaio.cesare', password: 'Negozio-Demo-2026' }),
      })
    ).json();
    const passwordCaller = await verifier()(password.accessToken);
    assert.throws(
      () => requireStrongAuth(passwordCaller),
      (error: { code?: string }) => error.code === 'STRONG_AUTH_REQUIRED',
    );

    const browser = new CookieBrowser();
    const start = await browser.fetch(`${gateway}/api/v1/auth/spid/login?idp=demo&level=2`);
    const idpForm = await (
      await browser.fetch(`${simulators.urls.spidIdp}/sso`, {
        method: 'POST',
        body: new URLSearchParams(hiddenFields(await start.text())),
      })
    ).text();
    const login = defined(defined(/name="login" value="([^"]+)"/.exec(idpForm))[1]);
    const answer = await (
      await fetch(`${simulators.urls.spidIdp}/login`, {
        method: 'POST',
        headers: { accept: 'application/json' },
        body: new URLSearchParams({
          login,
          username: 'gaio.cesare',
          password: 'Negozio-Demo-2026',
        }),
      })
    ).json();
    const spid = await (
      await fetch(`${gateway}/api/v1/auth/spid/acs`, {
        method: 'POST',
        headers: { accept: 'application/json' },
        body: new URLSearchParams({
          SAMLResponse: answer.SAMLResponse,
          RelayState: answer.RelayState,
        }),
      })
    ).json();
    const spidCaller = await verifier()(spid.accessToken);
    assert.doesNotThrow(() => requireStrongAuth(spidCaller));
    assert.deepEqual(spidCaller.roles, ['rup', 'responsabile-eprocurement', 'amministratore-ente']);
  });

  test('when forged tokens are sent, then the gateway and the identity service each answer 401', async () => {
    const valid = (
      await (
        await fetch(`${gateway}/api/v1/auth/password`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ username: 'mario.rossi', password: 'Negozio-Demo-2026' }),
        })
      ).json()
    ).accessToken as string;
    const identity = defined(platform.services.find((service) => service.name === 'identity'));
    const [key] = await identity.deps.dataSource.query(
      'SELECT private_jwk, public_jwk FROM signing_keys WHERE retired_at IS NULL',
    );
    const privateKey = await importJWK(key.private_jwk, 'ES256');
    const forgeries = await tokenForgeries(valid, key.public_jwk, (claims, options) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256', kid: key.public_jwk.kid, typ: options.typ ?? 'at+jwt' })
        .setIssuer(options.issuer ?? 'http://localhost:8080')
        .setAudience(options.audience ?? 'negozio-elettronico')
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '5m')
        .sign(privateKey),
    );
    for (const target of [gateway, identity.url]) {
      assert.equal(
        (await fetch(`${target}/api/v1/me`, { headers: { authorization: `Bearer ${valid}` } }))
          .status,
        200,
      );
      for (const [name, forged] of Object.entries(forgeries)) {
        const response = await fetch(`${target}/api/v1/me`, {
          headers: { authorization: `Bearer ${forged}` },
        });
        assert.equal(
          response.status,
          401,
          `${name} at ${target === gateway ? 'the gateway' : 'the identity service'}`,
        );
      }
    }
  });

  test('when a session logs out, then the gateway refuses its token within the revocation refresh', async () => {
    const body = await (
      await fetch(`${gateway}/api/v1/auth/password`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ username: 'paola.marini', password: 'Negozio-Demo-2026' }),
      })
    ).json();
    const bearer = { authorization: `Bearer ${body.accessToken}` };
    assert.equal((await fetch(`${gateway}/api/v1/agencies`, { headers: bearer })).status, 200);
    await fetch(`${gateway}/api/v1/auth/logout`, {
      method: 'POST',
      headers: { ...bearer, accept: 'application/json' },
    });
    const refused = await waitFor(async () => {
      const response = await fetch(`${gateway}/api/v1/agencies`, { headers: bearer });
      return response.status === 401 ? response : undefined;
    }, 5_000);
    assert.match((await defined(refused).json()).detail, /sessione è terminata/);
  });

  test('when a buyer of a Comune searches the demo catalog, then Sistema Cloud Toscana is there, extended, with its prices before and after the 4.9 % revision, and in Bandi e avvisi', async () => {
    const token = (
      await (
        await fetch(`${gateway}/api/v1/auth/password`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ username: 'luca.ferri', password: 'Negozio-Demo-2026' }),
        })
      ).json()
    ).accessToken as string;
    const bearer = { authorization: `Bearer ${token}` };
    const found = await (
      await fetch(`${gateway}/api/v1/contracts?q=cloud%20toscana`, { headers: bearer })
    ).json();
    const cloud = found.items.find((c: { cig: string }) => c.cig === '7154112FF8');
    assert.equal(cloud.banditore.name, 'Regione Toscana');
    assert.deepEqual(
      [cloud.status, cloud.expiryDate],
      ['pubblicato', '2027-10-02'],
      'its first expiry, 2 October 2026, extended by a proroga',
    );
    const versions = await (
      await fetch(`${gateway}/api/v1/contracts/${cloud.id}/versions`, { headers: bearer })
    ).json();
    assert.ok(
      versions.at(-1).changedFields.includes('expiryDate'),
      'the proroga is a version of its own',
    );
    const prices = async (at: string) =>
      (
        await (
          await fetch(`${gateway}/api/v1/contracts/${cloud.id}/price-list?at=${at}`, {
            headers: bearer,
          })
        ).json()
      ).items.find((i: { code: string }) => i.code === 'IAAS-VM-S').unitPriceCents;
    assert.equal(await prices('2023-03-31'), 4_500);
    assert.equal(await prices('2023-04-01'), 4_721);
    const notices = await (await fetch(`${gateway}/api/v1/notices?q=Sistema%20Cloud`)).json();
    assert.ok(
      notices.items.some(
        (n: { cig: string; stato: string }) => n.cig === '7154112FF8' && n.stato === 'Pubblicato',
      ),
    );
  });
});
