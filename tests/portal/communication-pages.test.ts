import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import {
  startDemoPlatform,
  unlimitedRates,
  type DemoPlatform,
} from '../../scripts/demo-platform.js';
import { approvedAdhesion, cloudContract, orderingCast } from '../../scripts/ordering-story.js';
import { simplePdf } from '@app/signed-documents/testing';
import {
  assertAccessible,
  chromiumMissing,
  keepScreenshot,
  launchChromium,
  signedInPage,
  submitForm,
} from './browser.js';
import { defined } from '@app/platform/errors';

/** Issue "Notify", done when: a Comunicazione between Comune di Prato and the banditore read and answered in the portal. */
describe('Comunicazioni in the portal, in a real browser', { skip: chromiumMissing }, () => {
  let demo: DemoPlatform;
  let browser: Browser;
  let contractId: string;

  before(async () => {
    demo = await startDemoPlatform({ ...unlimitedRates });
    browser = await launchChromium();
    const cast = await orderingCast(demo);
    contractId = await cloudContract(cast.buyer);
    await approvedAdhesion(cast, contractId, 150_00);
  });

  after(async () => {
    await browser?.close();
    await demo?.stop();
  });

  const as = (username: string): Promise<Page> => signedInPage(browser, demo.gateway, username);
  const submit = submitForm;

  test('Comune di Prato asks the banditore, the banditore opens it from its notifications and answers, Prato reads the answer and who read what', async () => {
    // The banditore is already on a page: its header's count grows when the question arrives, without reloading.
    const gaio = await as('gaio.cesare');
    await gaio.goto(`${demo.gateway}/contratti`);
    const badge = gaio.locator('[data-inbox-count]');
    const before = Number((await badge.textContent()) || 0);
    const luca = await as('luca.ferri');
    await luca.goto(`${demo.gateway}/contratti/${contractId}?tab=comunicazioni`);
    await assertAccessible(luca, 'comunicazioni del contratto');
    await luca.selectOption('#kind', 'chiarimento');
    await luca.selectOption(
      '#to',
      defined(
        await luca
          .locator('#to option', { hasText: 'Centro di costo banditore' })
          .getAttribute('value'),
      ),
    );
    await luca.fill('#subject', 'Tempi di attivazione');
    await luca.fill('#body', "Quanti giorni servono per attivare il servizio dopo l'approvazione?");
    await submit(luca, 'Invia');
    await luca.waitForSelector('h1:has-text("Tempi di attivazione")');
    await assertAccessible(luca, 'comunicazione');
    const threadUrl = luca.url();

    await gaio.waitForFunction(
      (count) => Number(document.querySelector('[data-inbox-count]')?.textContent || 0) > count,
      before,
      { timeout: 10_000 },
    );
    assert.match(
      (await gaio.textContent('[data-inbox-announce]')) ?? '',
      /Nuova notifica: Chiarimento da Comune di Prato/,
    );
    await gaio.goto(`${demo.gateway}/notifiche`);
    await gaio.click('a:has-text("Apri — Chiarimento da Comune di Prato: Tempi di attivazione")');
    await gaio.waitForSelector('h1:has-text("Tempi di attivazione")');
    assert.equal(gaio.url(), threadUrl);
    assert.match((await gaio.textContent('main')) ?? '', /Luca Ferri — Comune di Prato/);
    await gaio.fill('#reply', "Cinque giorni lavorativi dall'approvazione dell'ordinativo.");
    await submit(gaio, 'Invia la risposta');
    await gaio.setInputFiles('#allegato', {
      name: 'cronoprogramma.pdf',
      mimeType: 'application/pdf',
      buffer: simplePdf('Cronoprogramma di attivazione'),
    });
    await submit(gaio, 'Allega');
    await keepScreenshot(gaio, 'desktop', 'comunicazione');

    await luca.goto(`${demo.gateway}/contratti/${contractId}?tab=comunicazioni`);
    assert.match(
      (await luca.textContent('table')) ?? '',
      /Tempi di attivazione[\s\S]*Chiarimento[\s\S]*Comune di Prato[\s\S]*Regione Toscana[\s\S]*1/,
    );
    await luca.click('a:has-text("Tempi di attivazione")');
    const text = (await luca.textContent('main')) ?? '';
    assert.match(text, /Cinque giorni lavorativi/);
    const [download] = await Promise.all([
      luca.waitForEvent('download'),
      luca.click('a:has-text("Scarica cronoprogramma.pdf")'),
    ]);
    assert.equal(download.suggestedFilename(), 'cronoprogramma.pdf');
    assert.match(text, /Letto da: .*Gaio Giulio Cesare il \d{2}\/\d{2}\/\d{4}/);
  });

  test('an agency outside the contract sees no thread and cannot open one; an empty reply is refused on the page', async () => {
    const paola = await as('paola.marini');
    await paola.goto(`${demo.gateway}/contratti/${contractId}?tab=comunicazioni`);
    assert.match((await paola.textContent('main')) ?? '', /il tuo ente non ne fa parte/);
    const luca = await as('luca.ferri');
    await luca.goto(`${demo.gateway}/contratti/${contractId}?tab=comunicazioni`);
    const href = await luca.locator('a:has-text("Tempi di attivazione")').getAttribute('href');
    const refused = await paola.goto(`${demo.gateway}${href}`);
    assert.equal(refused?.status(), 404);
    await luca.goto(`${demo.gateway}${href}`);
    await luca.evaluate(() => document.querySelector('#reply')?.removeAttribute('required'));
    await luca.fill('#reply', '   ');
    await Promise.all([
      luca.waitForNavigation(),
      luca.click('button:has-text("Invia la risposta")'),
    ]);
    assert.match((await luca.textContent('#errore-modulo')) ?? '', /Testo obbligatorio|non validi/);
  });
});
