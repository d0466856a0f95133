import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTokenVerifier, requireStrongAuth } from '@app/platform/auth';
import { hiddenFields } from '@app/platform/testing';
import { postAcs, spidResponse, startIdentityWorld, type IdentityWorld } from './harness.js';
import { everyone, gaio, lucrezia, stranger } from './people.js';
import { defined } from '@app/platform/errors';

describe('SPID login through the IdP simulator', () => {
  let world: IdentityWorld;
  before(async () => {
    world = await startIdentityWorld(everyone);
  });
  after(() => world.stop());

  const sessionCount = async () =>
    (await world.service.deps.dataSource.query('SELECT count(*)::int AS n FROM login_sessions'))[0]
      .n as number;
  const setFault = (fault: string) =>
    fetch(`${world.idp.url}/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fault }),
    });
  beforeEach(() => fetch(`${world.idp.url}/faults`, { method: 'DELETE' }));

  test('when the SP starts a level-2 login, then its AuthnRequest follows the SPID rules and is signed', async () => {
    const page = await (await fetch(`${world.url}/api/v1/auth/spid/login?idp=demo&level=2`)).text();
    const xml = Buffer.from(defined(hiddenFields(page).SAMLRequest), 'base64').toString('utf8');
    assert.match(
      xml,
      /<saml:Issuer[^>]*NameQualifier="[^"]+"[^>]*Format="urn:oasis:names:tc:SAML:2.0:nameid-format:entity"/,
    );
    assert.match(xml, /ForceAuthn="true"/);
    assert.doesNotMatch(xml, /IsPassive|AllowCreate/);
    assert.match(xml, /<saml:AuthnContextClassRef[^>]*>https:\/\/www.spid.gov.it\/SpidL2</);
    assert.match(xml, /AssertionConsumerServiceIndex="0"/);
    assert.match(xml, /<Signature[\s\S]*rsa-sha256/);
  });

  test('when a person logs in at level 2, then the session records spid, SpidL2 and the IdP, and passes requireStrongAuth', async () => {
    const message = await spidResponse(world, gaio, 2);
    const response = await postAcs(world, message);
    assert.equal(response.status, 200, await response.clone().text());
    const body = await response.json();
    assert.equal(body.person.fiscalCode, gaio.fiscalCode);
    assert.equal(body.session.method, 'spid');
    assert.equal(body.session.acr, 'https://www.spid.gov.it/SpidL2');
    assert.equal(body.session.idp, world.idp.entityId);
    const caller = await createTokenVerifier({
      jwksUrl: world.config.JWKS_URL,
      issuer: world.config.JWT_ISSUER,
      audience: world.config.JWT_AUDIENCE,
    })(body.accessToken);
    assert.doesNotThrow(() => requireStrongAuth(caller));
    assert.equal(caller.acr, 'https://www.spid.gov.it/SpidL2');
    assert.equal(world.idp.sessions.size, 0, 'level 2 leaves no session at the IdP');
  });

  test('when a person with several profiles logs in with SPID, then they choose, and the chosen token keeps SPID level 2', async () => {
    const body = await (await postAcs(world, await spidResponse(world, lucrezia, 2))).json();
    assert.equal(body.profileChoiceRequired, true);
    const chosen = await (
      await fetch(`${world.url}/api/v1/auth/profile`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          authorization: `Bearer ${body.accessToken}`,
        },
        body: JSON.stringify({ profileId: body.profiles[1].id }),
      })
    ).json();
    const caller = await createTokenVerifier({
      jwksUrl: world.config.JWKS_URL,
      issuer: world.config.JWT_ISSUER,
      audience: world.config.JWT_AUDIENCE,
    })(chosen.accessToken);
    assert.equal(caller.authMethod, 'spid');
    assert.equal(caller.acr, 'https://www.spid.gov.it/SpidL2');
    assert.equal(caller.profileId, body.profiles[1].id);
  });

  test('when a level-1 session logs out, then the SP sends a signed LogoutRequest and the IdP session ends', async () => {
    const body = await (await postAcs(world, await spidResponse(world, gaio, 1))).json();
    assert.equal(body.session.acr, 'https://www.spid.gov.it/SpidL1');
    assert.equal(world.idp.sessions.size, 1);
    const logout = await (
      await fetch(`${world.url}/api/v1/auth/logout`, {
        method: 'POST',
        headers: { accept: 'application/json', authorization: `Bearer ${body.accessToken}` },
      })
    ).json();
    assert.ok(logout.singleLogout.startsWith(`${world.idp.url}/slo?SAMLRequest=`));
    const atIdp = await fetch(logout.singleLogout, { redirect: 'manual' });
    assert.equal(atIdp.status, 303);
    assert.ok(
      defined(atIdp.headers.get('location')).startsWith(`${world.url}/api/v1/auth/spid/slo`),
    );
    assert.equal(world.idp.sessions.size, 0);
  });

  test('when the IdP starts a single logout of a level-1 session, then the session ends and the SP answers with a signed LogoutResponse', async () => {
    const body = await (await postAcs(world, await spidResponse(world, gaio, 1))).json();
    const [sessionIndex] = [...world.idp.sessions.keys()];
    const toSp = await fetch(
      `${world.idp.url}/logout?sessionIndex=${encodeURIComponent(defined(sessionIndex))}`,
      { redirect: 'manual' },
    );
    assert.ok(
      defined(toSp.headers.get('location')).startsWith(
        `${world.url}/api/v1/auth/spid/slo?SAMLRequest=`,
      ),
    );
    const answer = await fetch(defined(toSp.headers.get('location')), { redirect: 'manual' });
    assert.equal(answer.status, 303);
    const back = new URL(defined(answer.headers.get('location')));
    assert.equal(`${back.origin}${back.pathname}`, `${world.idp.url}/slo`);
    assert.ok(back.searchParams.get('SAMLResponse') && back.searchParams.get('Signature'));
    assert.equal(
      (
        await fetch(`${world.url}/api/v1/me`, {
          headers: { authorization: `Bearer ${body.accessToken}` },
        })
      ).status,
      401,
    );
    const forged = defined(toSp.headers.get('location')).replace(
      /Signature=[^&]+/,
      'Signature=AAAA',
    );
    assert.equal(
      (await fetch(forged, { redirect: 'manual' })).status,
      400,
      'an unsigned or forged LogoutRequest ends nothing',
    );
    assert.equal(
      (
        await fetch(`${world.url}/api/v1/auth/spid/slo?SAMLRequest=not-deflated-xml`, {
          redirect: 'manual',
        })
      ).status,
      400,
      'garbage is refused, not an error',
    );
  });

  test('when the fiscal code has no profile, then the answer invites registration and no session is created', async () => {
    const before = await sessionCount();
    const response = await postAcs(world, await spidResponse(world, stranger, 2));
    assert.equal(response.status, 403);
    assert.equal((await response.json()).code, 'NO_PROFILE');
    assert.equal(await sessionCount(), before);
  });

  const refusals: [string, RegExp][] = [
    ['unsigned-assertion', /firma/],
    ['signature-wrapping', /più di un'asserzione/],
    ['wrong-in-response-to', /richiesta di accesso in corso/],
    ['expired', /emessa prima della richiesta/],
    ['wrong-audience', /Audience/],
    ['wrong-recipient', /altro indirizzo/],
    ['lower-level', /livello 1 inferiore al livello 2/],
  ];
  for (const [fault, reason] of refusals) {
    test(`when the IdP answers with ${fault}, then the response is refused and no session is created`, async () => {
      const before = await sessionCount();
      await setFault(fault);
      const response = await postAcs(world, await spidResponse(world, gaio, 2));
      assert.equal(response.status, 401);
      const problem = await response.json();
      assert.equal(problem.code, 'SPID_RESPONSE_REFUSED');
      assert.match(problem.detail, reason);
      assert.equal(await sessionCount(), before);
    });
  }

  test('when a response is replayed, then the second use is refused', async () => {
    const message = await spidResponse(world, gaio, 2);
    assert.equal((await postAcs(world, message)).status, 200);
    const before = await sessionCount();
    const again = await postAcs(world, message);
    assert.equal(again.status, 401);
    assert.equal(await sessionCount(), before);
    // The simulator's replay switch: the next login gets the previous response back.
    await setFault('replay');
    const replayed = await postAcs(world, await spidResponse(world, lucrezia, 2));
    assert.equal(replayed.status, 401);
    assert.equal(await sessionCount(), before);
  });

  test('the SP metadata is signed and lists the ACS, the SLO and the public-body contact', async () => {
    const response = await fetch(`${world.url}/api/v1/auth/spid/metadata`);
    assert.match(defined(response.headers.get('content-type')), /samlmetadata\+xml/);
    const xml = await response.text();
    assert.match(xml, /AuthnRequestsSigned="true"/);
    assert.match(
      xml,
      new RegExp(
        `AssertionConsumerService index="0" isDefault="true" Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${world.url}/api/v1/auth/spid/acs"`,
      ),
    );
    assert.match(xml, /SingleLogoutService/);
    assert.match(xml, /<spid:IPACode>[^<]+<\/spid:IPACode><spid:Public\/>/);
    assert.match(xml, /<Signature/);
  });

  test("when /metrics is scraped, then the signing key's age and the days left to the SP certificate are there for the alerts", async () => {
    await fetch(`${world.url}/api/v1/auth/spid/metadata`);
    const metrics = await (await fetch(`${world.url}/metrics`)).text();
    const reading = (name: string) =>
      Number(new RegExp(`^${name}\\{service="identity"[^}]*\\} (\\S+)`, 'm').exec(metrics)?.[1]);
    const age = reading('signing_key_age_seconds');
    assert.ok(age >= 0 && age < 24 * 3600, `a fresh key: ${age} s old`);
    const left = reading('certificate_expires_seconds');
    assert.ok(
      Number.isFinite(left) && left > 300 * 24 * 3600,
      `the SP certificate has most of its life left: ${left} s`,
    );
  });
});
