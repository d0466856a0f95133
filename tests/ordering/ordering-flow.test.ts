import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkCig } from '@app/italian-codes';
import { cmsContent, simplePdf } from '@app/signed-documents/testing';
import { pino } from 'pino';
import * as ordering from '@app/ordering';
import { schemaOf } from '@app/platform/db';
import { startService } from '@app/platform/service';
import { waitFor, seedSentence } from '@app/platform/testing';
import {
  startDemoPlatform,
  unlimitedRates,
  type DemoPlatform,
} from '../../scripts/demo-platform.js';
import {
  acquireCig,
  approvedAdhesion,
  cloudContract,
  newOrder,
  orderingCast,
  signAndDocument,
  upload,
  type Cast,
} from '../../scripts/ordering-story.js';
import { defined } from '@app/platform/errors';
import { simpleParser } from 'mailparser';

/** Seed 001's sentence when the lines do not add up, as the seed writes it. */
const mismatch = seedSentence(1, 'Il totale delle righe', 'inserito in fase di richiesta del CIG.');
/** Seed 001: issuing the order binds the agency and the supplier. */
const issuedOrderBinds = seedSentence(
  1,
  'L’emissione dell’atto di adesione/contratto attuativo',
  'Amministrazione contraente e il fornitore.',
).replace(/\s+/g, ' ');

