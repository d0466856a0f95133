import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CookieBrowser, seedSentence } from '@app/platform/testing';
import { startDemoPlatform, type DemoPlatform } from '../../scripts/demo-platform.js';
import { demoPassword, passwordSession, type Session } from '../../scripts/gateway-client.js';

/** Seed 003: what the beneficiary's table shows. */
const seedTable = seedSentence(
  3,
  'visualizza una tabella PERSONALIZZATA',
  'sullo stato di pagamento.',
);

/** Regione Toscana's accounting export: two mandates towards Prato, one towards Firenze, a bad row. */
const exportCsv = [
  'numero_mandato;data_mandato;importo;data_pagamento;modalita_pagamento;beneficiario;' +
    'codice_fiscale_beneficiario;causale;data_scadenza;data_atto;numero_atto;importo_atto',
  '2026/7001;02/11/2026;12.000,00;10/11/2026;Girofondi Banca d’Italia;Comune di Prato;84006890481;' +
    'Contributo trasporto scolastico;30/11/2026;15/10/2026;DD 1234;12.000,00',
  '2026/7002;05/11/2026;3.500,50;;Girofondi Banca d’Italia;Comune di Prato;84006890481;' +
    'Rimborso spese elettorali;31/12/2099;20/10/2026;DD 1301;7.001,00',
  '2026/7003;06/11/2026;9.999,99;;Bonifico;Comune di Firenze;01307110484;Contributo biblioteche;' +
    ';22/10/2026;DD 1322;9.999,99',
  '2026/7004;xx;mille;;;;;;;;;',
].join('\n');

