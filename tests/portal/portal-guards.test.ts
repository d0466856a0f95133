import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CookieBrowser } from '@app/platform/testing';
import { startDemoPlatform, type DemoPlatform } from '../../scripts/demo-platform.js';
import { demoPassword, passwordSession, type Session } from '../../scripts/gateway-client.js';
import {
  approvedAdhesion,
  cloudContract,
  newOrder,
  orderingCast,
  upload,
  type Cast,
} from '../../scripts/ordering-story.js';
import { simplePdf } from '@app/signed-documents/testing';
import { defined } from '@app/platform/errors';

/** A browser logged in with the password form, as the portal's pages see it. */
async function loggedIn(gateway: string, username: string): Promise<CookieBrowser> {
  const browser = new CookieBrowser();
  const answer = await browser.fetch(`${gateway}/api/v1/auth/password`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password: demoPassword }),
  });
  assert.equal(answer.status, 303);
  return browser;
}

const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1];

/** Issue "Portal", security of pages: the attacks on the portal, each as it would come from outside. */
describe('portal pages: sessions, CSRF, headers, other agencies', () => {
  let demo: DemoPlatform;
  let cast: Cast;
  let orderId: string;
  let adhesionId: string;

  before(async () => {
    demo = await startDemoPlatform();
    cast = await orderingCast(demo);
    const contractId = await cloudContract(cast.buyer);
    adhesionId = await approvedAdhesion(cast, contractId, 500_00);
    orderId = (
      await newOrder(
        cast,
        contractId,
        adhesionId,
        [{ description: 'Ora', unitPriceCents: 100_00, quantity: 1 }],
        100_00,
      )
    ).id;
  });

  after(async () => {
    await demo?.stop();
  });

  test('when a page is served, then it forbids inline scripts and framing, and its cookies are HttpOnly', async () => {
    const answer = await fetch(`${demo.gateway}/`);
    const csp = answer.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(answer.headers.get('x-frame-options'), 'DENY');
    for (const cookie of answer.headers.getSetCookie()) assert.match(cookie, /HttpOnly/i, cookie);
    assert.doesNotMatch(await answer.text(), /<script>|<script [^>]*>[^<]+<\/script>|\son[a-z]+="/);
  });

  test("when a form is posted without its CSRF token, or with another browser's, then 403 and nothing changes", async () => {
    const buyer = await loggedIn(demo.gateway, 'luca.ferri');
    const other = await loggedIn(demo.gateway, 'luca.ferri');
    const page = await (await buyer.fetch(`${demo.gateway}/ordini/${orderId}`)).text();
    const otherToken = csrfOf(
      await (await other.fetch(`${demo.gateway}/ordini/${orderId}`)).text(),
    );
    assert.ok(csrfOf(page) && otherToken);
    const lines = { descrizione: 'Riga inserita da un altro sito', prezzo: '1,00', quantita: '1' };
    for (const token of [undefined, otherToken, 'x']) {
      const answer = await buyer.fetch(`${demo.gateway}/ordini/${orderId}/righe`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ ...lines, ...(token ? { _csrf: token } : {}) }),
      });
      assert.equal(answer.status, 403);
      assert.match(await answer.text(), /Modulo scaduto/);
    }
    assert.deepEqual(
      (await cast.buyer.call('GET', `/api/v1/orders/${orderId}`)).lines.map(
        (line: { description: string }) => line.description,
      ),
      ['Ora'],
    );
  });

  test("when another Comune opens the order or the adhesion, then the portal shows the API's 404 and no data", async () => {
    const firenze = await loggedIn(demo.gateway, 'paola.marini');
    for (const path of [
      `/ordini/${orderId}`,
      `/adesioni/${adhesionId}`,
      `/ordini/${orderId}/scheda-sintesi`,
      `/ordini/${orderId}/pagamenti`,
    ]) {
      const answer = await firenze.fetch(`${demo.gateway}${path}`);
      // The order's own pages are 404 for another agency; payments refuse the role first (403).
      assert.equal(answer.status, path.endsWith('/pagamenti') ? 403 : 404, path);
      const html = await answer.text();
      assert.doesNotMatch(html, /Servizi cloud del Comune di Prato|O0000\d+\/2026/, path);
    }
  });

  test('when nobody is logged in, then private pages lead to the access page; public ones answer', async () => {
    for (const path of [`/ordini/${orderId}`, '/contratti', '/amministrazione']) {
      const answer = await fetch(`${demo.gateway}${path}`, { redirect: 'manual' });
      assert.equal(answer.status, 303, path);
      assert.equal(answer.headers.get('location'), '/api/v1/auth/login');
    }
    for (const path of ['/', '/bandi', '/aggiudicazioni', '/accessibilita'])
      assert.equal((await fetch(`${demo.gateway}${path}`)).status, 200, path);
  });

  test('when the access token has expired, then the page goes through the refresh and back; a foreign next is refused', async () => {
    const buyer = await loggedIn(demo.gateway, 'luca.ferri');
    const stale = new CookieBrowser();
    // The session cookie alone, with an access token that does not verify: as after the token's expiry.
    const sessionCookie = defined(
      buyer
        .cookie()
        .split('; ')
        .find((cookie) => cookie.startsWith('ne_session=')),
    );
    const answer = await fetch(`${demo.gateway}/ordini/${orderId}`, {
      redirect: 'manual',
      headers: { cookie: `${sessionCookie}; ne_access=scaduto` },
    });
    assert.equal(answer.status, 303);
    assert.equal(
      answer.headers.get('location'),
      `/api/v1/auth/refresh?next=${encodeURIComponent(`/ordini/${orderId}`)}`,
    );
    const refreshed = await fetch(`${demo.gateway}${answer.headers.get('location')}`, {
      redirect: 'manual',
      headers: { cookie: sessionCookie },
    });
    assert.equal(refreshed.status, 303);
    assert.equal(refreshed.headers.get('location'), `/ordini/${orderId}`);
    assert.ok(
      refreshed.headers
        .getSetCookie()
        .some(
          (cookie) =>
            cookie.startsWith('ne_access=') &&
            /HttpOnly/i.test(cookie) &&
            /SameSite=Lax/i.test(cookie),
        ),
    );
    for (const next of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
      const away = await fetch(
        `${demo.gateway}/api/v1/auth/refresh?next=${encodeURIComponent(next)}`,
        { redirect: 'manual', headers: { cookie: sessionCookie } },
      );
      assert.equal(away.headers.get('location'), '/', next);
    }
    const noSession = await stale.fetch(`${demo.gateway}/api/v1/auth/refresh?next=/contratti`);
    assert.equal(noSession.headers.get('location'), '/api/v1/auth/login');
  });

  test("when a field carries a NUL byte, then the page shows the API's refusal next to the form and nothing is stored", async () => {
    const buyer = await loggedIn(demo.gateway, 'luca.ferri');
    const token = defined(
      csrfOf(await (await buyer.fetch(`${demo.gateway}/ordini/${orderId}`)).text()),
    );
    const answer = await buyer.fetch(`${demo.gateway}/ordini/${orderId}/righe`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        _csrf: token,
        descrizione: 'Ora\u0000di supporto',
        prezzo: '100,00',
        quantita: '1',
      }),
    });
    assert.equal(answer.status, 400);
    const html = await answer.text();
    assert.match(html, /id="errore-modulo"/);
    // eslint-disable-next-line no-control-regex -- the NUL the page must not echo back
    assert.match(html, /Ora\u0000di supporto|value="Ora/);
    assert.deepEqual(
      (await cast.buyer.call('GET', `/api/v1/orders/${orderId}`)).lines.map(
        (line: { description: string }) => line.description,
      ),
      ['Ora'],
    );
  });

  test('when an amount is not euro, then the form says so beside the field and keeps what was typed', async () => {
    const buyer = await loggedIn(demo.gateway, 'luca.ferri');
    const contractId = await cloudContract(cast.buyer);
    const token = defined(
      csrfOf(
        await (await buyer.fetch(`${demo.gateway}/contratti/${contractId}/adesioni/nuova`)).text(),
      ),
    );
    const answer = await buyer.fetch(`${demo.gateway}/contratti/${contractId}/adesioni`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: token, ipotesi: 'B', amount: '12.5.00' }),
    });
    assert.equal(answer.status, 400);
    const html = await answer.text();
    assert.match(html, /Importo in euro, con al più due decimali\./);
    assert.match(html, /value="12\.5\.00"/);
    assert.match(html, /id="ipotesi-b" value="B" checked/);
  });

  // Last in this file: it takes roles away from Luca Ferri and Gaio Cesare, ending their sessions.
  test('when a profile lacks the role an operation needs, then the API leaves it out of /api/v1/operations, refuses it, and the page offers no button for it', async () => {
    const pageOf = async (username: string, path: string) =>
      (await (await loggedIn(demo.gateway, username)).fetch(`${demo.gateway}${path}`)).text();
    const contractId = await cloudContract(cast.buyer);
    const pending = await cast.buyer.call(
      'POST',
      `/api/v1/contracts/${contractId}/adhesions`,
      { ipotesi: 'A', amountCents: 100_00 },
      201,
    );
    await upload(
      cast.buyer,
      `/api/v1/adhesions/${pending.id}/documents/0-1`,
      await cast.sign(simplePdf('Manifestazione di interesse'), 'luca.ferri'),
    );
    await cast.buyer.call('POST', `/api/v1/adhesions/${pending.id}/submit`);
    // With every role, both buttons are there: what follows is the roles' doing.
    assert.match(await pageOf('luca.ferri', `/contratti/${contractId}`), /Richiedi adesione/);
    assert.match(await pageOf('gaio.cesare', `/adesioni/${pending.id}`), />Approva</);
    await withRolesOnly(cast.rupWithPassword, 'FRRLCU68M20B354K', ['punto-ordinante']);
    await withRolesOnly(cast.banditore, 'CSRGGL70A01D612B', [
      'responsabile-eprocurement',
      'amministratore-ente',
    ]);

    const puntoOrdinante = await passwordSession(demo.gateway, 'luca.ferri');
    const callable = await operationsOf(puntoOrdinante);
    assert.ok(callable.includes('createOrder'));
    assert.ok(!callable.includes('createAdhesion'));
    const refused = await puntoOrdinante.raw('POST', `/api/v1/contracts/${contractId}/adhesions`, {
      body: JSON.stringify({ ipotesi: 'A', amountCents: 100_00 }),
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(refused.status, 403);
    assert.equal((await refused.json()).code, 'ROLE_REQUIRED');
    const contractPage = await pageOf('luca.ferri', `/contratti/${contractId}`);
    assert.match(contractPage, />Nuovo ordine</);
    assert.doesNotMatch(contractPage, /Richiedi adesione/);

    const responsabile = await passwordSession(demo.gateway, 'gaio.cesare');
    const judging = await operationsOf(responsabile);
    assert.ok(judging.includes('answerClarification'));
    for (const operation of ['approveAdhesionRound', 'rejectAdhesionRound', 'approveOrder'])
      assert.ok(!judging.includes(operation), operation);
    const approval = await responsabile.raw(
      'POST',
      `/api/v1/adhesions/${pending.id}/rounds/0/approve`,
    );
    assert.equal(approval.status, 403);
    const adhesionPage = await pageOf('gaio.cesare', `/adesioni/${pending.id}`);
    assert.match(adhesionPage, new RegExp(pending.code));
    assert.doesNotMatch(adhesionPage, /Approva|Rifiuta|Prendi in carico/);
  });
});

/** The profile of a person of the administrator's agency keeps only the given roles. */
async function withRolesOnly(administrator: Session, fiscalCode: string, roles: string[]) {
  const profile = (await administrator.call('GET', '/api/v1/users')).find(
    (candidate: { fiscalCode: string }) => candidate.fiscalCode === fiscalCode,
  );
  await administrator.call('PUT', `/api/v1/users/${profile.id}/roles`, { roles });
}

async function operationsOf(session: Session): Promise<string[]> {
  const answer = await session.call('GET', '/api/v1/operations');
  assert.deepEqual(answer.unavailable, []);
  return answer.operations;
}