/** Issue "Ordering", done when: the ordinativo of seed 001 end to end, as npm start runs it, through the gateway. */
describe('orders as npm start runs them: Comune di Prato orders on Sistema Cloud Toscana, Regione Toscana approves, the supplier acknowledges', () => {
  let demo: DemoPlatform;
  let cast: Cast;
  let contractId: string;
  let adhesionId: string;

  before(async () => {
    // Thirty orders driven at once by one tester would pass the gateway's per-client limit meant for people.
    demo = await startDemoPlatform({ PCP_POLL_MS: '200', ...unlimitedRates });
    cast = await orderingCast(demo);
    contractId = await cloudContract(cast.buyer);
    adhesionId = await approvedAdhesion(cast, contractId, 60_000_00);
    // Ordering and the ANAC gateway learn the approval from adhesion's event.
    await waitFor(
      async () =>
        (
          await cast.buyer.raw('POST', `/api/v1/contracts/${contractId}/orders`, {
            body: JSON.stringify({ cigRequestId: '00000000-0000-4000-8000-000000000000' }),
            headers: { 'content-type': 'application/json' },
          })
        ).status === 404
          ? true
          : undefined,
      10_000,
    );
  });
  after(() => demo.stop());

  test('when the order goes from Nuovo ordine to Esito, then each step of seed 001 holds, with its refusals', async () => {
    const order = await newOrder(
      cast,
      contractId,
      adhesionId,
      [{ description: 'Canone IaaS', unitPriceCents: 1_000_00, quantity: 11 }],
      12_000_00,
    );
    assert.deepEqual(
      [order.status, order.totalCents, order.derivedCig, order.derivedCigHelper],
      [
        'bozza',
        11_000_00,
        null,
        'Per poter finalizzare l’invio dell’ordine è necessario integrare la richiesta del CIG tramite il bottone “Conferma appalto”.',
      ],
    );
    const id = order.id as string;

    // The RUP with a password session may prepare, not call ANAC; the lines must match the CIG request to the cent.
    const password = await cast.rupWithPassword.call(
      'POST',
      `/api/v1/orders/${id}/confirm-appalto`,
      undefined,
      403,
    );
    assert.equal(password.code, 'STRONG_AUTH_REQUIRED');
    assert.equal(
      (await cast.rup.call('POST', `/api/v1/orders/${id}/confirm-appalto`, undefined, 422)).detail,
      mismatch,
    );
    const fixed = await cast.buyer.call('PUT', `/api/v1/orders/${id}`, {
      lines: [
        { description: 'Canone IaaS', unitPriceCents: 1_000_00, quantity: 11 },
        { description: 'Supporto', unitPriceCents: 250_00, quantity: 4 },
      ],
    });
    assert.equal(fixed.totalCents, 12_000_00);

    const confirming = await cast.rup.call(
      'POST',
      `/api/v1/orders/${id}/confirm-appalto`,
      undefined,
      202,
    );
    assert.match(confirming.banner, /La richiesta di conferma appalto è in corso/);
    const derivedCig = await acquireCigAfterConfirmation(cast, id);
    assert.equal(checkCig(derivedCig).valid, true);
    assert.equal(
      (await cast.buyer.call('PUT', `/api/v1/orders/${id}`, { lines: [] }, 409)).code,
      'ORDER_NOT_EDITABLE',
      'the lines lock',
    );

    // Passo 2: the generated sheet, PDF/A, signed unchanged by a person of the agency.
    const sheet = Buffer.from(
      await (await cast.buyer.raw('GET', `/api/v1/orders/${id}/summary-sheet`)).arrayBuffer(),
    );
    assert.equal(sheet.subarray(0, 8).toString(), '%PDF-1.7');
    assert.match(sheet.toString('latin1'), /<pdfaid:part>2<\/pdfaid:part>/);
    const again = Buffer.from(
      await (await cast.buyer.raw('GET', `/api/v1/orders/${id}/summary-sheet`)).arrayBuffer(),
    );
    assert.ok(again.equals(sheet), 'the same sheet every time');
    const other = await upload(
      cast.buyer,
      `/api/v1/orders/${id}/summary-sheet`,
      await cast.sign(simplePdf('Altra scheda'), 'luca.ferri'),
      'x.p7m',
      422,
    );
    assert.equal(other.code, 'SHEET_NOT_MATCHING');
    const outsider = await upload(
      cast.buyer,
      `/api/v1/orders/${id}/summary-sheet`,
      await cast.sign(sheet, 'gaio.cesare'),
      'x.p7m',
      422,
    );
    assert.equal(outsider.code, 'SIGNER_NOT_OF_AGENCY');
    const unsigned = await upload(
      cast.buyer,
      `/api/v1/orders/${id}/summary-sheet`,
      sheet,
      'scheda.pdf',
      422,
    );
    assert.equal(unsigned.code, 'SIGNATURE_REQUIRED');
    assert.equal(
      (await cast.buyer.call('POST', `/api/v1/orders/${id}/submit`, undefined, 422)).code,
      'DOCUMENTS_MISSING',
    );
    await signAndDocument(cast, id);

    // Before Invia nobody else sees it; then the banditore does, the supplier only after approval.
    await cast.banditore.call('GET', `/api/v1/orders/${id}`, undefined, 404);
    assert.equal((await cast.buyer.call('POST', `/api/v1/orders/${id}/submit`)).status, 'inviato');
    await cast.otherComune.call('GET', `/api/v1/orders/${id}`, undefined, 404);
    await cast.supplier.call('GET', `/api/v1/orders/${id}`, undefined, 404);
    await cast.buyer.call('POST', `/api/v1/orders/${id}/approve`, undefined, 403);
    const ceilingBefore = await cast.banditore.call(
      'GET',
      `/api/v1/contracts/${contractId}/ceiling`,
    );
    const approved = await cast.banditore.call('POST', `/api/v1/orders/${id}/approve`);
    assert.deepEqual([approved.status, approved.supplierResponse], ['approvato', 'in-attesa']);
    const ceiling = await cast.banditore.call('GET', `/api/v1/contracts/${contractId}/ceiling`);
    assert.equal(ceiling.consumedCents - ceilingBefore.consumedCents, 12_000_00);
    assert.equal(
      ceilingBefore.reservedCents - ceiling.reservedCents,
      12_000_00,
      "consumed from the adhesion's reservation",
    );

    // Seed 001: the documents «oltre che caricati in piattaforma, devono essere inviati al
    // Fornitore tramite PEC»: the supplier's PEC carries the signed summary sheet and the order's
    // documents, exactly as kept.
    const kept = Buffer.from(
      await (
        await cast.buyer.raw('GET', `/api/v1/orders/${id}/files/${approved.signedSheetDocumentId}`)
      ).arrayBuffer(),
    );
    const pecWithFiles = await waitFor(async () => {
      const mailbox = demo.simulators.pec.mailboxes.get('gare@pec.serviziintegrati.example');
      for (const message of mailbox?.messages ?? []) {
        const parsed = await simpleParser(message.raw);
        if (!parsed.subject?.includes(approved.code)) continue;
        const p7m = parsed.attachments.find((part) => part.filename === 'smime.p7m');
        return p7m ? p7m.content : undefined;
      }
      return undefined;
    }, 20_000);
    const carried = (await simpleParser(cmsContent(defined(pecWithFiles)))).attachments;
    const sheetCarried = carried.find((part) => part.filename === 'scheda-sintesi.pdf.p7m');
    assert.ok(sheetCarried, carried.map((part) => part.filename).join(', '));
    assert.deepEqual(Buffer.from(sheetCarried.content), kept);
    assert.ok(carried.filter((part) => part.filename === 'documento.pdf.p7m').length >= 1);

    // The supplier sees it and acknowledges once; the contract (as seed 001) allows no dispute:
    // the issued order binds. Then the Esito reaches Aggiudicazioni e affidamenti.
    assert.equal((await cast.supplier.call('GET', `/api/v1/orders/${id}`)).side, 'fornitore');
    const binding = await cast.supplier.call(
      'POST',
      `/api/v1/orders/${id}/dispute`,
      { reason: 'Prezzi non corretti' },
      409,
    );
    assert.equal(binding.code, 'DISPUTE_NOT_ALLOWED');
    assert.ok(binding.detail.startsWith(issuedOrderBinds.slice(0, -1)));
    assert.equal(
      (await cast.supplier.call('POST', `/api/v1/orders/${id}/acknowledge`)).supplierResponse,
      'presa-visione',
    );
    // Seed 001: the supplier countersigns the DPA and returns a «comunicazione dati tracciabilità»
    // for each subject paid (here the mandataria), signed, on the approved order.
    const returned = (kind: string, subject: string, bytes: Buffer, session = cast.supplier) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(bytes)]), `${kind}.pdf.p7m`);
      return session.raw(
        'PUT',
        `/api/v1/orders/${id}/supplier-documents/${kind}?soggetto=${encodeURIComponent(subject)}`,
        { body: form },
      );
    };
    const dpa = await cast.sign(simplePdf('Accordo sul trattamento dei dati'), 'marco.neri');
    assert.equal((await returned('dpa', '', simplePdf('Non firmato'))).status, 422);
    assert.equal((await returned('dpa', '', dpa, cast.buyer)).status, 403);
    assert.equal((await returned('dpa', '', dpa)).status, 200);
    const tracciabilita = await cast.sign(simplePdf('Tracciabilità dei flussi'), 'marco.neri');
    assert.equal((await returned('tracciabilita', '', tracciabilita)).status, 400);
    assert.equal(
      (await returned('tracciabilita', 'Servizi Integrati S.p.A. (mandataria)', tracciabilita))
        .status,
      200,
    );
    const withDocuments = await cast.buyer.call('GET', `/api/v1/orders/${id}`);
    assert.deepEqual(
      withDocuments.supplierDocuments.map((d: { kind: string; subject: string }) => [
        d.kind,
        d.subject,
      ]),
      [
        ['dpa', ''],
        ['tracciabilita', 'Servizi Integrati S.p.A. (mandataria)'],
      ],
    );
    const dpaFile = await cast.buyer.raw(
      'GET',
      `/api/v1/orders/${id}/files/${withDocuments.supplierDocuments[0].documentId}`,
    );
    assert.equal(dpaFile.status, 200);
    assert.deepEqual(Buffer.from(await dpaFile.arrayBuffer()), dpa);
    const page = await (
      await fetch(`${demo.gateway}/ordini/${id}`, { headers: { cookie: cast.buyer.cookie } })
    ).text();
    assert.match(page, /Documenti del fornitore[\s\S]*Servizi Integrati S\.p\.A\. \(mandataria\)/);
    await cast.rup.call('POST', `/api/v1/orders/${id}/outcome`, { awardDate: '2026-11-29' });
    assert.equal(
      (
        await cast.rup.call(
          'POST',
          `/api/v1/orders/${id}/outcome`,
          { awardDate: '2026-11-29' },
          409,
        )
      ).code,
      'OUTCOME_PUBLISHED',
    );
    const award = await waitFor(async () => {
      const awards = await (
        await fetch(`${demo.gateway}/api/v1/awards?contratto=${contractId}`)
      ).json();
      return awards.items.find((item: { orderId: string }) => item.orderId === id);
    }, 10_000);
    assert.deepEqual(
      [award.cig, award.importoCents, award.stato],
      [derivedCig, 12_000_00, 'Aggiudicazione efficace'],
    );
    // Comune di Prato orders through NSO too: those steps come as NSO answers (tests/ordering/nso-flow).
    const history = (await cast.buyer.call('GET', `/api/v1/orders/${id}/history`))
      .map((step: { action: string }) => step.action)
      .filter((action: string) => !action.startsWith('nso-'));
    assert.deepEqual(history, [
      'created',
      'appalto-confirmation-requested',
      'appalto-confirmed',
      'cig-acquisition-requested',
      'cig-acquired',
      'sheet-signed',
      'submitted',
      'approved',
      'acknowledged',
      'outcome-published',
    ]);

    // Mandates from the accounting's CSV: good rows once, a bad row reported; the order shows what was paid.
    const csv = [
      'numero_mandato;data_mandato;importo;data_pagamento;modalita_pagamento;beneficiario;codice_fiscale_beneficiario;causale;cig',
      `2026/0101;20/11/2026;5.000,00;25/11/2026;Bonifico;Servizi Integrati S.p.A.;12345678903;Acconto;${derivedCig}`,
      `2026/0102;21/11/2026;8.000,00;;Bonifico;Servizi Integrati S.p.A.;12345678903;Saldo;${derivedCig}`,
      '2026/0103;xx;mille;;;;;;',
    ].join('\n');
    const imported = await importCsv(cast, csv);
    assert.deepEqual([imported.registered, imported.discarded], [2, 1]);
    assert.match(imported.rows[2].errors.join(' '), /importo: «mille»/);
    assert.deepEqual(
      [(await importCsv(cast, csv)).alreadyRegistered],
      [2],
      'a repeated import changes nothing',
    );
    const paid = await cast.supplier.call('GET', `/api/v1/orders/${id}/payments`);
    assert.deepEqual([paid.paidCents, paid.overpaid], [13_000_00, true]);
    const list = await cast.rup.call('GET', '/api/v1/payments?verso=emessi&sort=importo&order=asc');
    assert.deepEqual(
      list.map((mandate: { mandateNumber: string }) => mandate.mandateNumber),
      ['2026/0101', '2026/0102'],
    );
    await cast.buyer.call('GET', '/api/v1/payments', undefined, 403);
    // Seed 003 on the order's «Situazione pagamenti»: searched, and sorted by amount or date.
    const rows = async (query: string) => {
      const html = await (
        await fetch(`${demo.gateway}/ordini/${id}/pagamenti?${query}`, {
          headers: { cookie: cast.rupWithPassword.cookie },
        })
      ).text();
      const table = html.slice(html.indexOf('data-mandates'));
      return [...table.matchAll(/<td>(2026\/01\d\d)<\/td>/g)].map((match) => match[1]);
    };
    assert.deepEqual(await rows('ordina=importo&verso=crescente'), ['2026/0101', '2026/0102']);
    assert.deepEqual(await rows('ordina=data&verso=decrescente'), ['2026/0102', '2026/0101']);
    assert.deepEqual(await rows('q=saldo'), ['2026/0102']);
  });

  test('when an ANN scheda is confirmed for an order, then the order is annulled and what it consumed goes back', async () => {
    const order = await newOrder(
      cast,
      contractId,
      adhesionId,
      [{ description: 'Storage', unitPriceCents: 500_00, quantity: 2 }],
      1_000_00,
    );
    await acquireCig(cast, order.id);
    await signAndDocument(cast, order.id);
    await cast.buyer.call('POST', `/api/v1/orders/${order.id}/submit`);
    await cast.banditore.call('POST', `/api/v1/orders/${order.id}/approve`);
    const consumed = (await cast.banditore.call('GET', `/api/v1/contracts/${contractId}/ceiling`))
      .consumedCents;
    const ann = await cast.rup.call(
      'POST',
      `/api/v1/cig-requests/${order.cigRequestId}/schede`,
      { code: 'ANN' },
      201,
    );
    await cast.rup.call('POST', `/api/v1/schede/${ann.id}/send`);
    await waitFor(
      async () =>
        (await cast.rup.call('GET', `/api/v1/orders/${order.id}`)).status === 'annullato'
          ? true
          : undefined,
      30_000,
    );
    await waitFor(
      async () =>
        (await cast.banditore.call('GET', `/api/v1/contracts/${contractId}/ceiling`))
          .consumedCents ===
        consumed - 1_000_00
          ? true
          : undefined,
      10_000,
    );
    // The NSO steps (the revoca that follows the annulment) are tests/ordering/nso-flow's.
    const award = (await cast.buyer.call('GET', `/api/v1/orders/${order.id}/history`)).filter(
      (step: { action: string }) => !step.action.startsWith('nso-'),
    );
    assert.equal(award.at(-1).action, 'annulled');
  });

  /** An order of the adhesion, sent with its CIG and signed documents, waiting for the banditore. */
  async function sentOrder(description: string): Promise<{ id: string; code: string }> {
    const order = await newOrder(
      cast,
      contractId,
      adhesionId,
      [{ description, unitPriceCents: 100_00, quantity: 1 }],
      100_00,
    );
    await acquireCig(cast, order.id);
    await signAndDocument(cast, order.id);
    await cast.buyer.call('POST', `/api/v1/orders/${order.id}/submit`);
    return order;
  }

  const inboxOf = async (session: Cast['buyer'], code: string) =>
    (
      (await session.call('GET', '/api/v1/notifications')).items as {
        title: string;
        body: string;
      }[]
    ).filter((item) => item.title.includes(code));

  test('when the banditore rejects a sent order, then it is rejected with its reason, the sender is told why, and nothing can move it on', async () => {
    const order = await sentOrder('Ora di consulenza');
    await cast.supplier.call('GET', `/api/v1/orders/${order.id}`, undefined, 404);
    const reason = 'Le quantità superano il fabbisogno dichiarato.';
    const rejected = await cast.banditore.call('POST', `/api/v1/orders/${order.id}/reject`, {
      reason,
    });
    assert.equal(rejected.status, 'rifiutato');
    const told = await waitFor(
      async () =>
        (await inboxOf(cast.buyer, order.code)).find(
          (item) => item.title === `Ordinativo ${order.code} rifiutato`,
        ),
      10_000,
    );
    assert.ok(defined(told).body.includes(reason));
    const again = await cast.banditore.call(
      'POST',
      `/api/v1/orders/${order.id}/approve`,
      undefined,
      409,
    );
    assert.equal(again.code, 'ORDER_NOT_PENDING');
    await cast.supplier.call('GET', `/api/v1/orders/${order.id}`, undefined, 404);
    const history = (await cast.buyer.call('GET', `/api/v1/orders/${order.id}/history`)).map(
      (step: { action: string; reason?: string }) => [step.action, step.reason ?? null],
    );
    assert.deepEqual(history.at(-1), ['rejected', reason]);
  });

  test('when the banditore turns on the dispute option, then an order approved from then on may be disputed once, and the sender and the banditore are told why', async () => {
    const before = await sentOrder('Migrazione server');
    await cast.banditore.call('POST', `/api/v1/orders/${before.id}/approve`);
    const options = await cast.banditore.call('PATCH', `/api/v1/contracts/${contractId}`, {
      supplierMayDispute: true,
    });
    assert.equal(options.supplierMayDispute, true);
    const order = await sentOrder('Migrazione database');
    await waitFor(
      async () =>
        (await cast.buyer.call('GET', `/api/v1/orders/${order.id}`)).contract.supplierMayDispute ||
        undefined,
      10_000,
    );
    const approved = await cast.banditore.call('POST', `/api/v1/orders/${order.id}/approve`);
    assert.equal(approved.supplierMayDispute, true);
    // The order approved before keeps the terms its supplier was told of.
    assert.equal(
      (
        await cast.supplier.call(
          'POST',
          `/api/v1/orders/${before.id}/dispute`,
          { reason: 'Tardi' },
          409,
        )
      ).code,
      'DISPUTE_NOT_ALLOWED',
    );
    const reason = 'Prezzi diversi dal listino del lotto 1.';
    const disputed = await cast.supplier.call('POST', `/api/v1/orders/${order.id}/dispute`, {
      reason,
    });
    assert.deepEqual([disputed.supplierResponse, disputed.disputeReason], ['contestato', reason]);
    const twice = await cast.supplier.call(
      'POST',
      `/api/v1/orders/${order.id}/dispute`,
      { reason },
      409,
    );
    assert.equal(twice.code, 'ALREADY_ANSWERED');
    for (const session of [cast.buyer, cast.banditore]) {
      const told = await waitFor(
        async () =>
          (await inboxOf(session, order.code)).find(
            (item) => item.title === `Ordinativo ${order.code} contestato dal fornitore`,
          ),
        10_000,
      );
      assert.match(defined(told).body, /Servizi Integrati S\.p\.A\. ha contestato/);
      assert.ok(defined(told).body.includes(reason));
    }
    assert.deepEqual(await inboxOf(cast.otherComune, order.code), []);
    await cast.banditore.call('PATCH', `/api/v1/contracts/${contractId}`, {
      supplierMayDispute: false,
    });
  });

  test('when thirty orders of one adhesion that fits ten are approved at once, then exactly ten are approved', async () => {
    const small = await approvedAdhesion(cast, contractId, 10 * 100_00);
    const ids: string[] = [];
    for (let batch = 0; batch < 3; batch++) {
      ids.push(
        ...(await Promise.all(
          Array.from({ length: 10 }, async () => {
            const order = await newOrder(
              cast,
              contractId,
              small,
              [{ description: 'Ora di supporto', unitPriceCents: 100_00, quantity: 1 }],
              100_00,
            );
            await acquireCig(cast, order.id);
            await signAndDocument(cast, order.id);
            await cast.buyer.call('POST', `/api/v1/orders/${order.id}/submit`);
            return order.id as string;
          }),
        )),
      );
    }
    const answers = await Promise.all(
      ids.map((id) => cast.banditore.raw('POST', `/api/v1/orders/${id}/approve`)),
    );
    const statuses = answers.map((answer) => answer.status);
    assert.equal(statuses.filter((status) => status === 200).length, 10, JSON.stringify(statuses));
    assert.equal(statuses.filter((status) => status === 409).length, 20);
    const refused = await defined(answers.find((answer) => answer.status === 409)).json();
    assert.equal(refused.code, 'CEILING_EXCEEDED');
    const ceiling = await cast.banditore.call('GET', `/api/v1/contracts/${contractId}/ceiling`);
    assert.ok(
      ceiling.remainingCents >= 0 &&
        ceiling.consumedCents + ceiling.reservedCents <= ceiling.totalCents,
    );
  });
});

