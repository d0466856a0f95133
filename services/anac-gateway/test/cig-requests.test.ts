import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkCig } from '@app/italian-codes';
import { waitFor } from '@app/platform/testing';
import { cloudRequest, expectJson as json, startHarness, type Harness } from './harness.js';
import { defined } from '@app/platform/errors';

describe('anac-gateway: Richiedi CIG against the PCP simulator, through PDND and GovWay', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.stop());

  const create = async (body: unknown = cloudRequest()) =>
    json(await h.call('rupSpid', 'POST', '/api/v1/cig-requests', body), 201);
  const receivedFor = (operation: string, codiceAppalto?: string) =>
    h.received.filter(
      (call) =>
        call.operation === operation &&
        (!codiceAppalto ||
          (
            call.body as {
              scheda?: { body?: { anacForm?: { appalto?: { codiceAppalto?: string } } } };
            }
          )?.scheda?.body?.anacForm?.appalto?.codiceAppalto === codiceAppalto),
    );

  test('when the RUP confirms a request and acquires its CIGs, then ANAC assigns a valid CIG per lot and every exchange is in the transmission log', async () => {
    const draft = await create();
    assert.deepEqual([draft.status, draft.totalCents], ['bozza', 42_500_00]);
    const confirming = await json(
      await h.call('rupSpid', 'POST', `/api/v1/cig-requests/${draft.id}/confirm`),
      202,
    );
    assert.equal(confirming.status, 'in-corso');
    const confirmed = await h.waitForStatus(draft.id, 'confermato');
    assert.ok(confirmed.idAppalto);

    const acquired = await json(
      await h.call('rupSpid', 'POST', `/api/v1/cig-requests/${draft.id}/acquire`),
      200,
    );
    assert.equal(acquired.status, 'cig-acquisiti');
    assert.deepEqual(
      acquired.cigs.map((lot: { lotIdentifier: string; amountCents: number }) => [
        lot.lotIdentifier,
        lot.amountCents,
      ]),
      [
        ['LOT-0001', 30_000_00],
        ['LOT-0002', 12_500_00],
      ],
    );
    for (const { cig } of acquired.cigs)
      assert.equal(
        (checkCig(cig) as { kind?: string }).kind,
        'pcp',
        `${cig} passes ANAC's check characters`,
      );

    const log = await json(
      await h.call('rupSpid', 'GET', `/api/v1/cig-requests/${draft.id}/transmissions`),
      200,
    );
    const operations = log.map((entry: { operation: string }) => entry.operation);
    assert.deepEqual(
      [operations[0], operations[1], operations.at(-1)],
      ['crea-appalto', 'conferma-appalto', 'recupera-cig'],
    );
    assert.ok(operations.includes('esito-operazione'));
    for (const entry of log) {
      assert.equal(entry.httpStatus, 200);
      assert.ok(
        entry.durationMs >= 0 && entry.startedAt && entry.responseBody,
        'status, duration, time and answer are logged',
      );
    }
    assert.equal(
      log.find(
        (entry: { operation: string; outcome: string }) =>
          entry.operation === 'esito-operazione' && entry.outcome === 'OK',
      )?.outcome,
      'OK',
    );
    assert.ok(!JSON.stringify(log).includes('Bearer'), 'no voucher in the log');

    const calls = h.received.filter(
      (call) =>
        call.tracking.businessFlowID === confirmed.idAppalto ||
        receivedFor('crea-appalto', draft.data.codiceAppalto).includes(call),
    );
    for (const call of calls) {
      assert.equal(call.tracking.userCodiceFiscale, 'CLMSRA90P55D612W');
      assert.deepEqual(
        [
          call.tracking.userRole,
          call.tracking.userLoa,
          call.tracking.userIdpType,
          call.tracking.SAcodiceAUSA,
        ],
        ['RP', '3', 'SPID', '0000246813'],
      );
    }
    assert.equal(
      defined(receivedFor('crea-appalto', draft.data.codiceAppalto)[0]).tracking.businessFlowID,
      '00000000-0000-0000-0000-000000000000',
      'the first crea-appalto has no appalto yet',
    );
    const events = await h.service.deps.dataSource.query(
      "SELECT routing_key FROM outbox WHERE envelope->>'subject' = $1 ORDER BY seq",
      [draft.id],
    );
    assert.deepEqual(
      events.map((event: { routing_key: string }) => event.routing_key),
      ['anac.appalto.confirmed.v1', 'anac.cig.acquired.v1'],
    );
  });

  test('when ANAC answers KO (ERR98: unknown framework CIG), then the request is refused with an Italian explanation; corrected, it is sent with modifica-appalto and confirmed, never created twice', async () => {
    const draft = await create(cloudRequest('K00003EC3A'));
    await json(await h.call('rupSpid', 'POST', `/api/v1/cig-requests/${draft.id}/confirm`), 202);
    const refused = await h.waitForStatus(draft.id, 'rifiutato');
    const [error] = refused.errors as { codice: string; spiegazione: string }[];
    assert.equal(defined(error).codice, 'ERR98');
    assert.match(
      defined(error).spiegazione,
      /CIG dell'accordo quadro o della convenzione non è riconosciuto/,
    );
    const [{ data: rejected }] = await h.service.deps.dataSource.query(
      "SELECT envelope->'data' AS data FROM outbox WHERE routing_key = 'anac.appalto.rejected.v1' AND envelope->>'subject' = $1",
      [draft.id],
    );
    assert.equal(rejected.errors[0].codice, 'ERR98');

    await json(
      await h.call(
        'rupSpid',
        'PUT',
        `/api/v1/cig-requests/${draft.id}`,
        cloudRequest('7154112FF8'),
      ),
      200,
    );
    await json(await h.call('rupSpid', 'POST', `/api/v1/cig-requests/${draft.id}/confirm`), 202);
    await h.waitForStatus(draft.id, 'confermato');
    assert.equal(receivedFor('crea-appalto', draft.data.codiceAppalto).length, 1);
    assert.equal(
      receivedFor('modifica-appalto').filter(
        (call) => (call.body as { idAppalto: string }).idAppalto === refused.idAppalto,
      ).length,
      1,
    );
  });

  test('when the simulator is told to end the next confirmation KO with SEC01, then the request is refused with that error explained, and the inspection route shows what ANAC received', async () => {
    await h.fault('conferma-appalto', {
      kind: 'ko',
      errori: [{ codice: 'SEC01', dettaglio: 'utente non presente' }],
    });
    const draft = await create();
    await json(await h.call('rupSpid', 'POST', `/api/v1/cig-requests/${draft.id}/confirm`), 202);
    const refused = await h.waitForStatus(draft.id, 'rifiutato');
    const [error] = refused.errors as { codice: string; spiegazione: string }[];
    assert.equal(defined(error).codice, 'SEC01');
    assert.match(defined(error).spiegazione, /non risulta registrato su ANAC/);
    const received = await (await fetch(`${h.simulatorUrl}/_sim/received`)).json();
    assert.ok(
      received.some(
        (call: { operation: string; tracking: { businessFlowID: string } }) =>
          call.operation === 'conferma-appalto' &&
          call.tracking.businessFlowID === refused.idAppalto,
      ),
    );
  });

  test('when ANAC answers 429 with Retry-After, then GovWay 503 (the PCP unavailable), then does not answer in time, then each call is retried and the request is still confirmed', async () => {
    await h.fault('crea-appalto', { kind: 'status', status: 429, retryAfterSeconds: 1 });
    await h.fault('conferma-appalto', { kind: 'unavailable' });
    await h.fault('esito-operazione', { kind: 'delay', ms: 2_000 });
    const draft = await create();
    await json(await h.call('rupSpid', 'POST', `/api/v1/cig-requests/${draft.id}/confirm`), 202);
    await h.waitForStatus(draft.id, 'confermato', 20_000);
    const log = await json(
      await h.call('rupSpid', 'GET', `/api/v1/cig-requests/${draft.id}/transmissions`),
      200,
    );
    const attempts = (operation: string) =>
      log.filter((entry: { operation: string }) => entry.operation === operation);
    assert.deepEqual(
      attempts('crea-appalto').map((entry: { httpStatus: number }) => entry.httpStatus),
      [429, 200],
    );
    const waited =
      Date.parse(attempts('crea-appalto')[1].startedAt) -
      Date.parse(attempts('crea-appalto')[0].startedAt);
    assert.ok(waited >= 950, `Retry-After honoured (waited ${waited} ms)`);
    assert.deepEqual(
      attempts('conferma-appalto').map((entry: { httpStatus: number }) => entry.httpStatus),
      [503, 200],
    );
    assert.match(attempts('esito-operazione')[0].failure, /timeout|aborted/i);
    assert.equal(
      receivedFor('crea-appalto', draft.data.codiceAppalto).length,
      2,
      'the 429 did not create an appalto; the retry did',
    );
    // The attempts are counted by outcome for the ANAC error-rate alert.
    const metrics = await (await fetch(`${h.service.url}/metrics`)).text();
    for (const [operation, outcome] of [
      ['crea-appalto', '4xx'],
      ['conferma-appalto', '5xx'],
      ['esito-operazione', 'no-answer'],
      ['crea-appalto', 'ok'],
    ]) {
      assert.match(
        metrics,
        new RegExp(
          `^external_calls_total\\{system="anac-pcp",operation="${operation}",outcome="${outcome}"[^}]*\\} [1-9]`,
          'm',
        ),
        `${operation} ${outcome}`,
      );
    }
  });

  test('when the answer to conferma-appalto is lost and the retry meets ERR18 (a confirmation already in progress), then the request waits for the outcome and is confirmed', async () => {
    await h.fault('conferma-appalto', { kind: 'drop-reply' });
    const draft = await create();
    await json(await h.call('rupSpid', 'POST', `/api/v1/cig-requests/${draft.id}/confirm`), 202);
    const confirmed = await h.waitForStatus(draft.id, 'confermato', 20_000);
    assert.equal(confirmed.errors, null);
    const log = await json(
      await h.call('rupSpid', 'GET', `/api/v1/cig-requests/${draft.id}/transmissions`),
      200,
    );
    const answers = log
      .filter((entry: { operation: string }) => entry.operation === 'conferma-appalto')
      .map((entry: { httpStatus: number | null }) => entry.httpStatus);
    assert.deepEqual(answers, [null, 400], 'the first answer never came; the second was ERR18');
  });

  test('when the confirmation is requested twice (a redelivered command), then ANAC receives one crea-appalto only', async () => {
    const draft = await create();
    const [first, second] = await Promise.all(
      [1, 2].map(() => h.call('rupSpid', 'POST', `/api/v1/cig-requests/${draft.id}/confirm`)),
    );
    assert.deepEqual([defined(first).status, defined(second).status], [202, 202]);
    await json(await h.call('rupSpid', 'POST', `/api/v1/cig-requests/${draft.id}/confirm`), 202);
    await h.waitForStatus(draft.id, 'confermato');
    assert.equal(receivedFor('crea-appalto', draft.data.codiceAppalto).length, 1);
    assert.equal(
      (await json(await h.call('rupSpid', 'POST', `/api/v1/cig-requests/${draft.id}/confirm`), 409))
        .code,
      'CIG_REQUEST_CONFIRMED',
    );
  });

  test('when the service restarts while polling for the outcome, then polling resumes by itself and the outcome arrives', async () => {
    h.setConfirmDelay(1_500);
    try {
      const draft = await create();
      await json(await h.call('rupSpid', 'POST', `/api/v1/cig-requests/${draft.id}/confirm`), 202);
      await h.waitForStatus(draft.id, 'in-corso');
      const waitForStage = async () => {
        for (let i = 0; i < 100; i++) {
          const [row] = await h.service.deps.dataSource.query(
            'SELECT stage FROM cig_requests WHERE id = $1',
            [draft.id],
          );
          if (row.stage === 'esito') return;
          await new Promise((r) => setTimeout(r, 50));
        }
        throw new Error('never polling');
      };
      await waitForStage();
      await h.restart();
      await h.waitForStatus(draft.id, 'confermato', 15_000);
      assert.equal(receivedFor('crea-appalto', draft.data.codiceAppalto).length, 1);
    } finally {
      h.setConfirmDelay(150);
    }
  });

  test('when a password-authenticated RUP or a buyer asks to confirm, then 403 with a clear Italian message and nothing reaches ANAC; another Comune sees nothing', async () => {
    const draft = await create();
    const before = h.received.length;
    assert.match(
      (
        await json(
          await h.call('rupPassword', 'POST', `/api/v1/cig-requests/${draft.id}/confirm`),
          403,
        )
      ).detail,
      /^Per questa operazione è necessario accedere con SPID \(livello 2 o 3\), CIE o CNS\.$/,
    );
    assert.equal(
      (
        await json(
          await h.call('buyerSpid', 'POST', `/api/v1/cig-requests/${draft.id}/confirm`),
          403,
        )
      ).code,
      'ROLE_REQUIRED',
    );
    assert.equal(
      (
        await json(
          await h.call('rupPassword', 'POST', `/api/v1/cig-requests/${draft.id}/acquire`),
          403,
        )
      ).code,
      'STRONG_AUTH_REQUIRED',
    );
    assert.equal(h.received.length, before);
    await json(await h.call('rupAltroComune', 'GET', `/api/v1/cig-requests/${draft.id}`), 404);
    await json(
      await h.call('rupAltroComune', 'POST', `/api/v1/cig-requests/${draft.id}/confirm`),
      404,
    );
    await json(
      await h.call('rupAltroComune', 'GET', `/api/v1/cig-requests/${draft.id}/transmissions`),
      404,
    );
  });

  test('when mandatory fields are missing or wrong, then 400 before anything is sent', async () => {
    const before = h.received.length;
    const broken = {
      ...cloudRequest('7154112FF9'),
      lots: [
        { ...cloudRequest().lots[0], financing: [{ type: 'bilancio', amountCents: 1 }] },
        cloudRequest().lots[0],
      ],
    };
    const refused = await json(
      await h.call('rupSpid', 'POST', '/api/v1/cig-requests', broken),
      400,
    );
    const messages = JSON.stringify(refused);
    assert.match(messages, /caratteri di controllo del CIG/);
    assert.match(messages, /Identificativo di lotto ripetuto: LOT-0001/);
    assert.match(messages, /non coprono esattamente il suo importo/);
    assert.equal(h.received.length, before);
  });

  test("when ordering sends the confirmation command twice (redelivered) and then the acquisition command, then one crea-appalto reaches ANAC and the CIGs are acquired; a password RUP's command is refused with nothing sent", async () => {
    const draft = await create();
    const requestedBy = {
      subject: 'p-rup',
      fiscalCode: 'CLMSRA90P55D612W',
      roles: ['rup'],
      authMethod: 'spid',
      acr: 'https://www.spid.gov.it/SpidL2',
    };
    const command = {
      orderId: crypto.randomUUID(),
      cigRequestId: draft.id,
      agencyId: draft.agencyId,
      requestedBy,
    };
    const sameDelivery = crypto.randomUUID();
    await h.deliver('ordering.order.appalto-confirmation-requested.v1', command, sameDelivery);
    await h.deliver('ordering.order.appalto-confirmation-requested.v1', command, sameDelivery);
    await h.deliver('ordering.order.appalto-confirmation-requested.v1', command);
    await h.waitForStatus(draft.id, 'confermato');
    assert.equal(receivedFor('crea-appalto', draft.data.codiceAppalto).length, 1);
    await h.deliver('ordering.order.cig-acquisition-requested.v1', command);
    const acquired = await h.waitForStatus(draft.id, 'cig-acquisiti');
    assert.equal((acquired.cigs as unknown[]).length, 2);

    const other = await create();
    const before = h.received.length;
    await h.deliver('ordering.order.appalto-confirmation-requested.v1', {
      ...command,
      cigRequestId: other.id,
      requestedBy: { ...requestedBy, authMethod: 'password', acr: null },
    });
    const [refusal] = await waitFor(async () => {
      const rows = await h.service.deps.dataSource.query(
        "SELECT envelope->'data' AS data FROM outbox WHERE routing_key = 'anac.appalto.rejected.v1' AND envelope->>'subject' = $1",
        [other.id],
      );
      return rows.length ? rows : undefined;
    });
    assert.equal(refusal.data.errors[0].codice, 'STRONG_AUTH_REQUIRED');
    assert.equal(
      (await json(await h.call('rupSpid', 'GET', `/api/v1/cig-requests/${other.id}`), 200)).status,
      'bozza',
    );
    assert.equal(h.received.length, before);
  });
});
