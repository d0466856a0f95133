import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { waitFor } from '@app/platform/testing';
import { startDemoPlatform, type DemoPlatform } from '../../scripts/demo-platform.js';
import {
  approvedAdhesion,
  cloudContract,
  orderingCast,
  type Cast,
} from '../../scripts/ordering-story.js';
import { simplePdf } from '@app/signed-documents/testing';

/** Issue "Notify", Comunicazioni (seed 001): threads between two parties of a published contract, read receipts, alerts. */
describe('Comunicazioni inside a published contract', () => {
  let demo: DemoPlatform;
  let cast: Cast;
  let contractId: string;
  let threadId: string;
  let agencies: { prato: string; firenze: string };

  before(async () => {
    demo = await startDemoPlatform();
    cast = await orderingCast(demo);
    contractId = await cloudContract(cast.buyer);
    await approvedAdhesion(cast, contractId, 200_00);
    agencies = {
      prato: (await cast.buyer.call('GET', '/api/v1/me')).selectedProfile.agency.id,
      firenze: (await cast.otherComune.call('GET', '/api/v1/me')).selectedProfile.agency.id,
    };
  });

  after(async () => {
    await demo?.stop();
  });

  test('when Comune di Prato asks the banditore a Chiarimento, then the banditore is alerted, reads it and answers, and Prato sees who read what and when', async () => {
    const started = await cast.buyer.call(
      'POST',
      `/api/v1/contracts/${contractId}/communications`,
      {
        kind: 'chiarimento',
        to: { party: 'banditore' },
        subject: 'Tempi di attivazione',
        body: 'Quanti giorni servono per attivare il servizio?',
      },
      201,
    );
    threadId = started.id;
    assert.equal(started.fromParty, 'aderente');
    assert.equal(started.messages.length, 1);
    const alerted = await waitFor(
      async () =>
        (await cast.banditore.call('GET', '/api/v1/notifications')).items.find(
          (item: { title: string }) =>
            item.title === 'Chiarimento da Comune di Prato: Tempi di attivazione',
        ),
      10_000,
    );
    assert.equal(alerted.link, `/comunicazioni/${threadId}`);
    // The mail job sends within a second: wait for this message, not for any of the banditore's.
    const mail = await waitFor(
      () =>
        demo.simulators.mail.messages.find(
          (message) =>
            message.envelope.to.includes('gaio.cesare@example.it') &&
            message.subject === 'Chiarimento da Comune di Prato: Tempi di attivazione',
        ),
      10_000,
    );
    assert.ok(mail);
    const listed = await cast.banditore.call(
      'GET',
      `/api/v1/contracts/${contractId}/communications`,
    );
    assert.equal(listed.party, 'banditore');
    assert.ok(
      listed.recipients.some(
        (choice: { party: string; agencyId: string; label: string }) =>
          choice.party === 'aderente' &&
          choice.agencyId === agencies.prato &&
          choice.label.includes('Comune di Prato'),
      ),
    );
    assert.deepEqual(
      (
        await cast.buyer.call('GET', `/api/v1/contracts/${contractId}/communications`)
      ).recipients.map((choice: { party: string }) => choice.party),
      ['banditore', 'fornitore'],
    );
    assert.equal(listed.items.find((item: { id: string }) => item.id === threadId).unread, 1);
    const opened = await cast.banditore.call('GET', `/api/v1/communications/${threadId}`);
    assert.ok(
      opened.messages[0].reads.some((read: { name: string }) => read.name === 'Gaio Giulio Cesare'),
      JSON.stringify(opened.messages[0].reads),
    );
    assert.equal(
      (
        await cast.banditore.call('GET', `/api/v1/contracts/${contractId}/communications`)
      ).items.find((item: { id: string }) => item.id === threadId).unread,
      0,
    );
    await cast.banditore.call(
      'POST',
      `/api/v1/communications/${threadId}/replies`,
      { body: "Cinque giorni lavorativi dall'approvazione." },
      201,
    );
    await waitFor(
      async () =>
        (await cast.buyer.call('GET', '/api/v1/notifications')).items.find(
          (item: { title: string }) =>
            item.title === 'Chiarimento da Regione Toscana: Re: Tempi di attivazione',
        ),
      10_000,
    );
    const seen = await cast.buyer.call('GET', `/api/v1/communications/${threadId}`);
    assert.deepEqual(
      seen.messages.map((m: { authorName: string }) => m.authorName),
      ['Luca Ferri', 'Gaio Giulio Cesare'],
    );
    const firstReads = seen.messages[0].reads.map(
      (read: { name: string; readAt: string }) => read.name,
    );
    assert.deepEqual(firstReads.sort(), ['Gaio Giulio Cesare', 'Luca Ferri']);
    assert.ok(
      seen.messages[1].reads.every(
        (read: { readAt: string }) => !Number.isNaN(Date.parse(read.readAt)),
      ),
    );
  });

  test('when someone outside the thread or the contract tries, then 403 or 404 and nothing of it shows', async () => {
    assert.deepEqual(
      await cast.otherComune.call('GET', `/api/v1/contracts/${contractId}/communications`),
      { party: null, recipients: [], items: [] },
    );
    await cast.otherComune.call(
      'POST',
      `/api/v1/contracts/${contractId}/communications`,
      { kind: 'comunicazione', to: { party: 'banditore' }, subject: 'x', body: 'y' },
      403,
    );
    await cast.otherComune.call('GET', `/api/v1/communications/${threadId}`, undefined, 404);
    await cast.otherComune.call(
      'POST',
      `/api/v1/communications/${threadId}/replies`,
      { body: 'intrusione' },
      404,
    );
    await cast.supplier.call('GET', `/api/v1/communications/${threadId}`, undefined, 404);
    assert.ok(
      !(
        await cast.supplier.call('GET', `/api/v1/contracts/${contractId}/communications`)
      ).items.some((item: { id: string }) => item.id === threadId),
    );
    assert.equal((await fetch(`${demo.gateway}/api/v1/communications/${threadId}`)).status, 401);
    await cast.buyer.call(
      'GET',
      `/api/v1/contracts/${randomUUID()}/communications`,
      undefined,
      404,
    );
  });

  test('when a party writes to someone seed 001 does not allow, or writes badly, then 4xx and nothing kept', async () => {
    const count = async () =>
      (await cast.buyer.call('GET', `/api/v1/contracts/${contractId}/communications`)).items.length;
    const before = await count();
    const refused = await cast.buyer.call(
      'POST',
      `/api/v1/contracts/${contractId}/communications`,
      {
        kind: 'comunicazione',
        to: { party: 'aderente', agencyId: agencies.prato },
        subject: 'x',
        body: 'y',
      },
      422,
    );
    assert.equal(refused.code, 'RECIPIENT_NOT_ALLOWED');
    await cast.banditore.call(
      'POST',
      `/api/v1/contracts/${contractId}/communications`,
      {
        kind: 'comunicazione',
        to: { party: 'aderente', agencyId: agencies.firenze },
        subject: 'x',
        body: 'y',
      },
      422,
    );
    await cast.buyer.call(
      'POST',
      `/api/v1/contracts/${contractId}/communications`,
      { kind: 'avviso', to: { party: 'banditore' }, subject: 'x', body: 'y' },
      400,
    );
    await cast.buyer.call(
      'POST',
      `/api/v1/contracts/${contractId}/communications`,
      { kind: 'comunicazione', to: { party: 'banditore' }, subject: '   ', body: 'y' },
      400,
    );
    await cast.buyer.call('POST', `/api/v1/communications/${threadId}/replies`, { body: '' }, 400);
    assert.equal(await count(), before);
  });

  test('when the banditore writes to the adhering Comune and the Comune to the supplier, then each reaches only its recipient', async () => {
    const toComune = await cast.banditore.call(
      'POST',
      `/api/v1/contracts/${contractId}/communications`,
      {
        kind: 'comunicazione',
        to: { party: 'aderente', agencyId: agencies.prato },
        subject: 'Revisione prezzi',
        body: 'Dal 1° gennaio si applica la revisione.',
      },
      201,
    );
    assert.equal(toComune.toAgencyName, 'Comune di Prato');
    const toSupplier = await cast.buyer.call(
      'POST',
      `/api/v1/contracts/${contractId}/communications`,
      {
        kind: 'comunicazione',
        to: { party: 'fornitore' },
        subject: 'Referente tecnico',
        body: "Il referente è l'ufficio CED.",
      },
      201,
    );
    assert.equal(toSupplier.toParty, 'fornitore');
    await cast.supplier.call('GET', `/api/v1/communications/${toSupplier.id}`);
    await cast.supplier.call('GET', `/api/v1/communications/${toComune.id}`, undefined, 404);
    await waitFor(
      async () =>
        (await cast.supplier.call('GET', '/api/v1/notifications')).items.find(
          (item: { title: string }) => item.title.includes('Referente tecnico'),
        ),
      10_000,
    );
  });

  test('when a party attaches a PDF, then it is a message of the thread with its hash, the other party downloads it, and nobody else can', async () => {
    const pdf = simplePdf('Capitolato tecnico aggiornato');
    const form = new FormData();
    form.append(
      'file',
      new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }),
      'capitolato.pdf',
    );
    const sent = await cast.buyer.raw('POST', `/api/v1/communications/${threadId}/attachments`, {
      body: form,
    });
    assert.equal(sent.status, 201, await sent.clone().text());
    const thread = await cast.banditore.call('GET', `/api/v1/communications/${threadId}`);
    const attached = thread.messages.at(-1);
    assert.equal(attached.body, 'Allegato: capitolato.pdf');
    assert.equal(attached.document.fileName, 'capitolato.pdf');
    const download = await cast.banditore.raw(
      'GET',
      `/api/v1/communications/${threadId}/attachments/${attached.document.id}`,
    );
    assert.equal(download.status, 200);
    assert.deepEqual(Buffer.from(await download.arrayBuffer()), pdf);
    assert.equal(download.headers.get('x-content-sha256'), attached.document.sha256);
    assert.equal(
      (
        await cast.otherComune.raw(
          'GET',
          `/api/v1/communications/${threadId}/attachments/${attached.document.id}`,
        )
      ).status,
      404,
    );
    assert.equal(
      (
        await cast.supplier.raw(
          'GET',
          `/api/v1/communications/${threadId}/attachments/${attached.document.id}`,
        )
      ).status,
      404,
    );
    const other = (
      await cast.buyer.call('GET', `/api/v1/contracts/${contractId}/communications`)
    ).items.find((item: { id: string }) => item.id !== threadId);
    assert.equal(
      (
        await cast.buyer.raw(
          'GET',
          `/api/v1/communications/${other.id}/attachments/${attached.document.id}`,
        )
      ).status,
      404,
    );
    const notPdf = new FormData();
    notPdf.append('file', new Blob([new TextEncoder().encode('MZ eseguibile')]), 'fattura.pdf');
    assert.equal(
      (
        await cast.buyer.raw('POST', `/api/v1/communications/${threadId}/attachments`, {
          body: notPdf,
        })
      ).status,
      415,
    );
    assert.equal(
      (
        await cast.buyer.raw('POST', `/api/v1/communications/${threadId}/attachments`, {
          body: 'testo',
          headers: { 'content-type': 'text/plain' },
        })
      ).status,
      415,
    );
    const intruder = new FormData();
    intruder.append('file', new Blob([new Uint8Array(pdf)]), 'x.pdf');
    assert.equal(
      (
        await cast.otherComune.raw('POST', `/api/v1/communications/${threadId}/attachments`, {
          body: intruder,
        })
      ).status,
      404,
    );
    assert.equal(
      (await cast.banditore.call('GET', `/api/v1/communications/${threadId}`)).messages.length,
      thread.messages.length,
    );
  });
});
