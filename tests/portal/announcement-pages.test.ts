import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { startDemoPlatform, type DemoPlatform } from '../../scripts/demo-platform.js';
import { passwordSession, type Session } from '../../scripts/gateway-client.js';
import {
  assertAccessible,
  chromiumMissing,
  launchChromium,
  personBrowser,
  signedInPage,
  submitForm,
} from './browser.js';

/**
 * Seed 002: «Comunicati informativi» on the home page with «Tutti i comunicati informativi», and
 * the «Avviso - Si informa che …» banner on every page, both published by the Gestore only.
 */
describe('Comunicati informativi and the Avviso banner', () => {
  let demo: DemoPlatform;
  let gestore: Session;
  let rup: Session;
  const maintenance =
    'Si informa che a partire dalle ore 18:30 del 17 Dicembre il portale non sarà disponibile ' +
    'per interventi di manutenzione.';

  before(async () => {
    demo = await startDemoPlatform();
    gestore = await passwordSession(demo.gateway, 'mario.rossi');
    rup = await passwordSession(demo.gateway, 'sara.colombo');
  });

  after(async () => {
    await demo?.stop();
  });

  const home = async () => (await fetch(`${demo.gateway}/`)).text();

  test('when the Gestore publishes a comunicato and an avviso, then anyone sees them; when it withdraws the avviso, then the banner goes', async () => {
    await gestore.call(
      'POST',
      '/api/v1/announcements',
      { kind: 'comunicato', title: 'proroga start prova', body: 'La prova è prorogata.' },
      201,
    );
    const until = new Date(Date.now() + 3_600_000).toISOString();
    const avviso = await gestore.call(
      'POST',
      '/api/v1/announcements',
      { kind: 'avviso', title: 'Manutenzione', body: maintenance, visibleUntil: until },
      201,
    );
    const page = await home();
    assert.ok(page.includes(`Avviso - ${maintenance}`), 'the banner, in the seed’s words');
    assert.match(page, /\d{2}\/\d{2}\/\d{4} - proroga start prova/);
    assert.match(page, /Tutti i comunicati informativi/);
    const all = await (await fetch(`${demo.gateway}/comunicati`)).text();
    assert.match(all, /La prova è prorogata\./);
    await gestore.call('DELETE', `/api/v1/announcements/${avviso.id}`, undefined, 204);
    assert.ok(!(await home()).includes(maintenance));
    const again = await gestore.raw('DELETE', `/api/v1/announcements/${avviso.id}`);
    assert.equal(again.status, 409);
  });

  test('when anyone else publishes or withdraws, or the times do not make sense, then nothing is published', async () => {
    const body = { kind: 'comunicato', title: 'Falso comunicato', body: 'Non dal Gestore.' };
    await rup.call('POST', '/api/v1/announcements', body, 403);
    const anonymous = await fetch(`${demo.gateway}/api/v1/announcements`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    assert.equal(anonymous.status, 401);
    const noEnd = await gestore.raw('POST', '/api/v1/announcements', {
      body: JSON.stringify({ kind: 'avviso', title: 'Senza fine', body: 'Un avviso senza fine.' }),
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(noEnd.status, 400);
    const backwards = await gestore.raw('POST', '/api/v1/announcements', {
      body: JSON.stringify({
        ...body,
        visibleFrom: '2027-01-02T10:00:00+01:00',
        visibleUntil: '2027-01-01T10:00:00+01:00',
      }),
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(backwards.status, 400);
    const published = await gestore.call('POST', '/api/v1/announcements', body, 201);
    await rup.call('DELETE', `/api/v1/announcements/${published.id}`, undefined, 403);
    await gestore.call('DELETE', `/api/v1/announcements/${published.id}`, undefined, 204);
    const listed = await (await fetch(`${demo.gateway}/api/v1/announcements`)).json();
    assert.ok(!JSON.stringify(listed).includes('Non dal Gestore'));
    assert.ok(!JSON.stringify(listed).includes('Senza fine'));
  });

  test(
    'when the Gestore publishes an avviso from its page with gg/mm/aaaa, then another person sees the banner',
    { skip: chromiumMissing },
    async () => {
      const browser: Browser = await launchChromium();
      try {
        const page = await signedInPage(browser, demo.gateway, 'mario.rossi');
        await page.goto(`${demo.gateway}/amministrazione`);
        await Promise.all([
          page.waitForNavigation(),
          page.click('a:has-text("Comunicati informativi e avvisi")'),
        ]);
        await assertAccessible(page, 'comunicati-gestore');
        const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString('it-IT', {
          timeZone: 'Europe/Rome',
          day: '2-digit',
          month: '2-digit',
          year: 'numeric',
        });
        await page.selectOption('#kind', 'avviso');
        await page.fill('#title', 'Manutenzione programmata');
        await page.fill('#body', 'Si informa che domani il portale sarà in manutenzione.');
        await page.fill('#untilDay', tomorrow);
        await page.fill('#untilHour', '23:00');
        await submitForm(page, 'Pubblica');
        await page.waitForSelector('td:has-text("Manutenzione programmata")');
        const visitor = await personBrowser(browser, 'phone');
        await visitor.page.goto(`${demo.gateway}/bandi`);
        assert.match(
          (await visitor.page.textContent('[data-avviso]')) ?? '',
          /Avviso - Si informa che domani il portale sarà in manutenzione\./,
        );
        await assertAccessible(visitor.page, 'avviso-telefono');
      } finally {
        await browser.close();
      }
    },
  );
});
