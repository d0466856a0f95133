import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { startDemoPlatform, type DemoPlatform } from '../../scripts/demo-platform.js';

const chromiumPath = '/usr/bin/chromium';
// CI installs Debian's Chromium (.ci/run); elsewhere the test says why it cannot run.
const missing =
  !existsSync(chromiumPath) && !process.env.CI
    ? `Chromium non trovato in ${chromiumPath} (apt-get install chromium)`
    : false;

describe('a person logs in with a real browser, as in npm start', { skip: missing }, () => {
  let demo: DemoPlatform | undefined;
  let browser: Browser;
  let gateway: string;

  before(async () => {
    demo = await startDemoPlatform();
    gateway = demo.gateway;
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
  });

  after(async () => {
    await browser?.close();
    await demo?.stop();
  });

  test('SPID level 2: choose a profile, Cambio profilo, logout', async () => {
    const page = await browser.newPage();
    await page.goto(`${gateway}/api/v1/auth/login`);
    await page.selectOption('#level', '2');
    await page.click('text=Entra con SPID');
    await page.waitForSelector('text=richiede un accesso SPID di livello 2');
    await page.fill('#username', 'lucrezia.borgia');
    await page.fill('#password', 'Negozio-Demo-2026');
    await page.click('button:has-text("Entra con SPID")');
    await page.click('text=Torna al servizio');
    await page.waitForSelector("text=Seleziona l'utenza con cui accedere");
    await page.locator('form.profile', { hasText: 'Regione Toscana' }).locator('button').click();
    await page.waitForSelector('text=Codice OCP: 01350003');
    assert.match((await page.textContent('main')) ?? '', /Accesso con SPID \(livello 2\)/);
    await page.locator('form.profile', { hasText: 'Comune di Prato' }).locator('button').click();
    await page.waitForSelector('text=Codice OCP: 01350005');
    const me = await page.evaluate(async () => (await fetch('/api/v1/me')).json());
    assert.equal(me.selectedProfile.agency.name, 'Comune di Prato');
    assert.equal(me.session.acr, 'https://www.spid.gov.it/SpidL2');
    // «Esci», as the portal's header says it.
    await page.click('button.btn-outline-primary:has-text("Esci")');
    await page.waitForSelector('text=Sei uscito dal Negozio Elettronico');
    assert.equal(await page.evaluate(async () => (await fetch('/api/v1/me')).status), 401);
  });

  test('password form: the only profile is selected at once', async () => {
    const page = await browser.newPage();
    await page.goto(`${gateway}/api/v1/auth/login`);
    await page.fill('#username', 'paola.marini');
    await page.fill('#password', 'Negozio-Demo-2026');
    await page.click('button:has-text("Accedi")');
    await page.waitForSelector('text=Comune di Firenze');
    assert.match(
      (await page.textContent('main')) ?? '',
      /Punto Ordinante[\s\S]*Accesso con username e password/,
    );
  });

  test('CIE: the provider returns to the platform with the person logged in', async () => {
    const page = await browser.newPage();
    await page.goto(`${gateway}/api/v1/auth/login`);
    await page.click('a:has-text("Entra con CIE")');
    await page.waitForSelector("text=Carta d'Identità Elettronica");
    await page.fill('#username', 'gaio.cesare');
    await page.fill('#password', 'Negozio-Demo-2026');
    await page.click('button:has-text("Entra con CIE")');
    await page.waitForSelector('text=Gaio Giulio Cesare');
    assert.match((await page.textContent('main')) ?? '', /Accesso con CIE \(livello 3\)/);
  });
});
