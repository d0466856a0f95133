import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { seedSentence } from '@app/platform/testing';
import { startDemoPlatform, type DemoPlatform } from '../../scripts/demo-platform.js';
import {
  acquireCig,
  signAndDocument,
  approvedAdhesion,
  cloudContract,
  newOrder,
  orderingCast,
  type Cast,
} from '../../scripts/ordering-story.js';
import {
  assertAccessible,
  chromiumMissing,
  launchChromium,
  passwordLogin,
  personBrowser,
  signedInPage,
  spidLogin,
  submitForm,
} from './browser.js';

/**
 * Issue "Seed fidelity": the execution schede in the portal, as seed 001 tells the ANN — «Crea nuova
 * scheda», the tab «Inserimento dati» with CIG (and reason) prefilled, «salva e procedi», then
 * «invia scheda»; a draft sent or deleted — for SC1, I1, CO1 and CO2 too; dates typed gg/mm/aaaa;
 * Richiedi CIG with several lots.
 */
describe(
  'Richiedi CIG and the schede of a CIG request in the portal',
  { skip: chromiumMissing },
  () => {
    let demo: DemoPlatform;
    let cast: Cast;
    let contractId: string;
    let browser: Browser;
    let requestId: string;
    let cig: string;

    before(async () => {
      demo = await startDemoPlatform({ PCP_POLL_MS: '300' });
      cast = await orderingCast(demo);
      contractId = await cloudContract(cast.buyer);
      const adhesionId = await approvedAdhesion(cast, contractId, 500_00);
      const order = await newOrder(
        cast,
        contractId,
        adhesionId,
        [{ description: 'Ora', unitPriceCents: 100_00, quantity: 1 }],
        100_00,
      );
      cig = await acquireCig(cast, order.id);
      requestId = (await cast.rup.call('GET', `/api/v1/orders/${order.id}`)).cigRequestId;
      browser = await launchChromium();
    });

    after(async () => {
      await browser?.close();
      await demo?.stop();
    });

    const schede = async () =>
      (await cast.rup.call('GET', `/api/v1/cig-requests/${requestId}/schede`)) as {
        id: string;
        code: string;
        status: string;
        body: { anacForm: Record<string, Record<string, unknown>> };
      }[];

    /** Crea nuova scheda → Inserimento dati, with the menu of the request's page. */
    async function newScheda(page: Page, code: string): Promise<void> {
      await page.goto(`${demo.gateway}/richieste-cig/${requestId}`);
      await page.selectOption('#code', code);
      await submitForm(page, 'Crea nuova scheda');
      await page.waitForSelector('a.nav-link.active:has-text("Inserimento dati")');
    }

    /** «Salva e procedi», then «Invia scheda» on the draft, then ANAC's confirmation, live. */
    async function saveAndSend(page: Page, code: string): Promise<void> {
      await submitForm(page, 'Salva e procedi');
      await page.waitForSelector(`text=Scheda ${code} salvata in bozza`);
      await submitForm(page, 'Invia scheda');
      await page.waitForSelector('[data-scheda-banner]');
      await page.waitForSelector(
        `tr:has(td:text-is("${code}")) [data-live-scheda]:has-text("Confermata da ANAC")`,
        { timeout: 30_000 },
      );
    }

    test('when the RUP creates SC1, I1 and CO1 through «Inserimento dati» and sends them, then ANAC confirms each with the dates typed gg/mm/aaaa, and ANN is no longer offered', async () => {
      const { page } = await personBrowser(browser, 'desktop');
      await spidLogin(page, demo.gateway, 'sara.colombo');

      await newScheda(page, 'SC1');
      await assertAccessible(page, 'scheda-sc1-inserimento-dati');
      assert.equal(await page.inputValue('#startDate'), '');
      assert.equal(await page.getAttribute('#startDate', 'placeholder'), 'gg/mm/aaaa');
      // A day that does not exist is refused beside its field, shown as typed.
      await page.fill('#startDate', '31/02/2027');
      await page.fill('#endDate', '31/12/2027');
      await page.fill('#guaranteeCents', '1.500,00');
      await submitForm(page, 'Salva e procedi');
      assert.match(
        (await page.textContent('#startDate-error')) ?? '',
        /data esistente nel formato gg\/mm\/aaaa/,
      );
      assert.equal(await page.inputValue('#startDate'), '31/02/2027');
      assert.equal(await page.inputValue('#endDate'), '31/12/2027');
      assert.equal((await schede()).length, 0, 'a refused form saves no draft');
      await page.fill('#startDate', '1/2/2027');
      await saveAndSend(page, 'SC1');

      await newScheda(page, 'I1');
      await page.fill('#actualStartDate', '15/02/2027');
      await page.fill('#expectedEndDate', '31/12/2027');
      await page.click('label[for=deliveredInParts]');
      await saveAndSend(page, 'I1');

      await newScheda(page, 'CO1');
      await page.fill('#completionDate', '20/12/2027');
      await page.fill('#amountCents', '100,00');
      await page.fill('#accidents', '0');
      await saveAndSend(page, 'CO1');

      const sent = await schede();
      const form = (code: string) => sent.find((scheda) => scheda.code === code)?.body.anacForm;
      assert.equal(form('SC1')?.datiContratto?.dataDecorrenza, '2027-02-01T00:00:00Z');
      assert.equal(form('SC1')?.datiContratto?.importoCauzione, 1500);
      assert.equal(form('I1')?.datiInizio?.dataEffettivoInizio, '2027-02-15T00:00:00Z');
      assert.equal(form('I1')?.datiInizio?.consegnaFrazionata, true);
      assert.equal(form('CO1')?.conclusione?.dataUltimazione, '2027-12-20T00:00:00Z');
      assert.deepEqual(sent.map((scheda) => scheda.status).sort(), Array(3).fill('confermata'));

      // Seed 001: «L'invio della scheda ANN non sarà possibile se è già stata inviata una scheda della
      // fase di esecuzione»; the confirmed CO1 may be taken back.
      assert.ok(
        seedSentence(1, "L'invio della scheda ANN non sarà possibile", 'fase di esecuzione.'),
      );
      await page.goto(`${demo.gateway}/richieste-cig/${requestId}`);
      assert.equal(await page.locator('#code option[value="ANN"]').isDisabled(), true);
      assert.equal(await page.locator('#code option[value="CO2"]').isDisabled(), false);
      assert.equal(
        await page
          .locator('tr:has(td:text-is("CO1")) button:has-text("Annulla comunicazione")')
          .count(),
        1,
      );
      await assertAccessible(page, 'schede-esecuzione');
      await page.context().close();
    });

    test('when the RUP saves a CO2 in draft and deletes it, then it is gone here and never reached ANAC; an ANN opens with its CIG and the only reason prefilled', async () => {
      const { page } = await personBrowser(browser, 'desktop');
      await spidLogin(page, demo.gateway, 'sara.colombo');
      await newScheda(page, 'CO2');
      assert.deepEqual(await page.locator('#cig option').allTextContents(), [cig]);
      await page.fill('#startDate', '01/02/2027');
      await page.fill('#completionDate', '20/12/2027');
      await page.fill('#amountCents', '100,00');
      await submitForm(page, 'Salva e procedi');
      const draft = (await schede()).find((scheda) => scheda.code === 'CO2');
      assert.equal(draft?.status, 'bozza');
      await Promise.all([
        page.waitForNavigation(),
        page.click('tr:has(td:text-is("CO2")) button:has-text("Elimina")'),
      ]);
      assert.equal(await page.locator('tr:has(td:text-is("CO2"))').count(), 0);
      assert.equal(
        (await schede()).find((scheda) => scheda.code === 'CO2'),
        undefined,
      );
      const transmissions = await cast.rup.call(
        'GET',
        `/api/v1/cig-requests/${requestId}/transmissions`,
      );
      assert.ok(
        !JSON.stringify(transmissions).includes(draft.id),
        'a deleted draft was never transmitted',
      );

      // The ANN form, reached by its address (the menu disables it after the execution schede).
      await page.goto(`${demo.gateway}/richieste-cig/${requestId}/schede/nuova?code=ANN`);
      assert.equal(await page.inputValue('#cig'), cig);
      assert.equal(await page.inputValue('#motivo'), '1 – Errata comunicazione');
      assert.equal(await page.locator('#motivo').getAttribute('readonly'), '');
      await page.context().close();
    });

    test('when the buyer adds a second lot to Richiedi CIG, then what was typed stays, a wrong field of lot 2 is shown beside it, and the CIG request is saved with both lots', async () => {
      const { page } = await personBrowser(browser, 'desktop');
      await passwordLogin(page, demo.gateway, 'luca.ferri');
      await page.goto(`${demo.gateway}/contratti/${contractId}/ordini/nuovo`);
      const fill = async (index: number, amount: string, cpv: string) => {
        await page.fill(`#amount-${index}`, amount);
        await page.fill(`#cpv-${index}`, cpv);
        await page.fill(`#nuts-${index}`, 'ITI15');
        await page.fill(`#istat-${index}`, '009100005');
        await page.selectOption(`#contractObject-${index}`, 'servizi');
        await page.selectOption(`#ccnl-${index}`, 'H01');
        await page.selectOption(`#category-${index}`, 'FS');
        await page.selectOption(`#financingType-${index}`, 'A');
      };
      await page.fill('#subject', 'Servizi cloud in due lotti');
      await page.fill('#costCentre', 'CDC-SI-01');
      await fill(0, '100,00', '72000000');
      await submitForm(page, 'Aggiungi un lotto');
      assert.equal(await page.locator('fieldset legend:has-text("Lotto 2")').count(), 1);
      assert.equal(await page.inputValue('#amount-0'), '100,00', 'lot 1 kept what was typed');
      assert.equal(await page.inputValue('#subject'), 'Servizi cloud in due lotti');
      assert.equal(await page.inputValue('#lotIdentifier-1'), 'LOTTO-2');
      assert.equal(await page.locator('#errore-modulo').count(), 0, 'adding a lot is no error');
      await fill(1, '50,00', '123');
      await submitForm(page, 'Richiedi CIG');
      assert.ok(
        ((await page.textContent('#cpv-1-error')) ?? '').length > 0,
        'the error sits by lot 2',
      );
      assert.equal(await page.inputValue('#amount-1'), '50,00');
      await assertAccessible(page, 'richiedi-cig-due-lotti');
      await page.fill('#cpv-1', '72000000');
      await submitForm(page, 'Richiedi CIG');
      await page.waitForSelector('text=Richiesta CIG salvata');
      const savedId = /\/richieste-cig\/([0-9a-f-]{36})\/salvata/.exec(page.url())?.[1];
      const saved = await cast.buyer.call('GET', `/api/v1/cig-requests/${savedId}`);
      assert.deepEqual(
        saved.data.lots.map((lot: { lotIdentifier: string; amountCents: number }) => [
          lot.lotIdentifier,
          lot.amountCents,
        ]),
        [
          ['LOTTO-1', 100_00],
          ['LOTTO-2', 50_00],
        ],
      );
      await page.context().close();
    });

    test('when the banditore rejects a sent order from its page with a reason, then the order reads «Rifiutato» with that reason, for the buyer too, and offers nothing more', async () => {
      const adhesions = await cast.buyer.call('GET', `/api/v1/contracts/${contractId}/adhesions`);
      const order = await newOrder(
        cast,
        contractId,
        adhesions.find((a: { status: string }) => a.status === 'approvata').id,
        [{ description: 'Ora', unitPriceCents: 100_00, quantity: 1 }],
        100_00,
      );
      await acquireCig(cast, order.id);
      await signAndDocument(cast, order.id);
      await cast.buyer.call('POST', `/api/v1/orders/${order.id}/submit`);
      const banditore = await signedInPage(browser, demo.gateway, 'gaio.cesare');
      await banditore.goto(`${demo.gateway}/ordini/${order.id}`);
      await banditore.fill('#reason', 'Importo non coerente con il piano dei fabbisogni.');
      await submitForm(banditore, 'Rifiuta');
      await banditore.waitForSelector('[data-live="statusLabel"]:has-text("Rifiutato")');
      const buyer = await signedInPage(browser, demo.gateway, 'luca.ferri');
      await buyer.goto(`${demo.gateway}/ordini/${order.id}`);
      const main = (await buyer.textContent('main')) ?? '';
      assert.match(main, /Importo non coerente con il piano dei fabbisogni\./);
      assert.equal(await buyer.locator('main a:has-text("Invia")').count(), 0);
      await assertAccessible(buyer, 'ordine-rifiutato');
      await banditore.context().close();
      await buyer.context().close();
    });
  },
);
