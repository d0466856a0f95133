import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import {
  startDemoPlatform,
  unlimitedRates,
  type DemoPlatform,
} from '../../scripts/demo-platform.js';
import {
  assertAccessible,
  chromiumMissing,
  launchChromium,
  passwordLogin,
  personBrowser,
  signedInPage,
  submitForm,
} from './browser.js';

/** Issue "PEC administration": the Order's members in the portal, with axe on each page. */
describe("the Order's panel in a real browser", { skip: chromiumMissing }, () => {
  let demo: DemoPlatform;
  let browser: Browser;

  before(async () => {
    demo = await startDemoPlatform({ ...unlimitedRates });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await demo?.stop();
  });

  test('anna.galli registers a member (a wrong codice fiscale first), edits the phone, and sees name and codice fiscale fixed', async () => {
    const anna: Page = await signedInPage(browser, demo.gateway, 'anna.galli');
    await anna.goto(`${demo.gateway}/amministrazione`);
    await anna.click('a:has-text("Caselle PEC degli iscritti")');
    await anna.waitForSelector('h1:has-text("Caselle PEC degli iscritti")');
    await assertAccessible(anna, 'iscritti');
    const fields: Record<string, string> = {
      '#givenName': 'Giulia',
      '#familyName': 'Verdi',
      '#fiscalCode': 'VRDGLI85M41D612A',
      '#registrationNumber': 'B-77',
      '#registeredOn': '2026-10-15',
      '#referenceEmail': 'giulia.verdi@example.it',
      '#phone': '055 111222',
    };
    for (const [selector, value] of Object.entries(fields)) await anna.fill(selector, value);
    await submitForm(anna, "Registra l'iscritto");
    assert.match(
      (await anna.textContent('#errore-modulo')) ?? '',
      /Dati non validi|codice fiscale/i,
    );
    assert.equal(await anna.inputValue('#familyName'), 'Verdi');
    await anna.fill('#fiscalCode', `VRDGLI85M41D612${await checkLetter('VRDGLI85M41D612')}`);
    await submitForm(anna, "Registra l'iscritto");
    await anna.waitForSelector('h1:has-text("Giulia Verdi")');
    await assertAccessible(anna, 'iscritto');
    assert.match((await anna.textContent('main')) ?? '', /non si modificano dal pannello/);
    await anna.fill('#phone', '055 333444');
    await submitForm(anna, 'Salva le modifiche');
    assert.equal(await anna.inputValue('#phone'), '055 333444');
    await anna.goto(`${demo.gateway}/pec/iscritti?q=verdi`);
    assert.match((await anna.textContent('table')) ?? '', /Verdi Giulia[\s\S]*B-77/);
  });

  test('the members, the mailboxes and the ledger come a page at a time, with a pager that works at 1280 and 375 px', async () => {
    for (const width of ['desktop', 'phone'] as const) {
      const { context, page: anna } = await personBrowser(browser, width);
      await passwordLogin(anna, demo.gateway, 'anna.galli');
      for (const [path, label] of [
        ['/pec/iscritti', 'iscritti'],
        ['/pec/caselle', 'caselle'],
        ['/pec/richieste?stato=eseguita', 'richieste'],
      ] as const) {
        await anna.goto(`${demo.gateway}${path}${path.includes('?') ? '&' : '?'}page=2`);
        const pager = anna.locator('nav[aria-label="Paginazione"]');
        assert.match((await pager.textContent()) ?? '', /Pagina 2/, path);
        await pager.locator('a:has-text("Pagina precedente")').click();
        await anna.waitForURL(/page=1/);
        assert.match((await pager.textContent()) ?? '', /Pagina 1/, path);
        await assertAccessible(anna, `${label} ${width}`);
      }
      await context.close();
    }
  });

  test("another agency's administrator cannot open the panel", async () => {
    const sara = await signedInPage(browser, demo.gateway, 'sara.colombo');
    const refused = await sara.goto(`${demo.gateway}/pec/iscritti`);
    assert.equal(refused?.status(), 403);
  });
});

/** The codice fiscale's control letter, as the platform computes it. */
async function checkLetter(first15: string): Promise<string> {
  const { checkCharacter } = await import('@app/italian-codes');
  return checkCharacter(first15);
}
