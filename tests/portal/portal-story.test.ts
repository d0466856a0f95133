import { after, before, describe, test } from 'node:test';
import { seedSentence } from '@app/platform/testing';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { simplePdf } from '@app/signed-documents/testing';
import {
  startDemoPlatform,
  unlimitedRates,
  type DemoPlatform,
} from '../../scripts/demo-platform.js';
import { demoSigning, type DemoSigning } from '../../scripts/demo-signing.js';
import {
  assertAccessible,
  assertHeaderClickable,
  chromiumMissing,
  keepScreenshot,
  launchChromium,
  passwordLogin,
  personBrowser,
  pressWithKeyboard,
  spidLogin,
  typeWithKeyboard,
  tabTo,
  type Width,
} from './browser.js';

/**
 * Issue "Portal": the seed-001 story through the pages only — no API call from the test — at desktop
 * width with the keyboard alone for the wizards, and again at phone width; axe on every page.
 */
describe(
  'the seed-001 story through the portal, in a real browser',
  { skip: chromiumMissing },
  () => {
    let demo: DemoPlatform;
    let browser: Browser;
    let signing: DemoSigning;

    before(async () => {
      // Every browser of the story is 127.0.0.1: one person's limit would be shared by five.
      demo = await startDemoPlatform({ PCP_POLL_MS: '300', ...unlimitedRates });
      browser = await launchChromium();
      signing = await demoSigning(demo.simulators.urls.qualifiedCa);
    });

    after(async () => {
      await browser?.close();
      await demo?.stop();
    });

    const sign = (bytes: Buffer, username: string) => signing.sign(bytes, username);

    /** «Invia», then the confirmation page's «Sì» (by keyboard at desktop width, as the story does). */
    async function confirmSending(page: Page, width: Width, name: string, invia: string) {
      const keyboard = width === 'desktop';
      if (keyboard) await pressWithKeyboard(page, invia);
      else await Promise.all([page.waitForNavigation(), page.click(invia)]);
      await visit(page, width, name);
      if (keyboard) await pressWithKeyboard(page, 'button:has-text("Sì")');
      else await Promise.all([page.waitForNavigation(), page.click('button:has-text("Sì")')]);
    }

    /** Visits a page, checks it with axe and keeps its screenshot. */
    async function visit(page: Page, width: Width, name: string, path?: string): Promise<void> {
      if (path) await page.goto(`${demo.gateway}${path}`);
      // Nothing scrolls sideways: a wide table scrolls inside its own container.
      const [pageWidth, viewWidth] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
      ]);
      assert.ok(pageWidth <= viewWidth, `${name} is ${pageWidth} px wide in ${viewWidth} px`);
      await assertHeaderClickable(page, name);
      await assertAccessible(page, name);
      await keepScreenshot(page, width, name);
    }

    for (const width of ['desktop', 'phone'] as const) {
      test(`at ${width} width: public pages, SPID and Cambio profilo, adhesion, order with CIG and signed sheet, approval, esito`, async () => {
        const keyboard = width === 'desktop';
        const visitor = await personBrowser(browser, width);
        await visit(visitor.page, width, 'home', '/');
        await visit(visitor.page, width, 'bandi-e-avvisi', '/bandi');
        await visit(visitor.page, width, 'aggiudicazioni', '/aggiudicazioni');
        // Seed 002's «Sito e riferimenti»: Istruzioni (the manual of Richiedi CIG among them), FAQ, Contatti.
        await visit(visitor.page, width, 'istruzioni', '/istruzioni');
        assert.match((await visitor.page.textContent('main')) ?? '', /manuale Richiedi CIG/);
        await visit(visitor.page, width, 'faq', '/faq');
        await visit(visitor.page, width, 'contatti', '/contatti');
        assert.match((await visitor.page.textContent('main')) ?? '', /modulo «Comunicazioni»/);
        await visitor.page.goto(`${demo.gateway}/bandi`);
        await Promise.all([
          visitor.page.waitForNavigation(),
          visitor.page.click('a:has-text("Sistema Cloud Toscana")'),
        ]);
        await visitor.page.waitForSelector(
          'text=Accedi con SPID, CIE o CNS per vedere documentazione',
        );
        await visit(visitor.page, width, 'contratto-pubblico');

        // The RUP of Comune di Prato logs in with SPID and switches profile.
        const rup = await personBrowser(browser, width);
        await spidLogin(rup.page, demo.gateway, 'lucrezia.borgia');
        await rup.page.waitForSelector("text=Seleziona l'utenza con cui accedere");
        await visit(rup.page, width, 'accesso-scelta-profilo');
        await rup.page
          .locator('form.profile', { hasText: 'Regione Toscana' })
          .locator('button')
          .click();
        await rup.page.waitForSelector('text=Cambio profilo');
        await rup.page
          .locator('form.profile', { hasText: 'Comune di Prato' })
          .locator('button')
          .click();
        await rup.page.waitForSelector('text=Codice OCP: 01350005');

        // The buyer searches the contract and adheres (ipotesi A), with the signed manifestazione.
        const buyer = await personBrowser(browser, width);
        await passwordLogin(buyer.page, demo.gateway, 'luca.ferri');
        await buyer.page.goto(`${demo.gateway}/contratti`);
        await buyer.page.fill('#q', 'Sistema Cloud');
        await Promise.all([
          buyer.page.waitForNavigation(),
          buyer.page.click('button:has-text("Cerca")'),
        ]);
        await visit(buyer.page, width, 'elenco-contratti');
        await Promise.all([
          buyer.page.waitForNavigation(),
          buyer.page.click('a:has-text("Sistema Cloud Toscana")'),
        ]);
        await visit(buyer.page, width, 'contratto');
        const contractUrl = buyer.page.url();
        await buyer.page.goto(`${contractUrl}?tab=chiarimenti`);
        await visit(buyer.page, width, 'contratto-chiarimenti');
        await buyer.page.goto(contractUrl);
        await Promise.all([
          buyer.page.waitForNavigation(),
          buyer.page.click('a:has-text("Richiedi adesione")'),
        ]);
        await visit(buyer.page, width, 'adesione-passo-1');
        if (keyboard) {
          await typeWithKeyboard(buyer.page, '#amount', '1.000,00');
          await pressWithKeyboard(buyer.page, 'button:has-text("Salva e procedi")');
        } else {
          await buyer.page.fill('#amount', '1.000,00');
          await Promise.all([
            buyer.page.waitForNavigation(),
            buyer.page.click('button:has-text("Salva e procedi")'),
          ]);
        }
        await buyer.page.waitForSelector('h1:has-text("Adesione A")');
        const adhesionUrl = buyer.page.url();
        await buyer.page.setInputFiles('#file-0-1', {
          name: 'manifestazione.pdf.p7m',
          mimeType: 'application/pkcs7-mime',
          buffer: await sign(simplePdf('Manifestazione di interesse alla proroga'), 'luca.ferri'),
        });
        if (keyboard)
          await pressWithKeyboard(buyer.page, '#documento-0-1 button:has-text("Carica")');
        else
          await Promise.all([
            buyer.page.waitForNavigation(),
            buyer.page.click('#documento-0-1 button:has-text("Carica")'),
          ]);
        await buyer.page.waitForSelector('text=Firma valida');
        assert.match(
          (await buyer.page.textContent('#documento-0-1')) ?? '',
          /Luca Ferri, codice fiscale FRRLCU68M20B354K/,
        );
        await visit(buyer.page, width, 'adesione-passo-2');
        if (keyboard) {
          // The summary's «Modifica» leads back to passo 1, filled with what was saved.
          await pressWithKeyboard(buyer.page, 'a:has-text("Modifica")');
          await visit(buyer.page, width, 'adesione-modifica');
          await typeWithKeyboard(buyer.page, '#amount', '1.200,00');
          await pressWithKeyboard(buyer.page, 'button:has-text("Salva e torna al riepilogo")');
          // Amounts are always grouped, four digits too (CLDR's Italian would write 1200,00 €).
          assert.match((await buyer.page.textContent('main')) ?? '', /Importo1\.200,00\s€/);
        }
        // Seed 001: «INVIA» asks for confirmation; «si» sends and says it was sent correctly.
        await confirmSending(
          buyer.page,
          width,
          'adesione-conferma-invio',
          'main a:has-text("Invia")',
        );
        await buyer.page.waitForSelector('[data-live="status"]:has-text("Inviata")');
        await buyer.page.waitForSelector('text=è stata inviata correttamente');

        // The banditore's RUP approves round 0.
        const banditore = await personBrowser(browser, width);
        await passwordLogin(banditore.page, demo.gateway, 'gaio.cesare');
        await banditore.page.goto(adhesionUrl);
        await visit(banditore.page, width, 'adesione-valutazione');
        await Promise.all([
          banditore.page.waitForNavigation(),
          banditore.page.click('button:has-text("Approva")'),
        ]);
        await banditore.page.waitForSelector('[data-live="status"]:has-text("Approvata")');

        // The buyer's inbox tells of it (seed 001's automatic notification), with the unread count in the header.
        for (let attempt = 0; attempt < 20; attempt++) {
          await buyer.page.goto(`${demo.gateway}/notifiche`);
          if (await buyer.page.locator('h2:has-text("approvata")').count()) break;
          await buyer.page.waitForTimeout(500);
        }
        await buyer.page.waitForSelector('h2:has-text("approvata")', { timeout: 1_000 });
        const unread = Number.parseInt((await buyer.page.textContent('header .badge')) ?? '0', 10);
        assert.ok(unread >= 2, String(unread));
        await visit(buyer.page, width, 'notifiche');
        await Promise.all([
          buyer.page.waitForNavigation(),
          buyer.page.locator('button:has-text("Segna come letta")').first().click(),
        ]);
        assert.equal(
          Number.parseInt((await buyer.page.textContent('header .badge')) ?? '0', 10),
          unread - 1,
        );

        // Nuovo ordine → Richiedi CIG → Vai all'ordine.
        await buyer.page.goto(contractUrl);
        await Promise.all([
          buyer.page.waitForNavigation(),
          buyer.page.click('a:has-text("Nuovo ordine")'),
        ]);
        await visit(buyer.page, width, 'richiedi-cig');
        const fields: [string, string][] = [
          ['#subject', 'Servizi cloud del Comune di Prato: contratto attuativo'],
          ['#costCentre', 'CDC-SI-01'],
          ['#amount-0', '100,00'],
          ['#nuts-0', 'ITI15'],
          ['#istat-0', '009100005'],
        ];
        const choices: [string, string][] = [
          ['#contractObject-0', 'servizi'],
          ['#ccnl-0', 'H01'],
          ['#category-0', 'FS'],
          ['#financingType-0', 'A'],
        ];
        for (const [selector, value] of fields) {
          if (keyboard) await typeWithKeyboard(buyer.page, selector, value);
          else await buyer.page.fill(selector, value);
        }
        for (const [selector, code] of choices) await buyer.page.selectOption(selector, code);
        await Promise.all([
          buyer.page.waitForNavigation(),
          buyer.page.click('button:has-text("Richiedi CIG")'),
        ]);
        await buyer.page.waitForSelector('text=Richiesta CIG salvata');
        await Promise.all([
          buyer.page.waitForNavigation(),
          buyer.page.click('a:has-text("Vai all’ordine")'),
        ]);
        const orderUrl = buyer.page.url();
        assert.match(await buyer.page.inputValue('#derivedCig'), /^$/);
        assert.match(
          (await buyer.page.textContent('#derivedCig-help')) ?? '',
          /integrare la richiesta del CIG tramite il bottone “Conferma appalto”/,
        );

        // Passo 1 with lines that do not add up: seed 001's message on the page.
        const lines = async (price: string) => {
          if (keyboard) {
            await typeWithKeyboard(buyer.page, '#descrizione-0', 'Ora di supporto sistemistico');
            await typeWithKeyboard(buyer.page, '#prezzo-0', price);
            await typeWithKeyboard(buyer.page, '#quantita-0', '1');
            await pressWithKeyboard(buyer.page, 'button:has-text("Salva righe")');
          } else {
            await buyer.page.fill('#descrizione-0', 'Ora di supporto sistemistico');
            await buyer.page.fill('#prezzo-0', price);
            await buyer.page.fill('#quantita-0', '1');
            await Promise.all([
              buyer.page.waitForNavigation(),
              buyer.page.click('button:has-text("Salva righe")'),
            ]);
          }
        };
        await lines('90,00');
        await visit(buyer.page, width, 'ordine-passo-1');
        await rup.page.goto(orderUrl);
        await Promise.all([
          rup.page.waitForNavigation(),
          rup.page.click('button:has-text("Conferma appalto")'),
        ]);
        assert.ok(
          ((await rup.page.textContent('#errore-modulo')) ?? '').includes(
            seedSentence(1, 'Il totale delle righe', 'inserito in fase di richiesta del CIG.'),
          ),
        );
        await lines('100,00');

        // Live status: the buyer's page follows the RUP's Conferma appalto and Acquisisci CIG without a reload.
        await buyer.page.evaluate(() => {
          (window as unknown as { notReloaded: boolean }).notReloaded = true;
        });
        await Promise.all([
          rup.page.waitForNavigation(),
          rup.page.click('button:has-text("Conferma appalto")'),
        ]);
        await buyer.page.waitForSelector(
          '[data-live="statusLabel"]:has-text("Appalto confermato")',
          { timeout: 30_000 },
        );
        await rup.page.reload();
        await rup.page.waitForSelector('button:has-text("Acquisisci CIG")', { timeout: 30_000 });
        await Promise.all([
          rup.page.waitForNavigation(),
          rup.page.click('button:has-text("Acquisisci CIG")'),
        ]);
        await buyer.page.waitForFunction(
          () =>
            /^[0-9A-Z]{10}$/.test(
              (document.querySelector('#derivedCig') as HTMLInputElement).value,
            ),
          undefined,
          { timeout: 30_000 },
        );
        assert.equal(
          await buyer.page.evaluate(
            () => (window as unknown as { notReloaded?: boolean }).notReloaded,
          ),
          true,
        );
        await visit(buyer.page, width, 'ordine-cig-acquisito');

        // Passo 2: the generated sheet signed unchanged, the contract's documents; passo 3: Invia.
        await buyer.page.reload();
        assert.match((await buyer.page.textContent('main')) ?? '', /CIG derivato acquisito/);
        const sheet = await (await buyer.context.request.get(`${orderUrl}/scheda-sintesi`)).body();
        assert.equal(sheet.subarray(0, 5).toString(), '%PDF-');
        await buyer.page.setInputFiles('#sheet', {
          name: 'scheda-sintesi.pdf.p7m',
          mimeType: 'application/pkcs7-mime',
          buffer: await sign(sheet, 'luca.ferri'),
        });
        await Promise.all([
          buyer.page.waitForNavigation(),
          buyer.page.click('button:has-text("Carica la scheda firmata")'),
        ]);
        for (const input of await buyer.page.locator('input[type=file][id^="doc-"]').all()) {
          const id = await input.getAttribute('id');
          await buyer.page.setInputFiles(`#${id}`, {
            name: 'contratto.pdf.p7m',
            mimeType: 'application/pkcs7-mime',
            buffer: await sign(simplePdf('Contratto attuativo'), 'luca.ferri'),
          });
          await Promise.all([
            buyer.page.waitForNavigation(),
            buyer.page.locator(`form:has(#${id}) button`).click(),
          ]);
        }
        await visit(buyer.page, width, 'ordine-passo-2');
        await confirmSending(
          buyer.page,
          width,
          'ordine-conferma-invio',
          '#passo-3 a:has-text("Invia")',
        );
        await buyer.page.waitForSelector('[data-live="statusLabel"]:has-text("Inviato")');
        await buyer.page.waitForSelector('text=è stato inviato correttamente');

        // The banditore approves; the supplier takes note; the buyer publishes the esito.
        await banditore.page.goto(orderUrl);
        await visit(banditore.page, width, 'ordine-valutazione');
        await Promise.all([
          banditore.page.waitForNavigation(),
          banditore.page.click('button:has-text("Approva")'),
        ]);
        await banditore.page.waitForSelector('[data-live="statusLabel"]:has-text("Approvato")');
        const supplier = await personBrowser(browser, width);
        await passwordLogin(supplier.page, demo.gateway, 'marco.neri');
        await supplier.page.goto(orderUrl);
        await visit(supplier.page, width, 'ordine-fornitore');
        await Promise.all([
          supplier.page.waitForNavigation(),
          supplier.page.click('button:has-text("Presa visione")'),
        ]);
        await supplier.page.waitForSelector('text=Presa visione');
        await buyer.page.goto(orderUrl);
        await Promise.all([
          buyer.page.waitForNavigation(),
          buyer.page.click('button:has-text("Salva e pubblica")'),
        ]);
        // Seed 001: «Il Sistema riepiloga le informazioni inserite e mostra il pulsante “salva e procedi”».
        await buyer.page.waitForSelector('[data-outcome-recap]');
        assert.match(
          (await buyer.page.textContent('main')) ?? '',
          /Data dell'affidamento\d{2}\/\d{2}\/\d{4}/,
        );
        await visit(buyer.page, width, 'esito-riepilogo');
        await Promise.all([
          buyer.page.waitForNavigation(),
          buyer.page.click('button:has-text("Salva e procedi")'),
        ]);
        await buyer.page.waitForSelector('text=L’esito è stato pubblicato correttamente');
        await buyer.page.waitForSelector('text=Esito pubblicato');
        const cig = await buyer.page.inputValue('#derivedCig');
        await visitor.page.goto(`${demo.gateway}/aggiudicazioni?q=${cig}`);
        await visitor.page.waitForSelector(`td:has-text("${cig}")`, { timeout: 15_000 });
        await visit(visitor.page, width, 'aggiudicazioni-esito');
        await buyer.page.goto(orderUrl);
        await Promise.all([
          buyer.page.waitForNavigation(),
          buyer.page.click('a:has-text("Log trasmissioni e schede ANAC")'),
        ]);
        await buyer.page.waitForSelector('td:has-text("conferma-appalto")');
        await visit(buyer.page, width, 'richiesta-cig-log-trasmissioni');
        const accounts = await personBrowser(browser, width);
        await passwordLogin(accounts.page, demo.gateway, 'sara.colombo');
        await accounts.page.goto(orderUrl);
        await Promise.all([
          accounts.page.waitForNavigation(),
          accounts.page.click('a:has-text("Situazione pagamenti")'),
        ]);
        await accounts.page.waitForSelector('text=Nessun mandato registrato.');
        await visit(accounts.page, width, 'situazione-pagamenti');
        await tabTo(visitor.page, 'a:has-text("Vai ai contenuti")', 5);
        if (keyboard) {
          // The RUP annuls the CIG with an ANN scheda; the request's page follows ANAC's answer by itself.
          await rup.page.goto(orderUrl);
          await Promise.all([
            rup.page.waitForNavigation(),
            rup.page.click('a:has-text("Log trasmissioni e schede ANAC")'),
          ]);
          await rup.page.selectOption('#code', 'ANN');
          await Promise.all([
            rup.page.waitForNavigation(),
            rup.page.click('button:has-text("Crea nuova scheda")'),
          ]);
          // Seed 001: «Il Rup atterra nel tab “Inserimento dati” ove visualizza i campi prepopolati
          // CIG e motivo “errata comunicazione”»; then «salva e procedi» and «invia scheda».
          assert.equal(await rup.page.inputValue('#cig'), cig);
          await visit(rup.page, width, 'scheda-ann-inserimento-dati');
          await Promise.all([
            rup.page.waitForNavigation(),
            rup.page.click('button:has-text("Salva e procedi")'),
          ]);
          await Promise.all([
            rup.page.waitForNavigation(),
            rup.page.click('button:has-text("Invia scheda")'),
          ]);
          await rup.page.waitForSelector('[data-live-scheda]:has-text("Confermata da ANAC")', {
            timeout: 30_000,
          });
          await visit(rup.page, width, 'schede-ann');
          await buyer.page.goto(orderUrl);
          await buyer.page.waitForSelector('[data-live="statusLabel"]:has-text("Annullato")', {
            timeout: 30_000,
          });
        }
        for (const person of [visitor, rup, buyer, banditore, supplier, accounts])
          await person.context.close();
      });
    }
  },
);
