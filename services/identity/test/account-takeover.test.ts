import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  firstLogin,
  json,
  mailedCredentials,
  startIdentityWorld,
  type IdentityWorld,
  type WorldPerson,
} from './harness.js';
import { gaio, gestore, lucrezia, pratoAdmin } from './people.js';

const marco: WorldPerson = {
  username: 'marco.neri',
  password: 'Marco-Neri-Fornitore-2026',
  fiscalCode: 'NREMRC75C12D612V',
  displayName: 'Marco Neri',
  email: 'marco.neri@servizi-integrati.example',
  profiles: [{ agency: 'Servizi Integrati S.p.A.', roles: ['operatore-economico'] }],
};

describe('an agency administrator never takes over a person: credentials are the platform’s to make and the person’s to change', () => {
  let world: IdentityWorld;
  const tokens: Record<string, string> = {};
  const login = (username: string, password: string) =>
    fetch(`${world.url}/api/v1/auth/password`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ username, password }),
    });
  const call = (who: string, method: string, path: string, body?: unknown) =>
    fetch(`${world.url}${path}`, {
      method,
      headers: { ...json, authorization: `Bearer ${tokens[who]}` },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  const credentialRows = async (fiscalCode: string) =>
    world.service.deps.dataSource.query(
      'SELECT c.username, c.password_hash, c.must_change FROM password_credentials c JOIN persons p ON p.id = c.person_id WHERE p.fiscal_code = $1',
      [fiscalCode],
    );

  before(async () => {
    // Many logins from one address in a minute: this file is about credentials, not the address limit.
    world = await startIdentityWorld([gaio, pratoAdmin, gestore, lucrezia, marco], {
      LOGIN_ATTEMPTS_PER_MINUTE: '1000',
    });
    for (const person of [pratoAdmin, gestore])
      tokens[person.username] = (
        await (await login(person.username, person.password)).json()
      ).accessToken;
  });
  after(() => world.stop());

  for (const [who, victim] of [
    ['a person of another agency (the supplier)', marco],
    ["the Gestore's own codice fiscale", gestore],
    ['a person of the same agency', lucrezia],
  ] as const) {
    test(`when an administrator posts ${who} with a new username and password, then 400, and the victim's own password still works`, async () => {
      const before = await credentialRows(victim.fiscalCode);
      const attack = await call(pratoAdmin.username, 'POST', '/api/v1/users', {
        fiscalCode: victim.fiscalCode,
        givenName: 'Preso',
        familyName: 'Controllo',
        roles: ['buyer'],
        username: 'attaccante.prato',
        password: 'Attaccante-Scelto-2026',
      });
      assert.equal(attack.status, 400);
      const problem = await attack.json();
      assert.deepEqual(problem.invalidFields.map((f: { path: string }) => f.path).sort(), [
        'password',
        'username',
      ]);
      assert.match(problem.detail, /la piattaforma invia quelle di primo accesso alla persona/);
      assert.deepEqual(await credentialRows(victim.fiscalCode), before);
      assert.equal((await login('attaccante.prato', 'Attaccante-Scelto-2026')).status, 401);
      assert.equal(
        (await login(victim.username, victim.password)).status,
        200,
        'the victim still logs in',
      );
    });

    test(`when an administrator adds ${who} to their agency, then the profile is added and nothing of the credentials changes`, async () => {
      const before = await credentialRows(victim.fiscalCode);
      const sentBefore = world.mail.messages.length;
      const added = await call(pratoAdmin.username, 'POST', '/api/v1/users', {
        fiscalCode: victim.fiscalCode,
        givenName: 'Preso',
        familyName: 'Controllo',
        email: 'attaccante@example.it',
        roles: ['buyer'],
      });
      // The same office twice (the person already works there) is 409; anyone else gets a new profile.
      assert.ok([201, 409].includes(added.status), String(added.status));
      if (added.status === 201) assert.equal((await added.json()).firstAccess, null);
      assert.deepEqual(await credentialRows(victim.fiscalCode), before);
      assert.equal(
        world.mail.messages.length,
        sentBefore,
        'no credentials are mailed for a known person',
      );
      const [person] = await world.service.deps.dataSource.query(
        'SELECT given_name, email FROM persons WHERE fiscal_code = $1',
        [victim.fiscalCode],
      );
      assert.notEqual(
        person.email,
        'attaccante@example.it',
        'the administrator cannot redirect the person’s mail',
      );
      assert.equal((await login(victim.username, victim.password)).status, 200);
    });
  }

  test('when the Gestore resets the credentials of a person of several agencies, then only the person receives new ones, the old ones and the sessions end, and it is audited and announced', async () => {
    const session = await (await login(lucrezia.username, lucrezia.password)).json();
    const [person] = await world.service.deps.dataSource.query(
      'SELECT id FROM persons WHERE fiscal_code = $1',
      [lucrezia.fiscalCode],
    );
    assert.equal(
      (await call(pratoAdmin.username, 'POST', `/api/v1/persons/${person.id}/credentials/reset`))
        .status,
      403,
      'an agency administrator may not',
    );
    const reset = await call(
      gestore.username,
      'POST',
      `/api/v1/persons/${person.id}/credentials/reset`,
    );
    assert.equal(reset.status, 200, await reset.clone().text());
    const answer = await reset.json();
    assert.doesNotMatch(JSON.stringify(answer), /password/i);
    const mailed = await mailedCredentials(
      world,
      lucrezia.email ?? `${lucrezia.username}@example.it`,
    );
    assert.equal(mailed.subject, 'Negozio Elettronico: credenziali reimpostate');
    assert.equal(mailed.username, lucrezia.username, 'the username is kept');
    assert.equal(
      (await login(lucrezia.username, lucrezia.password)).status,
      401,
      'the old password no longer works',
    );
    assert.equal(
      (
        await fetch(`${world.url}/api/v1/me`, {
          headers: { authorization: `Bearer ${session.accessToken}` },
        })
      ).status,
      401,
      'open sessions end',
    );
    assert.equal((await firstLogin(world, mailed, 'Lucrezia-Nuova-Password-2026')).status, 200);
    const [audit] = await world.service.deps.dataSource.query(
      "SELECT person FROM audit_log WHERE action = 'credentials.reset' AND entity_id = $1",
      [person.id],
    );
    assert.ok(audit, 'the reset is audited');
    const [event] = await world.service.deps.dataSource.query(
      "SELECT envelope FROM outbox WHERE routing_key = 'identity.credentials.issued.v1' AND envelope->>'subject' = $1",
      [person.id],
    );
    assert.equal(event.envelope.data.reason, 'reimpostazione');
    assert.doesNotMatch(
      JSON.stringify(event.envelope),
      /Password temporanea|password_hash/,
      'the secret never travels in events',
    );
  });

  test('when first-access credentials have expired, then they open nothing', async () => {
    const created = await call(pratoAdmin.username, 'POST', '/api/v1/users', {
      fiscalCode: 'BNCGNN80A41D612B',
      givenName: 'Giovanna',
      familyName: 'Bianchi',
      email: 'giovanna.bianchi@comune.prato.it',
      roles: ['buyer'],
    });
    assert.equal(created.status, 201);
    const mailed = await mailedCredentials(world, 'giovanna.bianchi@comune.prato.it');
    await world.service.deps.dataSource.query(
      "UPDATE password_credentials SET expires_at = now() - interval '1 minute' WHERE username = $1",
      [mailed.username],
    );
    const refused = await login(mailed.username, mailed.password);
    assert.equal(refused.status, 401);
    assert.equal((await refused.json()).code, 'FIRST_ACCESS_EXPIRED');
  });

  test('when a person uses the password form of the access page at first access, then the page asks for the new password and then opens the session; a wrong password reads as a page too', async () => {
    await call(pratoAdmin.username, 'POST', '/api/v1/users', {
      fiscalCode: 'RSSMRC75C12D612N',
      givenName: 'Marcella',
      familyName: 'Rossi',
      email: 'marcella.rossi@comune.prato.it',
      roles: ['buyer'],
    });
    const mailed = await mailedCredentials(world, 'marcella.rossi@comune.prato.it');
    const form = (path: string, fields: Record<string, string>) =>
      fetch(`${world.url}${path}`, {
        method: 'POST',
        headers: { accept: 'text/html' },
        body: new URLSearchParams(fields),
        redirect: 'manual',
      });
    const wrong = await form('/api/v1/auth/password', {
      username: mailed.username,
      password: 'non-e-questa-password',
    });
    assert.equal(wrong.status, 401);
    assert.match(await wrong.text(), /role="alert"[\s\S]*Username o password non corretti/);
    const asked = await form('/api/v1/auth/password', mailed);
    assert.equal(asked.status, 403);
    const page = await asked.text();
    assert.match(page, /Scegli la nuova password/);
    assert.match(page, new RegExp(`name="username" value="${mailed.username}"`));
    const changed = await form('/api/v1/auth/password/change', {
      ...mailed,
      newPassword: 'Marcella-Rossi-2026',
    });
    assert.equal(changed.status, 303);
    assert.equal(changed.headers.get('location'), '/api/v1/auth/login');
    assert.ok(changed.headers.getSetCookie().some((cookie) => cookie.startsWith('ne_access=')));
  });

  test('when the new password equals the temporary one or is short, then 400 and the first-access mark stays', async () => {
    await call(pratoAdmin.username, 'POST', '/api/v1/users', {
      fiscalCode: 'VRDLGU85M10D612S',
      givenName: 'Luigi',
      familyName: 'Verdi',
      email: 'luigi.verdi@comune.prato.it',
      roles: ['buyer'],
    });
    const mailed = await mailedCredentials(world, 'luigi.verdi@comune.prato.it');
    for (const newPassword of [mailed.password, 'corta']) {
      const change = await fetch(`${world.url}/api/v1/auth/password/change`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ ...mailed, newPassword }),
      });
      assert.equal(change.status, 400);
      assert.equal((await change.json()).code, 'WEAK_PASSWORD');
    }
    assert.equal((await credentialRows('VRDLGU85M10D612S'))[0].must_change, true);
  });
});
