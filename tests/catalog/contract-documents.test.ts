import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { simplePdf } from '@app/signed-documents/testing';
import { seedSentence } from '@app/platform/testing';
import { startDemoPlatform, type DemoPlatform } from '../../scripts/demo-platform.js';
import { passwordSession, type Session } from '../../scripts/gateway-client.js';
import { cloudContract, upload } from '../../scripts/ordering-story.js';
import {
  assertAccessible,
  chromiumMissing,
  launchChromium,
  signedInPage,
} from '../portal/browser.js';

/**
 * Issue "Seed fidelity": seed 001's models are «disponibile nella documentazione allegata» — the
 * banditore attaches each document's file, every agency downloads it; nobody else changes it.
 */
describe('Documentazione allegata: the files a contract offers', () => {
  let demo: DemoPlatform;
  let banditore: Session;
  let buyer: Session;
  let otherRup: Session;
  let contractId: string;
  const model = simplePdf('Manifestazione di interesse alla proroga - modello');
  const files = (index: number) => `/api/v1/contracts/${contractId}/documents/${index}/file`;

  before(async () => {
    demo = await startDemoPlatform();
    banditore = await passwordSession(demo.gateway, 'gaio.cesare');
    buyer = await passwordSession(demo.gateway, 'luca.ferri');
    otherRup = await passwordSession(demo.gateway, 'giorgio.pelli');
    contractId = await cloudContract(buyer);
  });

  after(async () => {
    await demo?.stop();
  });

  test('when the banditore attaches the model of a listed document, then an agency downloads exactly those bytes, and the contract lists the file', async () => {
    const attached = await upload(banditore, files(0), model, 'manifestazione-modello.pdf');
    assert.equal(attached.title, 'Manifestazione di interesse (modello)');
    assert.equal(attached.file.contentType, 'application/pdf');
    const answer = await buyer.raw('GET', files(0));
    assert.equal(answer.status, 200);
    assert.match(answer.headers.get('content-type') ?? '', /application\/pdf/);
    assert.match(answer.headers.get('content-disposition') ?? '', /manifestazione-modello\.pdf/);
    assert.deepEqual(Buffer.from(await answer.arrayBuffer()), model);
    const contract = await buyer.call('GET', `/api/v1/contracts/${contractId}`);
    assert.equal(contract.documents[0].file.fileName, 'manifestazione-modello.pdf');
  });

  test('when the list of documents changes, then a document keeps its file by its title', async () => {
    const before = (await banditore.call('GET', `/api/v1/contracts/${contractId}`)).documents as {
      title: string;
    }[];
    await banditore.call('PATCH', `/api/v1/contracts/${contractId}`, {
      documents: [
        { title: 'Piano dei fabbisogni (modello)' },
        ...before.map(({ title }) => ({ title })),
      ],
    });
    const after = (await buyer.call('GET', `/api/v1/contracts/${contractId}`)).documents;
    assert.equal(after[1].title, 'Manifestazione di interesse (modello)');
    assert.equal(after[1].file.fileName, 'manifestazione-modello.pdf');
    assert.equal(after[0].file, undefined);
    assert.equal((await buyer.raw('GET', files(1))).status, 200);
  });

  test('when someone else attaches, or a file is asked that is not there, then nothing changes and the answer says why', async () => {
    const other = simplePdf('Un altro modello');
    await upload(buyer, files(1), other, 'altro.pdf', 403);
    await upload(otherRup, files(1), other, 'altro.pdf', 403);
    const anonymous = await fetch(`${demo.gateway}${files(1)}`);
    assert.equal(anonymous.status, 401);
    const absent = await buyer.raw('GET', files(0));
    assert.equal(absent.status, 404);
    assert.match(await absent.text(), /non è ancora disponibile un file/);
    assert.equal((await buyer.raw('GET', files(42))).status, 404);
    for (const index of ['x', '-1', '1%00']) {
      const answer = await buyer.raw(
        'GET',
        `/api/v1/contracts/${contractId}/documents/${index}/file`,
      );
      assert.equal(answer.status, 400, index);
    }
    await upload(banditore, files(42), other, 'altro.pdf', 404);
    assert.deepEqual(Buffer.from(await (await buyer.raw('GET', files(1))).arrayBuffer()), model);
  });

  test(
    'when the banditore uploads through «Modifica», then the contract page offers «Scarica» to an agency',
    { skip: chromiumMissing },
    async () => {
      const browser = await launchChromium();
      try {
        const gaio = await signedInPage(browser, demo.gateway, 'gaio.cesare');
        await gaio.goto(`${demo.gateway}/contratti/${contractId}/modifica`);
        await gaio.setInputFiles('#documento-0', {
          name: 'piano-fabbisogni.pdf',
          mimeType: 'application/pdf',
          buffer: simplePdf('Piano dei fabbisogni - modello'),
        });
        await Promise.all([
          gaio.waitForNavigation(),
          gaio.click('#documentazione form:first-of-type button:has-text("Carica")'),
        ]);
        await gaio.waitForSelector('#documentazione a:has-text("piano-fabbisogni.pdf")');
        await assertAccessible(gaio, 'documentazione-allegata-modifica');
        const luca = await signedInPage(browser, demo.gateway, 'luca.ferri');
        await luca.goto(`${demo.gateway}/contratti/${contractId}`);
        // Seed 001's accordions of «Informazioni generali», one per round.
        const summaries = await luca
          .locator('details.portal-accordion > summary')
          .allTextContents();
        for (const heading of [
          'DOCUMENTAZIONE ALLEGATA',
          'RICHIESTE DOCUMENTI PER ADESIONE – ROUND 0',
          'RICHIESTE DOCUMENTI PER ADESIONE – ROUND 1',
          'RICHIESTE PER ORDINATIVI FORNITURA',
          'SCADENZA',
          'UTENTI ABILITATI AD OPERARE SULLA PROCEDURA',
        ]) {
          assert.equal(seedSentence(1, heading, heading), heading, 'the seed has it');
          assert.ok(
            summaries.some((summary) => summary.toUpperCase() === heading),
            `${heading} in ${summaries.join(' | ')}`,
          );
        }
        const link = luca.locator('a:has-text("Scarica piano-fabbisogni.pdf")');
        const href = await link.getAttribute('href');
        const downloaded = await luca.context().request.get(`${demo.gateway}${href}`);
        assert.equal(downloaded.status(), 200);
        assert.equal((await downloaded.body()).subarray(0, 5).toString(), '%PDF-');
      } finally {
        await browser.close();
      }
    },
  );
});
