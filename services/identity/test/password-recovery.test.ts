import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { json, startIdentityWorld, type IdentityWorld } from './harness.js';
import { gaio, lucrezia } from './people.js';

/**
 * Seed 002: «Hai dimenticato la password?» and «Cambio password». A one-time link by e-mail to the
 * person who holds the username; the same answer for anyone; the password unchanged until the link
 * is used; once, within its time, and every open session closed.
 */
describe('password recovery by e-mail and the change of password', () => {
  let world: IdentityWorld;
  const post = (path: string, body: unknown, headers: Record<string, string> = json) =>
    fetch(`${world.url}${path}`, {
      method: 'POST',
      headers,
      body:
        headers === json
          ? JSON.stringify(body)
          : new URLSearchParams(body as Record<string, string>),
    });
  const login = (username: string, password: string) =>
    post('/api/v1/auth/password', { username, password });
  const linkIn = async (username: string) => {
    const received = await world.mail.waitFor(`${username}@example.it`);
    const last = received.at(-1);
    const token = /\/api\/v1\/auth\/password\/recovery\?token=([A-Za-z0-9_-]+)/.exec(
      last?.text ?? '',
    )?.[1];
    assert.ok(token, last?.text);
    return { token, subject: last?.subject };
  };

  before(async () => {
    world = await startIdentityWorld([gaio, lucrezia], { LOGIN_ATTEMPTS_PER_MINUTE: '1000' });
  });
  after(() => world.stop());

  test('when a person asks, then a one-time link reaches their own e-mail, the old password still works until it is used, and then only the new one does', async () => {
    const asked = await post('/api/v1/auth/password/recovery', { username: gaio.username });
    assert.equal(asked.status, 202);
    const answer = (await asked.json()).message;
    const { token, subject } = await linkIn(gaio.username);
    assert.equal(subject, 'Negozio Elettronico: recupero della password');
    assert.equal((await login(gaio.username, gaio.password)).status, 200, 'nothing changed yet');
    const session = (await (await login(gaio.username, gaio.password)).json()).accessToken;
    const page = await fetch(`${world.url}/api/v1/auth/password/recovery?token=${token}`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Scegli la nuova password/);
    const newPassword = 'Gaio-Nuova-Password-2027';
    assert.equal(
      (await post('/api/v1/auth/password/recovery/complete', { token, newPassword })).status,
      204,
    );
    assert.equal((await login(gaio.username, gaio.password)).status, 401);
    assert.equal((await login(gaio.username, newPassword)).status, 200);
    // Once: the same link again is refused, with the reason.
    const again = await post('/api/v1/auth/password/recovery/complete', {
      token,
      newPassword: 'Un-Altra-Password-2027',
    });
    assert.equal(again.status, 400);
    assert.equal((await again.json()).code, 'RECOVERY_LINK_INVALID');
    // The sessions opened before the recovery are closed.
    const me = await fetch(`${world.url}/api/v1/me`, {
      headers: { authorization: `Bearer ${session}` },
    });
    assert.equal(me.status, 401);
    // Nobody tells an unknown username from a known one.
    const unknown = await post('/api/v1/auth/password/recovery', { username: 'nessuno.esiste' });
    assert.equal(unknown.status, 202);
    assert.equal((await unknown.json()).message, answer);
  });

  test('when a link is forged, malformed, or a password too short is chosen, then nothing changes; a short password leaves the link usable', async () => {
    for (const token of ['x', 'a'.repeat(43), 'a\u0000b']) {
      const refused = await post('/api/v1/auth/password/recovery/complete', {
        token,
        newPassword: 'Una-Password-Lunga-2027',
      });
      assert.equal(refused.status, 400, token);
    }
    await post('/api/v1/auth/password/recovery', { username: lucrezia.username });
    const { token } = await linkIn(lucrezia.username);
    const short = await post('/api/v1/auth/password/recovery/complete', {
      token,
      newPassword: 'corta',
    });
    assert.equal(short.status, 400);
    assert.equal((await login(lucrezia.username, lucrezia.password)).status, 200);
    // The browser's form shows the page again with the form, while the link still works.
    const form = { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' };
    const again = await post(
      '/api/v1/auth/password/recovery/complete',
      { token, newPassword: 'corta' },
      form,
    );
    assert.match(await again.text(), /Salva la nuova password/);
    const twice = await Promise.all(
      ['Prima-Password-Scelta-2027', 'Seconda-Password-Scelta-2027'].map((newPassword) =>
        post('/api/v1/auth/password/recovery/complete', { token, newPassword }),
      ),
    );
    assert.deepEqual(
      twice.map((answer) => answer.status).sort(),
      [204, 400],
      'the link works once',
    );
  });

  test('when someone asks again and again for one username, then 429 with Retry-After, and no more mails than the limit', async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++) {
      const answer = await post('/api/v1/auth/password/recovery', { username: 'molte.richieste' });
      statuses.push(answer.status);
      if (answer.status === 429) assert.ok(Number(answer.headers.get('retry-after')) > 0);
    }
    assert.deepEqual(statuses, [202, 202, 202, 429, 429]);
  });

  test('when a person changes the password from «Cambio password», then the current one is needed and the new one works', async () => {
    const page = await fetch(`${world.url}/api/v1/auth/login?cambio`);
    assert.match(await page.text(), /Cambio password/);
    const current = 'Gaio-Nuova-Password-2027';
    const chosen = 'Gaio-Scelta-Dal-Profilo-2027';
    const wrong = await post('/api/v1/auth/password/change', {
      username: gaio.username,
      password: 'non-e-la-sua',
      newPassword: chosen,
    });
    assert.equal(wrong.status, 401);
    const changed = await post('/api/v1/auth/password/change', {
      username: gaio.username,
      password: current,
      newPassword: chosen,
    });
    assert.equal(changed.status, 200);
    assert.equal((await login(gaio.username, current)).status, 401);
    assert.equal((await login(gaio.username, chosen)).status, 200);
  });
});
