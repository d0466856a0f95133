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
  keepScreenshot,
  launchChromium,
  signedInPage,
  submitForm,
} from './browser.js';
import { defined } from '@app/platform/errors';
import { simplePdf } from '@app/signed-documents/testing';
import { demoSigning } from '../../scripts/demo-signing.js';

/** Issue "Portal": the banditore's contract pages and the agency's administration, through the pages, with axe on each. */
describe(
  "the banditore's and the administrators' pages, in a real browser",
  { skip: chromiumMissing },
  () => {
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

    const as = (username: string): Promise<Page> => signedInPage(browser, demo.gateway, username);
    const submit = submitForm;
    /** A refusal the test did not expect, in the page's own words. */
    const noRefusal = async (page: Page) => {
      if (await page.locator('#errore-modulo').count())
        assert.fail((await page.textContent('#errore-modulo')) ?? '');
    };

    test('the banditore creates a contract, publishes it, extends it, revises its prices and answers a question; a buyer may not create one', async () => {
      const gaio = await as('gaio.cesare');
      await gaio.goto(`${demo.gateway}/contratti/nuovo`);
      await assertAccessible(gaio, 'nuovo contratto');
      const fields: Record<string, string> = {
        '#title': 'Fornitura di carta riciclata per uffici',
        '#description': 'Convenzione per la fornitura di carta riciclata.',
        '#cig': 'K00003EC3A',
        '#cpv': '30197630-1',
        '#ceiling': '150.000,00',
        '#startDate': '2026-01-01',
        '#expiryDate': '2027-12-31',
        '#rupName': 'Gaio Giulio Cesare',
        '#rupFiscalCode': 'CSRGGL70A01D612B',
        '#supplierName': 'Servizi Integrati S.p.A.',
        '#supplierFiscalCode': '12345678903',
        '#supplierPec': 'gare@pec.serviziintegrati.example',
      };
      for (const [selector, value] of Object.entries(fields)) await gaio.fill(selector, value);
      await submit(gaio, 'Salva in bozza');
      await gaio.waitForSelector('h1:has-text("Fornitura di carta riciclata per uffici")');
      assert.match((await gaio.textContent('main')) ?? '', /stato: bozza/);
      const contractUrl = gaio.url();
      await gaio.click('a:has-text("Modifica, pubblicazione e prezzi")');
      await assertAccessible(gaio, 'modifica contratto');
      await keepScreenshot(gaio, 'desktop', 'contratto-modifica');
      await submit(gaio, 'Pubblica');
      await gaio.goto(`${contractUrl}/modifica`);
      assert.match((await gaio.textContent('main')) ?? '', /Stato: pubblicato/);
      await gaio.fill('#expiryDate', '2028-06-30');
      await submit(gaio, 'Salva le modifiche');
      assert.match((await gaio.textContent('main')) ?? '', /30\/06\/2028/);

      const luca = await as('luca.ferri');
      await luca.goto(`${demo.gateway}/contratti`);
      assert.equal(await luca.locator('a:has-text("Nuovo contratto")').count(), 0);
      await luca.goto(`${demo.gateway}/contratti/nuovo`);
      for (const [selector, value] of Object.entries(fields)) await luca.fill(selector, value);
      await submit(luca, 'Salva in bozza');
      assert.match((await luca.textContent('#errore-modulo')) ?? '', /\S/);
      assert.equal(await luca.inputValue('#title'), 'Fornitura di carta riciclata per uffici');
      await luca.goto(`${contractUrl}?tab=chiarimenti`);
      await luca.fill('#question', 'La carta deve essere certificata FSC o basta Ecolabel?');
      await submit(luca, 'Invia la domanda');
      await gaio.goto(`${contractUrl}?tab=chiarimenti`);
      await gaio
        .locator('textarea[name=answer]')
        .first()
        .fill('Basta una delle due certificazioni.');
      await submit(gaio, 'Pubblica la risposta');
      await luca.goto(`${contractUrl}?tab=chiarimenti`);
      await luca.waitForSelector('text=Basta una delle due certificazioni.');
      await assertAccessible(luca, 'chiarimenti con risposta');

      const cloud = `${demo.gateway}/contratti?q=Sistema%20Cloud`;
      await gaio.goto(cloud);
      await Promise.all([
        gaio.waitForNavigation(),
        gaio.click('a:has-text("Sistema Cloud Toscana")'),
      ]);
      const cloudUrl = gaio.url();
      await gaio.goto(`${cloudUrl}/modifica`);
      await gaio.fill('#effectiveFrom', '2026-12-01');
      await gaio.fill('#percent', '2,5');
      await gaio.fill('#note', 'Decreto di revisione prezzi');
      await submit(gaio, 'Registra la revisione');
      assert.match(gaio.url(), /\/listino\?data=2026-12-01$/);
      await assertAccessible(gaio, 'listino');
      await gaio.goto(`${cloudUrl}/massimale`);
      await assertAccessible(gaio, 'massimale');
      assert.match((await gaio.textContent('main')) ?? '', /Residuo/);
    });

    test('an agency administrator adds a user and a partner system (its secret shown once); someone else has nothing to administer', async () => {
      const sara = await as('sara.colombo');
      await sara.goto(`${demo.gateway}/amministrazione`);
      await assertAccessible(sara, 'amministrazione');
      await sara.fill('#fiscalCode', 'RSSMRA85T10A562S');
      await sara.fill('#givenName', 'Mario');
      await sara.fill('#familyName', 'Russo');
      await sara.fill('#email', 'mario.russo@comune.prato.example');
      // Bootstrap Italia draws the box on the label: the person clicks the label.
      await sara.click('label[for=role-buyer]');
      await submit(sara, 'Aggiungi utente');
      await noRefusal(sara);
      await sara.waitForSelector('td:has-text("RSSMRA85T10A562S")');
      await sara.fill('#name', 'Contabilità del Comune di Prato');
      await sara.click(
        `label[for=${await sara.getAttribute('input[value="payments:read"]', 'id')}]`,
      );
      await submit(sara, 'Crea sistema partner');
      const shown =
        (await sara.textContent('[role=status]:has-text("Sistema partner creato")')) ?? '';
      const secret = /Segreto:\s*(\S+)/.exec(shown)?.[1];
      assert.ok(secret && secret.length >= 20, shown);
      await keepScreenshot(sara, 'desktop', 'amministrazione');
      await sara.goto(`${demo.gateway}/amministrazione`);
      assert.doesNotMatch(await sara.content(), new RegExp(defined(secret)));
      assert.match((await sara.textContent('main')) ?? '', /Contabilità del Comune di Prato/);

      const marco = await as('marco.neri');
      await marco.goto(`${demo.gateway}/amministrazione`);
      assert.match(
        (await marco.textContent('main')) ?? '',
        /Il tuo profilo non amministra gli utenti dell'ente/,
      );
      assert.doesNotMatch((await marco.textContent('main')) ?? '', /RSSMRA85T10A562S/);
    });

    test('seed 000: an agency registers its Punto Ordinante with a Punto Richiedente and an Assistente on a convention, each error beside its field, and the Gestore approves', async () => {
      const sara = await as('sara.colombo');
      await sara.goto(`${demo.gateway}/amministrazione#registrazioni`);
      const convention = ((await sara.locator('#contractId option').first().textContent()) ?? '')
        .split(' — ')[0]
        ?.trim();
      assert.ok(convention);
      const person = async (id: string, values: [string, string, string, string]) => {
        const [fiscalCode, givenName, familyName, email] = values;
        await sara.fill(`#${id}-fiscalCode`, fiscalCode);
        await sara.fill(`#${id}-givenName`, givenName);
        await sara.fill(`#${id}-familyName`, familyName);
        await sara.fill(`#${id}-email`, email);
      };
      await person('reg-po', [
        'BNCLRA80A41D612H',
        'Laura',
        'Bianchi',
        'l.bianchi@comune.prato.example',
      ]);
      // A wrong check character on the Punto Richiedente: refused beside its own field.
      await person('reg-pr0', [
        'VRDPLA75C12G999X',
        'Paolo',
        'Verdi',
        'p.verdi@comune.prato.example',
      ]);
      await person('reg-as', [
        'NRIGNN82D15D612F',
        'Giovanni',
        'Neri',
        'g.neri@comune.prato.example',
      ]);
      await submit(sara, 'Invia la richiesta');
      assert.ok(((await sara.textContent('#reg-pr0-fiscalCode-error')) ?? '').length > 0);
      assert.equal(await sara.inputValue('#reg-as-givenName'), 'Giovanni', 'what was typed stays');
      await assertAccessible(sara, 'registrazione-convenzione');
      await sara.fill('#reg-pr0-fiscalCode', 'VRDPLA75C12G999N');
      await submit(sara, 'Invia la richiesta');
      await noRefusal(sara);
      const row = sara.locator('#registrazioni tr', { hasText: 'Laura Bianchi' });
      assert.match(
        (await row.textContent()) ?? '',
        new RegExp(
          `${convention}.*Laura Bianchi \\(Punto Ordinante\\).*Paolo Verdi \\(Punto Richiedente\\)` +
            `.*Giovanni Neri \\(Assistente del Punto Ordinante\\).*In attesa`,
          's',
        ),
      );

      // Seed 000: «Firmare digitalmente il modulo e inviarlo»: uploaded here, unsigned refused.
      const upload = async (buffer: Buffer) => {
        await sara.setInputFiles('#registrazioni tr:has-text("Laura Bianchi") input[type=file]', {
          name: 'modulo-registrazione.pdf.p7m',
          mimeType: 'application/pkcs7-mime',
          buffer,
        });
        await Promise.all([
          sara.waitForNavigation(),
          sara.click(
            '#registrazioni tr:has-text("Laura Bianchi") button:has-text("Carica il modulo")',
          ),
        ]);
      };
      const module = simplePdf('Registrazione al Negozio Elettronico: PUNTO ORDINANTE');
      await upload(module);
      assert.ok(await sara.locator('#errore-modulo').count(), 'an unsigned module is refused');
      const signing = await demoSigning(demo.simulators.urls.qualifiedCa);
      await sara.goto(`${demo.gateway}/amministrazione#registrazioni`);
      await upload(await signing.sign(module, 'sara.colombo'));
      await noRefusal(sara);
      await sara.waitForSelector(
        '#registrazioni tr:has-text("Laura Bianchi") a:has-text("Scarica il modulo")',
      );

      const gestore = await as('mario.rossi');
      await gestore.goto(`${demo.gateway}/amministrazione#registrazioni`);
      const href = await gestore
        .locator('#registrazioni tr:has-text("Laura Bianchi") a:has-text("Scarica il modulo")')
        .getAttribute('href');
      const downloaded = await gestore.context().request.get(`${demo.gateway}${href}`);
      assert.equal(downloaded.status(), 200);
      assert.ok((await downloaded.body()).length > module.length, 'the signed envelope');
      const pending = gestore.locator('#registrazioni tr', { hasText: 'Laura Bianchi' });
      await Promise.all([
        gestore.waitForNavigation(),
        pending.locator('button:has-text("Approva")').click(),
      ]);
      await noRefusal(gestore);
      assert.match(
        (await gestore.locator('#registrazioni tr', { hasText: 'Laura Bianchi' }).textContent()) ??
          '',
        /Approvata/,
      );
    });
  },
);
