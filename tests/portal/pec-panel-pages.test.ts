import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { checkCharacter } from '@app/italian-codes';
import {
  startDemoPlatform,
  unlimitedRates,
  type DemoPlatform,
} from '../../scripts/demo-platform.js';
import {
  assertAccessible,
  chromiumMissing,
  launchChromium,
  signedInPage,
  submitForm,
} from './browser.js';
import { defined } from '@app/platform/errors';

const cf = (first15: string) => first15 + checkCharacter(first15);

/** Issue "PEC administration", done when: the Order's whole day in the portal, in a real browser. */
describe(
  "the Order's PEC panel in a real browser: seed 004's operations from the portal",
  { skip: chromiumMissing },
  () => {
    let demo: DemoPlatform;
    let browser: Browser;
    const folder = mkdtempSync(join(tmpdir(), 'pec-panel-'));

    before(async () => {
      demo = await startDemoPlatform({
        ...unlimitedRates,
        PEC_PARTNER_POLL_MS: '200',
        PEC_PARTNER_FOLLOW_MS: '500',
        PEC_ANOMALY_RESOLVE_MS: '1500',
      });
      browser = await launchChromium();
    });
    after(async () => {
      await browser?.close();
      await demo?.stop();
    });

    /** Reloads the page until `selector` holds `text` (the provider works asynchronously). */
    async function until(page: Page, selector: string, text: RegExp, tries = 40) {
      for (let attempt = 0; attempt < tries; attempt++) {
        if (text.test((await page.textContent(selector).catch(() => '')) ?? '')) return;
        await page.waitForTimeout(300);
        await page.reload();
      }
      assert.match((await page.textContent(selector)) ?? '', text);
    }

    test('anna.galli loads three members from a CSV (a bad row reported), edits a phone, resets a password, reports an anomaly, takes a transfer, deletes a box and downloads INI-PEC', async () => {
      const anna = await signedInPage(browser, demo.gateway, 'anna.galli');
      const file = join(folder, 'nuove-iscrizioni.csv');
      writeFileSync(
        file,
        [
          'Cognome;Nome;Codice Fiscale;Numero Iscrizione;Data Iscrizione;E-mail di riferimento;Telefono;Indirizzo di residenza',
          `Fabbri;Lucia;${cf('FBBLCU90A41D612')};C-101;02/11/2026;lucia.fabbri@example.org;055 101010;Via Larga 1, Firenze`,
          `Sarti;Marco;${cf('SRTMRC88B12D612')};C-102;02/11/2026;marco.sarti@example.org;;`,
          'Galli;Ugo;GLLGUO80A01D612X;C-103;02/11/2026;ugo.galli@example.org;;',
          `Rossi;Mario;${cf('RSSMRA82C03D612')};C-104;02/11/2026;mario.rossi.82@example.org;;`,
        ].join('\r\n'),
      );
      await anna.goto(`${demo.gateway}/pec/caricamenti`);
      await assertAccessible(anna, 'caricamento');
      await anna.setInputFiles('#file', file);
      await submitForm(anna, 'Prova il caricamento');
      await anna.waitForSelector('h1:has-text("Resoconto del caricamento")');
      assert.match((await anna.textContent('tr[data-row="3"]')) ?? '', /Codice fiscale non valido/);
      assert.equal(await anna.locator('tr[data-outcome="errore"] input[type=checkbox]').count(), 0);
      await assertAccessible(anna, 'resoconto');
      await submitForm(anna, 'Applica le righe selezionate');
      await anna.waitForSelector('text=Righe applicate');
      assert.equal(await anna.locator('td:has-text("Applicata")').count(), 3);

      await anna.goto(`${demo.gateway}/pec/caselle`);
      await until(anna, 'table', /lucia\.fabbri@ingpec\.eu[\s\S]*Attiva/);
      await until(anna, 'table', /mario\.rossi1@ingpec\.eu/);
      await assertAccessible(anna, 'caselle');

      await anna.click('a:has-text("Fabbri Lucia")');
      await anna.waitForSelector('h1:has-text("Lucia Fabbri")');
      await anna.fill('#phone', '055 202020');
      await submitForm(anna, 'Salva le modifiche');
      assert.equal(await anna.inputValue('#phone'), '055 202020');
      await anna.click('a:has-text("lucia.fabbri@ingpec.eu")');
      await anna.waitForSelector('h1:has-text("lucia.fabbri@ingpec.eu")');
      await until(anna, 'table', /Modifica dati del titolare\s*Eseguita/);
      await submitForm(anna, 'Reimposta la password');
      await until(anna, 'table', /Reset password\s*Eseguita/);
      await assertAccessible(anna, 'casella');
      const mails = (await (
        await fetch(`${demo.simulators.urls.mailbox}?to=lucia.fabbri@example.org`)
      ).json()) as { messages: { subject: string }[] };
      assert.ok(
        mails.messages.some((mail) =>
          /Nuova password della casella PEC lucia\.fabbri@ingpec\.eu/.test(mail.subject),
        ),
      );

      await anna.goto(`${demo.gateway}/pec/anomalie`);
      await anna.selectOption('#kind', 'non-di-competenza');
      await anna.fill('#address', 'luigi.bianchi@ingpec.eu');
      await anna.fill('#description', 'La casella è di un iscritto di un altro Ordine.');
      await submitForm(anna, 'Invia la segnalazione');
      await anna.waitForSelector('h1:has-text("Segnalazione di anomalia")');
      await until(anna, 'main', /Eseguita[\s\S]*Il gestore[\s\S]*Verificato/);
      await assertAccessible(anna, 'anomalia');

      await anna.goto(`${demo.gateway}/pec/iscritti`);
      const fields: Record<string, string> = {
        '#givenName': 'Giulia',
        '#familyName': 'Neri',
        '#fiscalCode': 'NREGLI85M41G702I',
        '#registrationNumber': 'C-200',
        '#registeredOn': '2026-11-20',
        '#referenceEmail': 'giulia.neri@example.org',
      };
      for (const [selector, value] of Object.entries(fields)) await anna.fill(selector, value);
      await submitForm(anna, "Registra l'iscritto");
      await anna.waitForSelector('h1:has-text("Giulia Neri")');
      await anna.fill('#transferFromAddress', 'giulia.neri@ingpec.eu');
      await submitForm(anna, 'Chiedi il trasferimento della casella');
      await until(anna, '[data-mailbox-state]', /^Attiva$/);
      assert.match((await anna.textContent('table')) ?? '', /Trasferimento in ingresso\s*Eseguita/);

      await anna.goto(`${demo.gateway}/pec/caselle?q=mario.rossi1`);
      await anna.click('a:has-text("mario.rossi1@ingpec.eu")');
      await anna.fill('#destinationOrder', 'RM');
      await submitForm(anna, 'Chiedi il trasferimento');
      await until(
        anna,
        'section[aria-label="Foglio Trasferimenti"]',
        /mario\.rossi1@ingpec\.eu[\s\S]*Ordine degli Ingegneri della Provincia di Roma/,
      );
      assert.match(
        (await anna.textContent('table:not(.table-sm)')) ?? '',
        /Trasferimento in uscita\s*Inviata al gestore/,
      );
      await assertAccessible(anna, 'trasferimento');

      await anna.goto(`${demo.gateway}/pec/caselle?q=sarti`);
      await anna.click('a:has-text("marco.sarti@ingpec.eu")');
      await anna.click('label[for=conferma]');
      await submitForm(anna, 'Cancella la casella');
      await until(anna, '[data-mailbox-state]', /^Cancellata$/);

      await anna.goto(`${demo.gateway}/pec/richieste`);
      await assertAccessible(anna, 'richieste');
      assert.match((await anna.textContent('main')) ?? '', /Rifiutate: 0/);
      await anna.goto(`${demo.gateway}/pec/ini-pec`);
      await assertAccessible(anna, 'ini-pec');
      const [download] = await Promise.all([
        anna.waitForEvent('download'),
        anna.click('button:has-text("Scarica il file INI-PEC")'),
      ]);
      const csv = readFileSync(defined(await download.path()), 'utf8');
      const lines = csv.trim().split('\r\n');
      assert.equal(
        lines[0],
        'Indirizzo PEC;Nome;Cognome;Numero Iscrizione;Codice Fiscale;Stato;Data Iscrizione;Data Cancellazione',
      );
      for (const expected of [
        /^lucia\.fabbri@ingpec\.eu;Lucia;Fabbri;C-101;[A-Z0-9]{16};2;02\/11\/2026;$/,
        /^giulia\.neri@ingpec\.eu;Giulia;Neri;C-200;NREGLI85M41G702I;2;20\/11\/2026;$/,
        /^marco\.sarti@ingpec\.eu;Marco;Sarti;C-102;[A-Z0-9]{16};3;02\/11\/2026;\d\d\/\d\d\/\d{4}$/,
      ]) {
        assert.ok(
          lines.some((line) => expected.test(line)),
          `${expected} in\n${csv}`,
        );
      }
      const extract = join(folder, 'estratto.csv');
      writeFileSync(extract, lines.filter((line) => !line.startsWith('lucia.fabbri')).join('\r\n'));
      await anna.setInputFiles('#file', extract);
      await submitForm(anna, 'Confronta');
      assert.match(
        (await anna.textContent('#differenze ~ ul, section ul')) ?? '',
        /Lucia Fabbri: la casella lucia\.fabbri@ingpec\.eu non compare in INI-PEC/,
      );
    });

    test("another Order's administrator finds none of it: the box page is the API's 404", async () => {
      const anna = await signedInPage(browser, demo.gateway, 'anna.galli');
      await anna.goto(`${demo.gateway}/pec/caselle`);
      const href = await anna.getAttribute('table a[href^="/pec/caselle/"]', 'href');
      const paolo = await signedInPage(browser, demo.gateway, 'paolo.bruni');
      assert.equal((await paolo.goto(`${demo.gateway}${href}`))?.status(), 404);
      await paolo.goto(`${demo.gateway}/pec/caselle`);
      assert.match((await paolo.textContent('table')) ?? '', /Nessuna casella/);
    });
  },
);
