import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { waitFor } from '@app/platform/testing';
import {
  startDemoPlatform,
  unlimitedRates,
  type DemoPlatform,
} from '../../scripts/demo-platform.js';
import { approvedAdhesion, cloudContract, orderingCast } from '../../scripts/ordering-story.js';
import {
  assertAccessible,
  chromiumMissing,
  launchChromium,
  signedInPage,
  submitForm,
} from './browser.js';

/** Issue "Notify": the administrator's pages for what the agency sends (e-mail, PEC) and for its webhooks. */
describe('messages sent and webhooks, in a real browser', { skip: chromiumMissing }, () => {
  let demo: DemoPlatform;
  let browser: Browser;

  before(async () => {
    demo = await startDemoPlatform({ ...unlimitedRates, MAIL_POLL_MS: '200' });
    browser = await launchChromium();
    const cast = await orderingCast(demo);
    await approvedAdhesion(cast, await cloudContract(cast.buyer), 120_00);
  });

  after(async () => {
    await browser?.close();
    await demo?.stop();
  });

  const as = (username: string): Promise<Page> => signedInPage(browser, demo.gateway, username);
  const submit = submitForm;

  test('the administrator of Comune di Prato sees the e-mails its adhesion sent, registers a webhook, reads its log, rotates its secret and turns it off', async () => {
    const sara = await as('sara.colombo');
    await waitFor(async () => {
      await sara.goto(`${demo.gateway}/amministrazione/recapiti`);
      return /luca\.ferri@example\.it[\s\S]*Inviato/.test((await sara.textContent('table')) ?? '')
        ? true
        : undefined;
    }, 15_000);
    await assertAccessible(sara, 'messaggi inviati');
    await sara.goto(`${demo.gateway}/amministrazione/webhook`);
    await assertAccessible(sara, 'webhook');
    await sara.fill('#url', 'https://93.184.216.34/eventi');
    await sara.fill('#description', 'Protocollo informatico');
    await sara.fill('#prefix', 'adhesion.');
    await submit(sara, 'Registra');
    assert.match((await sara.textContent('[role=status]')) ?? '', /Segreto: whsec_[\s\S]*whpk_/);
    assert.match(
      (await sara.textContent('table')) ?? '',
      /93\.184\.216\.34[\s\S]*che iniziano con «adhesion\.»[\s\S]*Attivo/,
    );
    await sara.click('a:has-text("https://93.184.216.34/eventi")');
    await sara.waitForSelector('h1:has-text("Consegne del webhook")');
    await assertAccessible(sara, 'consegne del webhook');
    // «Riproponi tutti i messaggi dal»: a day gg/mm/aaaa and an hour; a wrong hour is told beside it.
    const logUrl = sara.url();
    await sara.fill('#sinceDay', '01/01/2026');
    await sara.fill('#sinceHour', '25:99');
    await submit(sara, 'Riproponi');
    assert.match((await sara.textContent('#sinceHour-error')) ?? '', /hh:mm/);
    await sara.fill('#sinceHour', '08:30');
    await submit(sara, 'Riproponi');
    assert.equal(await sara.locator('#errore-modulo').count(), 0);
    assert.equal(sara.url(), logUrl);
    await sara.goto(`${demo.gateway}/amministrazione/webhook`);
    sara.once('dialog', (dialog) => void dialog.accept());
    await submit(sara, 'Nuovo segreto');
    assert.match((await sara.textContent('[role=status]')) ?? '', /Nuovo segreto[\s\S]*whsec_/);
    await submit(sara, 'Disattiva');
    assert.match((await sara.textContent('table')) ?? '', /Disattivato dall'ente/);
  });

  test("a buyer may not reach the webhooks, and another Comune sees none of Prato's", async () => {
    const luca = await as('luca.ferri');
    const refused = await luca.goto(`${demo.gateway}/amministrazione/webhook`);
    assert.equal(refused?.status(), 403);
    const giorgio = await as('giorgio.pelli');
    await giorgio.goto(`${demo.gateway}/amministrazione/webhook`);
    assert.doesNotMatch((await giorgio.textContent('main')) ?? '', /93\.184\.216\.34/);
    await giorgio.goto(`${demo.gateway}/amministrazione/recapiti`);
    assert.doesNotMatch((await giorgio.textContent('main')) ?? '', /luca\.ferri@example\.it/);
  });
});