/** Issue "Seed fidelity", 7: seed 003's mandates, a payer body's payments towards each beneficiary. */
describe('the mandates of a payer body towards each Comune (seed 003)', () => {
  let demo: DemoPlatform;
  let regione: Session;
  let prato: Session;
  let firenze: Session;

  before(async () => {
    demo = await startDemoPlatform();
    regione = await passwordSession(demo.gateway, 'gaio.cesare');
    prato = await passwordSession(demo.gateway, 'sara.colombo');
    firenze = await passwordSession(demo.gateway, 'giorgio.pelli');
  });
  after(() => demo.stop());

  const importFile = async (text: string, name: string, dryRun: boolean) => {
    const form = new FormData();
    form.append('file', new Blob([text]), name);
    const answer = await regione.raw('POST', `/api/v1/payments/import?dryRun=${dryRun}`, {
      body: form,
    });
    assert.equal(answer.status, 200, await answer.clone().text());
    return answer.json();
  };
  const numbers = (mandates: { mandateNumber: string }[]) =>
    mandates.map((mandate) => mandate.mandateNumber);

  test('when the payer checks its export, then each row is reported and nothing is stored; imported, each Comune sees only the mandates towards it', async () => {
    const checked = await importFile(exportCsv, 'mandati.csv', true);
    assert.deepEqual(
      [checked.dryRun, checked.toRegister, checked.registered, checked.discarded],
      [true, 3, 0, 1],
    );
    assert.match(checked.rows[3].errors.join(' '), /importo: «mille»/);
    assert.deepEqual(await regione.call('GET', '/api/v1/payments?verso=emessi'), []);

    const imported = await importFile(exportCsv, 'mandati.csv', false);
    assert.deepEqual([imported.registered, imported.discarded], [3, 1]);
    assert.equal((await importFile(exportCsv, 'mandati.csv', true)).alreadyRegistered, 3);

    const towardsPrato = await prato.call('GET', '/api/v1/payments?sort=importo&order=asc');
    assert.deepEqual(numbers(towardsPrato), ['2026/7002', '2026/7001']);
    assert.deepEqual(numbers(await prato.call('GET', '/api/v1/payments?sort=data&order=desc')), [
      '2026/7002',
      '2026/7001',
    ]);
    assert.deepEqual(numbers(await prato.call('GET', '/api/v1/payments?q=elettorali')), [
      '2026/7002',
    ]);
    assert.deepEqual(numbers(await firenze.call('GET', '/api/v1/payments')), ['2026/7003']);
    assert.deepEqual(await prato.call('GET', '/api/v1/payments?verso=emessi'), []);
    assert.equal((await regione.call('GET', '/api/v1/payments?verso=emessi')).length, 3);

    const [paidLater, paid] = towardsPrato;
    assert.deepEqual(paid.act, { date: '2026-10-15', number: 'DD 1234', amountCents: 12_000_00 });
    assert.equal(paid.payer.name, 'Regione Toscana');
    assert.equal(paid.statusLabel, 'Pagato il 10/11/2026');
    assert.equal(paidLater.statusLabel, 'Da pagare');
    const detail = await prato.call('GET', `/api/v1/payments/${paid.id}`);
    assert.deepEqual(
      [detail.dueOn, detail.paidOn, detail.paymentMethod, detail.reason],
      ['2026-11-30', '2026-11-10', 'Girofondi Banca d’Italia', 'Contributo trasporto scolastico'],
    );
    await firenze.call('GET', `/api/v1/payments/${paid.id}`, undefined, 404);
    const buyer = await passwordSession(demo.gateway, 'luca.ferri');
    await buyer.call('GET', '/api/v1/payments', undefined, 403);
  });

  test('when the export is XML, then each <mandato> is read like a CSV row; a file that is neither is refused and stores nothing', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<mandati><mandato><numero_mandato>2026/7101</numero_mandato><data_mandato>2026-11-20</data_mandato>
<importo>450,00</importo><beneficiario>Comune di Prato</beneficiario>
<codice_fiscale_beneficiario>84006890481</codice_fiscale_beneficiario><causale>Quota associativa</causale>
<data_atto>2026-11-02</data_atto><numero_atto>DD 1400</numero_atto><importo_atto>450,00</importo_atto>
</mandato></mandati>`;
    assert.equal((await importFile(xml, 'mandati.xml', false)).registered, 1);
    assert.ok(numbers(await prato.call('GET', '/api/v1/payments')).includes('2026/7101'));
    const form = new FormData();
    form.append('file', new Blob(['<mandati><mandato>']), 'rotto.xml');
    const broken = await regione.raw('POST', '/api/v1/payments/import', { body: form });
    assert.equal(broken.status, 400);
    assert.equal((await broken.json()).code, 'XML_UNREADABLE');
    // Entities that would expand a kilobyte into gigabytes (billion laughs) are refused unread.
    const laughs = new FormData();
    laughs.append(
      'file',
      new Blob([
        '<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;">]>' +
          '<mandati><mandato><causale>&b;</causale></mandato></mandati>',
      ]),
      'risate.xml',
    );
    const refused = await regione.raw('POST', '/api/v1/payments/import', { body: laughs });
    assert.equal(refused.status, 400);
    const problem = await refused.json();
    assert.equal(problem.code, 'XML_UNREADABLE');
    assert.match(problem.detail, /le dichiarazioni DOCTYPE ed ENTITY non sono ammesse/);
    assert.equal((await regione.call('GET', '/api/v1/payments?verso=emessi')).length, 4);
  });

  test('when the Comune’s referent opens Situazione mandati, then the page shows the acts, the amounts and the state of payment, searchable and sortable, and each mandate in detail', async () => {
    assert.ok(seedTable.includes('atti di riferimento (data, numero e importo)'));
    const browser = new CookieBrowser();
    await browser.fetch(`${demo.gateway}/api/v1/auth/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'sara.colombo', password: demoPassword }),
    });
    const list = await (
      await browser.fetch(`${demo.gateway}/mandati?sort=importo&order=desc`)
    ).text();
    for (const text of ['Atto di riferimento', 'Stato di pagamento', 'Regione Toscana'])
      assert.ok(list.includes(text), text);
    assert.match(list, /n\. DD 1234 del 15\/10\/2026, 12\.000,00\s€/);
    assert.ok(list.indexOf('2026/7001') < list.indexOf('2026/7002'), 'by amount, largest first');
    const id = /href="\/mandati\/([0-9a-f-]{36})">2026\/7001/.exec(list)?.[1];
    const detail = await (await browser.fetch(`${demo.gateway}/mandati/${id}`)).text();
    for (const text of ['Data di scadenza', '30/11/2026', 'Modalità di pagamento', 'Motivo'])
      assert.ok(detail.includes(text), text);
  });
});
