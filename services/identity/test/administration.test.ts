import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  firstLogin,
  json,
  mailedCredentials,
  startIdentityWorld,
  type IdentityWorld,
} from './harness.js';
import { everyone, gaio, gestore, lucrezia, pratoAdmin } from './people.js';
import { defined } from '@app/platform/errors';

describe('delegated administration: the Gestore registers agencies, an agency administrator manages its own users', () => {
  let world: IdentityWorld;
  const tokens: Record<string, string> = {};
  before(async () => {
    world = await startIdentityWorld(everyone);
    for (const person of [gestore, gaio, pratoAdmin, lucrezia]) {
      const body = await (
        await fetch(`${world.url}/api/v1/auth/password`, {
          method: 'POST',
          headers: json,
          body: JSON.stringify({ username: person.username, password: person.password }),
        })
      ).json();
      tokens[person.username] = body.accessToken;
    }
  });
  after(() => world.stop());

  const call = (who: string, method: string, path: string, body?: unknown) =>
    fetch(`${world.url}${path}`, {
      method,
      headers: { ...json, authorization: `Bearer ${tokens[who]}` },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });

  test('when the Gestore registers an agency, then it exists with its offices and is announced; nobody else may', async () => {
    const agency = {
      name: 'Comune di Empoli',
      fiscalCode: '01329160483',
      ipaCode: 'c_d403',
      ausaCode: '0000246791',
      ocpCode: '01350007',
      offices: ['Ufficio Economato', 'Ufficio Tecnico'],
    };
    const response = await call(gestore.username, 'POST', '/api/v1/agencies', agency);
    assert.equal(response.status, 201);
    const created = await response.json();
    assert.deepEqual(
      created.offices.map((o: { name: string }) => o.name),
      ['Ufficio Economato', 'Ufficio Tecnico'],
    );
    const [event] = await world.service.deps.dataSource.query(
      "SELECT envelope FROM outbox WHERE routing_key = 'identity.agency.registered.v1' AND envelope->>'subject' = $1",
      [created.id],
    );
    assert.equal(event.envelope.data.ausaCode, '0000246791');
    assert.equal((await call(gestore.username, 'POST', '/api/v1/agencies', agency)).status, 409);
    const refused = await call(gaio.username, 'POST', '/api/v1/agencies', {
      ...agency,
      fiscalCode: '01329160484',
      ipaCode: 'c_x',
    });
    assert.equal(refused.status, 403);
  });

  test('when an agency administrator creates a new person, then the profile exists in their agency and the platform mails first-access credentials to the person only', async () => {
    const response = await call(pratoAdmin.username, 'POST', '/api/v1/users', {
      fiscalCode: 'tinit-frrlcu68m20b354k',
      givenName: 'Luca',
      familyName: 'Ferri',
      email: 'luca.ferri@comune.prato.it',
      roles: ['punto-ordinante', 'buyer'],
    });
    assert.equal(response.status, 201, await response.clone().text());
    const profile = await response.json();
    assert.equal(profile.fiscalCode, 'FRRLCU68M20B354K');
    assert.equal(profile.agency.id, defined(world.agencies['Comune di Prato']).id);
    assert.deepEqual(profile.roleLabels, ['Punto Ordinante', 'Buyer']);
    assert.equal(profile.firstAccess.deliveredTo, 'l***@comune.prato.it');
    assert.doesNotMatch(
      JSON.stringify(profile),
      /password|username/i,
      'no credential in the answer',
    );
    const mailed = await mailedCredentials(world, 'luca.ferri@comune.prato.it');
    assert.equal(mailed.username, 'luca.ferri');
    assert.equal(mailed.subject, 'Negozio Elettronico: credenziali di primo accesso');
    const login = await firstLogin(world, mailed, 'Luca-Ferri-Prato-2026');
    assert.equal(login.status, 200);
    const again = await fetch(`${world.url}/api/v1/auth/password`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ username: 'luca.ferri', password: 'Luca-Ferri-Prato-2026' }),
    });
    assert.equal(again.status, 200);
    const [delivery] = await world.service.deps.dataSource.query(
      "SELECT sealed_secret, sent_at FROM credential_deliveries d JOIN persons p ON p.id = d.person_id WHERE p.fiscal_code = 'FRRLCU68M20B354K'",
    );
    assert.equal(
      delivery.sealed_secret,
      null,
      'the temporary password is forgotten once delivered',
    );
    assert.ok(delivery.sent_at);
    const listed = await (await call(pratoAdmin.username, 'GET', '/api/v1/users')).json();
    assert.ok(listed.some((p: { id: string }) => p.id === profile.id));
  });

  test('when roles are revoked and the user disabled, then their sessions end and events are published', async () => {
    const created = await (
      await call(pratoAdmin.username, 'POST', '/api/v1/users', {
        fiscalCode: 'GLLNNA82T41L736S',
        givenName: 'Anna',
        familyName: 'Galli',
        email: 'anna.galli@comune.prato.it',
        roles: ['punto-richiedente', 'buyer'],
      })
    ).json();
    const mailed = await mailedCredentials(world, 'anna.galli@comune.prato.it');
    const anna = await (await firstLogin(world, mailed, 'Anna-Galli-Prato-2026')).json();
    const changed = await call(pratoAdmin.username, 'PUT', `/api/v1/users/${created.id}/roles`, {
      roles: ['punto-richiedente'],
    });
    assert.deepEqual((await changed.json()).roles, ['punto-richiedente']);
    assert.equal(
      (
        await fetch(`${world.url}/api/v1/me`, {
          headers: { authorization: `Bearer ${anna.accessToken}` },
        })
      ).status,
      401,
      'a revoked role ends the sessions using it',
    );
    const disabled = await call(pratoAdmin.username, 'POST', `/api/v1/users/${created.id}/disable`);
    assert.equal((await disabled.json()).status, 'disabilitato');
    const relogin = await fetch(`${world.url}/api/v1/auth/password`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ username: mailed.username, password: 'Anna-Galli-Prato-2026' }),
    });
    assert.equal(relogin.status, 403, 'no active profile left');
    const events = await world.service.deps.dataSource.query(
      "SELECT routing_key FROM outbox WHERE envelope->>'subject' = $1 ORDER BY created_at",
      [created.id],
    );
    assert.deepEqual(
      events.map((e: { routing_key: string }) => e.routing_key),
      [
        'identity.profile.created.v1',
        'identity.profile.updated.v1',
        'identity.profile.disabled.v1',
      ],
    );
  });

  test("when an agency administrator acts on another agency's users, then 404 for a user it cannot see, 403 for the agency it names, and nothing changes", async () => {
    const regioneUsers = await (await call(gaio.username, 'GET', '/api/v1/users')).json();
    const target = regioneUsers.find(
      (p: { fiscalCode: string }) => p.fiscalCode === lucrezia.fiscalCode,
    );
    // The profile is another agency's: the database does not show it to Prato's request at all.
    for (const [method, path, body] of [
      ['PUT', `/api/v1/users/${target.id}/roles`, { roles: ['buyer'] }],
      ['POST', `/api/v1/users/${target.id}/disable`, undefined],
    ] as const) {
      const response = await call(pratoAdmin.username, method, path, body);
      assert.equal(response.status, 404, `${method} ${path}`);
      assert.equal((await response.json()).detail, 'Utente non trovato.');
    }
    for (const [method, path, body] of [
      ['GET', `/api/v1/users?agencyId=${defined(world.agencies['Regione Toscana']).id}`, undefined],
      [
        'POST',
        '/api/v1/users',
        {
          agencyId: defined(world.agencies['Regione Toscana']).id,
          fiscalCode: 'MRNPLA77E15H501L',
          givenName: 'Paola',
          familyName: 'Marini',
          roles: ['buyer'],
        },
      ],
    ] as const) {
      const response = await call(pratoAdmin.username, method, path, body);
      assert.equal(response.status, 403, `${method} ${path}`);
      assert.equal((await response.json()).code, 'OTHER_AGENCY');
    }
    const after = await (await call(gaio.username, 'GET', '/api/v1/users')).json();
    assert.deepEqual(after.find((p: { id: string }) => p.id === target.id).roles, target.roles);
  });

  test('when an agency administrator grants the platform role, or a buyer tries to administer, then 403', async () => {
    const response = await call(pratoAdmin.username, 'POST', '/api/v1/users', {
      fiscalCode: 'CLMSRA90P55D612W',
      givenName: 'Sara',
      familyName: 'Colombo',
      roles: ['gestore-piattaforma'],
    });
    assert.equal(response.status, 403);
    assert.equal((await response.json()).code, 'ROLE_NOT_GRANTABLE');
    const lucreziaProfiles = await (
      await fetch(`${world.url}/api/v1/me`, {
        headers: { authorization: `Bearer ${tokens[lucrezia.username]}` },
      })
    ).json();
    assert.equal(lucreziaProfiles.selectedProfile, null);
    assert.equal((await call(lucrezia.username, 'GET', '/api/v1/users')).status, 403);
  });

  test('when a fiscal code is malformed, then 400 says what is wrong and no person is created', async () => {
    for (const [fiscalCode, message] of [
      ['RSSMRA80A01H501', /16 caratteri/],
      ['RSSMRA80A01H501X', /carattere di controllo/],
      ['1234567890123456', /formato/],
    ] as const) {
      const response = await call(pratoAdmin.username, 'POST', '/api/v1/users', {
        fiscalCode,
        givenName: 'Mario',
        familyName: 'Rossi',
        roles: ['buyer'],
      });
      assert.equal(response.status, 400);
      const problem = await response.json();
      assert.equal(problem.code, 'VALIDATION_FAILED');
      assert.match(problem.invalidFields[0].message, message);
    }
    const [{ n }] = await world.service.deps.dataSource.query(
      "SELECT count(*)::int AS n FROM persons WHERE fiscal_code LIKE 'RSSMRA80A01H501%' AND fiscal_code <> 'RSSMRA80A01H501U'",
    );
    assert.equal(n, 0);
  });
});
