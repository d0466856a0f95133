import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTokenVerifier } from '@app/platform/auth';
import { json, startIdentityWorld, type IdentityWorld } from './harness.js';
import { everyone, gaio, gestore, pratoAdmin } from './people.js';
import { defined } from '@app/platform/errors';
import { saveConvention } from '../src/registrations/convention.store.js';

const pulizie = '6a1f3c2e-1b4d-4c5e-9f60-7a8b9c0d1e2f';
const energia = '7b2e4d3f-2c5e-4d6f-8a71-8b9c0d1e2f30';

describe('registration to a convention (seed 000) and partner API clients', () => {
  let world: IdentityWorld;
  const tokens: Record<string, string> = {};
  before(async () => {
    world = await startIdentityWorld(everyone);
    // Identity learns conventions from catalog's events; here they are handed over as such.
    for (const [contractId, title] of [
      [pulizie, 'Servizi di pulizia'],
      [energia, 'Energia elettrica'],
    ] as const)
      await saveConvention(world.service.deps.dataSource.manager, {
        contractId,
        title,
        status: 'pubblicato',
        version: 1,
      });
    for (const person of [gestore, gaio, pratoAdmin]) {
      tokens[person.username] = (
        await (
          await fetch(`${world.url}/api/v1/auth/password`, {
            method: 'POST',
            headers: json,
            body: JSON.stringify({ username: person.username, password: person.password }),
          })
        ).json()
      ).accessToken;
    }
  });
  after(() => world.stop());

  const call = (
    who: string,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    fetch(`${world.url}${path}`, {
      method,
      headers: { ...json, authorization: `Bearer ${tokens[who]}`, ...headers },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  const registration = {
    contractId: pulizie,
    puntoOrdinante: {
      fiscalCode: 'DLCFNC83L12H703J',
      givenName: 'Francesco',
      familyName: 'Del Conte',
      email: 'f.delconte@comune.prato.it',
    },
    puntiRichiedenti: [
      {
        fiscalCode: 'NREMRC79H10A794S',
        givenName: 'Marco',
        familyName: 'Neri',
        email: 'm.neri@comune.prato.it',
      },
    ],
    assistente: {
      fiscalCode: 'MRNPLA77E15H501L',
      givenName: 'Paola',
      familyName: 'Marini',
      email: 'p.marini@comune.prato.it',
    },
  };

  test('when the Gestore approves a registration, then the Punto Ordinante and its users get profiles and their first access is announced', async () => {
    const requested = await call(
      pratoAdmin.username,
      'POST',
      '/api/v1/registrations',
      registration,
    );
    assert.equal(requested.status, 201, await requested.clone().text());
    const { id, status } = await requested.json();
    assert.equal(status, 'in-attesa');
    assert.equal(
      (await call(pratoAdmin.username, 'POST', '/api/v1/registrations', registration)).status,
      409,
      'one pending request per convention',
    );
    assert.equal(
      (await call(pratoAdmin.username, 'POST', `/api/v1/registrations/${id}/approve`)).status,
      403,
      'only the Gestore decides',
    );

    const pending = await (
      await call(gestore.username, 'GET', '/api/v1/registrations?status=in-attesa')
    ).json();
    assert.ok(pending.some((r: { id: string }) => r.id === id));
    const approved = await call(gestore.username, 'POST', `/api/v1/registrations/${id}/approve`);
    assert.equal((await approved.json()).status, 'approvata');
    const users = await (await call(pratoAdmin.username, 'GET', '/api/v1/users')).json();
    const roleOf = (cf: string) =>
      users.find((u: { fiscalCode: string }) => u.fiscalCode === cf)?.roles;
    assert.deepEqual(roleOf('DLCFNC83L12H703J'), ['punto-ordinante']);
    assert.deepEqual(roleOf('NREMRC79H10A794S'), ['punto-richiedente']);
    assert.deepEqual(roleOf('MRNPLA77E15H501L'), ['assistente-punto-ordinante']);
    const [event] = await world.service.deps.dataSource.query(
      "SELECT envelope FROM outbox WHERE routing_key = 'identity.registration.approved.v1' AND envelope->>'subject' = $1",
      [id],
    );
    assert.equal(event.envelope.data.users.length, 3);
    assert.equal(event.envelope.data.users[0].email, 'f.delconte@comune.prato.it');
    assert.equal(
      (await call(gestore.username, 'POST', `/api/v1/registrations/${id}/approve`)).status,
      409,
      'a decision is final',
    );
  });

  test('when a registration names no published convention (unknown, an agreement, expired, not a code), then 4xx and nothing is stored', async () => {
    const countOf = async () =>
      (await world.service.deps.dataSource.query('SELECT count(*)::int AS n FROM registrations'))[0]
        .n;
    const before = await countOf();
    const unknown = await call(pratoAdmin.username, 'POST', '/api/v1/registrations', {
      ...registration,
      contractId: '00000000-0000-4000-8000-000000000000',
    });
    assert.equal(unknown.status, 422);
    assert.equal((await unknown.json()).code, 'CONVENTION_UNKNOWN');
    const expired = '8c3f5e40-3d6f-4e70-9b82-9c0d1e2f3041';
    await saveConvention(world.service.deps.dataSource.manager, {
      contractId: expired,
      title: 'Cancelleria',
      status: 'scaduto',
      version: 2,
    });
    const late = await call(pratoAdmin.username, 'POST', '/api/v1/registrations', {
      ...registration,
      contractId: expired,
    });
    assert.equal(late.status, 422);
    assert.match((await late.json()).detail, /non accetta registrazioni: è scaduto/);
    const text = await call(pratoAdmin.username, 'POST', '/api/v1/registrations', {
      ...registration,
      contractId: 'CONV-PULIZIE-2025',
    });
    assert.equal(text.status, 400);
    assert.equal(await countOf(), before);
  });

  test('when the Gestore rejects a registration, then no profile is created and the reason is announced; another agency cannot read it', async () => {
    const { id } = await (
      await call(gaio.username, 'POST', '/api/v1/registrations', {
        ...registration,
        contractId: energia,
        puntiRichiedenti: [],
        assistente: undefined,
        puntoOrdinante: { ...registration.puntoOrdinante, fiscalCode: 'CLMSRA90P55D612W' },
      })
    ).json();
    assert.equal(
      (await call(pratoAdmin.username, 'GET', `/api/v1/registrations/${id}`)).status,
      404,
      "another agency's registration is not even seen",
    );
    const rejected = await (
      await call(gestore.username, 'POST', `/api/v1/registrations/${id}/reject`, {
        reason: 'Modulo non firmato digitalmente.',
      })
    ).json();
    assert.equal(rejected.status, 'respinta');
    const [{ n }] = await world.service.deps.dataSource.query(
      "SELECT count(*)::int AS n FROM persons WHERE fiscal_code = 'CLMSRA90P55D612W'",
    );
    assert.equal(n, 0);
    const [event] = await world.service.deps.dataSource.query(
      "SELECT envelope FROM outbox WHERE routing_key = 'identity.registration.rejected.v1' AND envelope->>'subject' = $1",
      [id],
    );
    assert.equal(event.envelope.data.reason, 'Modulo non firmato digitalmente.');
  });

  test('when an agency registers a partner client, then it obtains client-credentials tokens bound to its agency and scopes, until disabled', async () => {
    const created = await (
      await call(pratoAdmin.username, 'POST', '/api/v1/api-clients', {
        name: 'Protocollo informatico',
        scopes: ['events:read', 'orders:read'],
      })
    ).json();
    assert.match(created.clientSecret, /^[\w-]{43}$/);
    const listed = await (await call(pratoAdmin.username, 'GET', '/api/v1/api-clients')).json();
    assert.equal(listed[0].clientSecret, undefined, 'the secret is shown once');

    const basic = `Basic ${Buffer.from(`${created.clientId}:${created.clientSecret}`).toString('base64')}`;
    const tokenResponse = await fetch(`${world.url}/api/v1/auth/token`, {
      method: 'POST',
      headers: {
        authorization: basic,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body: 'grant_type=client_credentials&scope=events:read',
    });
    assert.equal(tokenResponse.status, 200);
    const token = await tokenResponse.json();
    assert.equal(token.token_type, 'Bearer');
    const caller = await createTokenVerifier({
      jwksUrl: world.config.JWKS_URL,
      issuer: world.config.JWT_ISSUER,
      audience: world.config.JWT_AUDIENCE,
    })(token.access_token);
    assert.equal(caller.tenant, defined(world.agencies['Comune di Prato']).id);
    assert.deepEqual(caller.scopes, ['events:read']);
    assert.equal(caller.clientId, created.clientId);
    assert.deepEqual(caller.roles, []);

    const tooMuch = await fetch(`${world.url}/api/v1/auth/token`, {
      method: 'POST',
      headers: { ...json, authorization: basic },
      body: JSON.stringify({ grant_type: 'client_credentials', scope: 'contracts:read' }),
    });
    assert.equal(tooMuch.status, 400);
    const wrongSecret = await fetch(`${world.url}/api/v1/auth/token`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({
        grant_type: 'client_credentials',
        client_id: created.clientId,
        client_secret: 'x'.repeat(43),
      }),
    });
    assert.equal(wrongSecret.status, 401);
    assert.equal((await wrongSecret.json()).error, 'invalid_client');

    assert.equal(
      (await call(gaio.username, 'POST', `/api/v1/api-clients/${created.id}/disable`)).status,
      404,
      'another agency does not even see it to disable it',
    );
    assert.equal(
      (await call(pratoAdmin.username, 'POST', `/api/v1/api-clients/${created.id}/disable`)).status,
      200,
    );
    const afterDisable = await fetch(`${world.url}/api/v1/auth/token`, {
      method: 'POST',
      headers: { ...json, authorization: basic },
      body: JSON.stringify({ grant_type: 'client_credentials' }),
    });
    assert.equal(afterDisable.status, 401);
  });
});