/** Issue "Ordering", tests: an answer lost to a 5xx, and the ordering process gone between its command and ANAC's answer. */
describe(
  'orders on RabbitMQ when ANAC answers 500 and the ordering process stops half-way',
  { skip: !process.env.AMQP_URL && 'no RabbitMQ' },
  () => {
    let demo: DemoPlatform;
    let cast: Cast;
    before(async () => {
      // Fifteen orders polled at once from one address: the per-address limit is not what these tests are about.
      demo = await startDemoPlatform(
        { PCP_POLL_MS: '200', ...unlimitedRates },
        { broker: 'rabbitmq' },
      );
      cast = await orderingCast(demo);
    });
    after(() => demo.stop());

    test('when crea-appalto meets a 500 and ordering is down while ANAC answers, then ordering resumes on restart and ANAC holds one appalto', async () => {
      const contractId = await cloudContract(cast.buyer);
      const adhesionId = await approvedAdhesion(cast, contractId, 5_000_00);
      const order = await waitFor(
        async () =>
          newOrder(
            cast,
            contractId,
            adhesionId,
            [{ description: 'Canone', unitPriceCents: 500_00, quantity: 2 }],
            1_000_00,
          ).catch(() => undefined),
        10_000,
      );
      const pcp = demo.simulators.urls.anacPcp;
      await fetch(`${pcp}/_sim/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ operation: 'crea-appalto', fault: { kind: 'status', status: 500 } }),
      });

      const index = demo.platform.services.findIndex((service) => service.name === 'ordering');
      const stopped = defined(demo.platform.services[index]);
      const config = {
        ...(stopped.deps.config as ReturnType<typeof ordering.loadServiceConfig>),
        PORT: Number(new URL(stopped.url).port),
      };
      await cast.rup.call('POST', `/api/v1/orders/${order.id}/confirm-appalto`, undefined, 202);
      // The command must have left ordering's outbox (ANAC met it once) before ordering goes away.
      await waitFor(async () => {
        const calls = (await (await fetch(`${pcp}/_sim/received`)).json()) as {
          operation: string;
        }[];
        return calls.some((call) => call.operation === 'crea-appalto') ? true : undefined;
      }, 20_000);
      await stopped.stop();
      // ANAC confirms while ordering is away: the answer waits in ordering's queue.
      await waitFor(async () => {
        const appalti = (await (await fetch(`${pcp}/_sim/appalti`)).json()) as {
          codiceAppalto: string;
        }[];
        return appalti.some((appalto) => appalto.codiceAppalto === `NE-${order.cigRequestId}`)
          ? true
          : undefined;
      }, 20_000);
      demo.platform.services[index] = await startService(
        { ...ordering.definition, schema: schemaOf(stopped.deps.dataSource) },
        {
          config,
          logger: pino({ level: 'silent' }),
        },
      );
      await waitFor(
        async () =>
          (await cast.rup.call('GET', `/api/v1/orders/${order.id}`)).status === 'appalto-confermato'
            ? true
            : undefined,
        30_000,
      );
      const appalti = (await (await fetch(`${pcp}/_sim/appalti`)).json()) as {
        codiceAppalto: string;
        stato: string;
      }[];
      assert.equal(
        appalti.filter(
          (appalto) =>
            appalto.codiceAppalto === `NE-${order.cigRequestId}` && appalto.stato !== 'CANC',
        ).length,
        1,
      );
      const received = (await (await fetch(`${pcp}/_sim/received`)).json()) as {
        operation: string;
        response?: { status: number };
      }[];
      const creations = received
        .filter((call) => call.operation === 'crea-appalto')
        .map((call) => call.response?.status);
      assert.ok(
        creations.includes(500) && creations.filter((status) => status === 200).length === 1,
        JSON.stringify(creations),
      );
    });
    test('when fifteen orders ask for their CIG at once over RabbitMQ, then every one is acquired: no command holds a database connection while ANAC answers', async () => {
      const contractId = await cloudContract(cast.buyer);
      const adhesionId = await approvedAdhesion(cast, contractId, 15 * 100_00);
      const orders = await Promise.all(
        Array.from({ length: 15 }, () =>
          waitFor(
            async () =>
              newOrder(
                cast,
                contractId,
                adhesionId,
                [{ description: 'Ora di supporto', unitPriceCents: 100_00, quantity: 1 }],
                100_00,
              ).catch(() => undefined),
            10_000,
          ),
        ),
      );
      await Promise.all(
        orders.map((order) =>
          cast.rup.call('POST', `/api/v1/orders/${order.id}/confirm-appalto`, undefined, 202),
        ),
      );
      const cigs = await Promise.all(
        orders.map((order) => acquireCigAfterConfirmation(cast, order.id)),
      );
      assert.equal(new Set(cigs).size, 15);
    });
  },
);

async function acquireCigAfterConfirmation(cast: Cast, id: string): Promise<string> {
  await waitFor(
    async () =>
      (await cast.rup.call('GET', `/api/v1/orders/${id}`)).status === 'appalto-confermato'
        ? true
        : undefined,
    30_000,
  );
  await cast.rup.call('POST', `/api/v1/orders/${id}/acquire-cig`, undefined, 202);
  const order = await waitFor(async () => {
    const current = await cast.rup.call('GET', `/api/v1/orders/${id}`);
    return current.status === 'cig-acquisito' ? current : undefined;
  }, 30_000);
  return order.derivedCig;
}

async function importCsv(cast: Cast, csv: string) {
  const form = new FormData();
  form.append('file', new Blob([csv]), 'mandati.csv');
  const response = await cast.rup.raw('POST', '/api/v1/payments/import', { body: form });
  assert.equal(response.status, 200, await response.clone().text());
  return response.json();
}
