import { after, before, describe, test } from 'node:test';
import { seedSentence } from '@app/platform/testing';
import assert from 'node:assert/strict';
import { waitFor } from '@app/platform/testing';
import { cloudRequest, expectJson as json, startHarness, type Harness } from './harness.js';

describe('anac-gateway: schede after the CIG (SC1, I1, ANN) and the orchestrator’s rules', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.stop());

  /** A request through confirmation and CIG acquisition, as the RUP would take it. */
  const withCigs = async () => {
    const draft = await json(
      await h.call('rupSpid', 'POST', '/api/v1/cig-requests', cloudRequest()),
      201,
    );
    await json(await h.call('rupSpid', 'POST', `/api/v1/cig-requests/${draft.id}/confirm`), 202);
    await h.waitForStatus(draft.id, 'confermato');
    return json(await h.call('rupSpid', 'POST', `/api/v1/cig-requests/${draft.id}/acquire`), 200);
  };
  const newScheda = async (requestId: string, body: Record<string, unknown>, status = 201) =>
    json(await h.call('rupSpid', 'POST', `/api/v1/cig-requests/${requestId}/schede`, body), status);
  const sendAndVerify = async (schedaId: string) => {
    assert.equal(
      (await json(await h.call('rupSpid', 'POST', `/api/v1/schede/${schedaId}/send`), 200)).status,
      'inviata',
    );
    return waitFor(async () => {
      const verified = await json(
        await h.call('rupSpid', 'POST', `/api/v1/schede/${schedaId}/verify`),
        200,
      );
      return verified.status === 'inviata' ? undefined : verified;
    });
  };

  test('when the RUP sends an ANN, then CIG and reason are prefilled, ANAC confirms it, anac.scheda.confirmed is published, and no scheda follows it (here or at ANAC)', async () => {
    const request = await withCigs();
    const early = await newScheda(request.id, {
      code: 'SC1',
      startDate: '2026-12-01',
      endDate: '2027-10-02',
      guaranteeCents: 0,
    });
    const ann = await newScheda(request.id, { code: 'ANN' });
    assert.deepEqual(ann.body.anacForm, {
      cig: request.cigs[0].cig,
      annullamento: { motivoAnnullamento: { idTipologica: 'motivoAnnullamento', codice: '1' } },
    });
    const confirmed = await sendAndVerify(ann.id);
    assert.equal(confirmed.status, 'confermata');
    const [event] = await h.service.deps.dataSource.query(
      "SELECT envelope->'data' AS data FROM outbox WHERE routing_key = 'anac.scheda.confirmed.v1' AND envelope->>'subject' = $1",
      [ann.id],
    );
    assert.deepEqual([event.data.code, event.data.cig], ['ANN', request.cigs[0].cig]);
    // Seed 001: «… passerà da “approvato” ad "Annullato" anche nel modulo Richiedi CIG.»
    assert.match(
      seedSentence(
        1,
        'Dopo l\'esito positivo di "Verifica Invio"',
        'anche nel modulo Richiedi CIG.',
      ),
      /ad "Annullato" anche nel modulo Richiedi CIG/,
    );
    const annulled = await json(
      await h.call('rupSpid', 'GET', `/api/v1/cig-requests/${request.id}`),
      200,
    );
    assert.deepEqual([annulled.status, annulled.statusLabel], ['annullato', 'Annullato']);

    assert.equal(
      (await newScheda(request.id, { code: 'CO1', completionDate: '2027-01-31' }, 409)).code,
      'APPALTO_ANNULLED',
    );
    const schedaCalls = await schedaCallsFor(h, request.id);
    const callsBefore = schedaCalls();
    assert.ok(callsBefore >= 2, 'the ANN’s own crea and conferma are counted');
    const refusedHere = await json(
      await h.call('rupSpid', 'POST', `/api/v1/schede/${early.id}/send`),
      409,
    );
    assert.equal(
      refusedHere.code,
      'APPALTO_ANNULLED',
      'a draft made before the ANN is refused when sent',
    );
    assert.equal(schedaCalls(), callsBefore, 'no doomed call reaches ANAC');
  });

  test('when SC1 and I1 are confirmed, then ANN is refused here, also an ANN drafted before them when it is sent; ANAC would refuse it with ERR2', async () => {
    const request = await withCigs();
    const annDraft = await newScheda(request.id, { code: 'ANN' });
    const sc1 = await sendAndVerify(
      (
        await newScheda(request.id, {
          code: 'SC1',
          startDate: '2026-12-01',
          endDate: '2027-10-02',
          guaranteeCents: 1_200_00,
        })
      ).id,
    );
    assert.equal(sc1.status, 'confermata');
    const [{ anac_contract_id: contractId }] = await h.service.deps.dataSource.query(
      'SELECT anac_contract_id FROM cig_requests WHERE id = $1',
      [request.id],
    );
    assert.ok(contractId, 'SC1 gives the idContratto later schede need');
    const i1 = await newScheda(request.id, {
      code: 'I1',
      actualStartDate: '2026-12-02',
      expectedEndDate: '2027-10-02',
    });
    assert.equal(i1.body.anacForm.idContratto, contractId);
    assert.equal((await sendAndVerify(i1.id)).status, 'confermata');
    assert.equal((await newScheda(request.id, { code: 'ANN' }, 409)).code, 'ANN_NOT_ALLOWED');
    const schedaCalls = await schedaCallsFor(h, request.id);
    const callsBefore = schedaCalls();
    assert.ok(callsBefore >= 4, 'SC1’s and I1’s own calls are counted');
    assert.equal(
      (await json(await h.call('rupSpid', 'POST', `/api/v1/schede/${annDraft.id}/send`), 409)).code,
      'ANN_NOT_ALLOWED',
    );
    assert.equal(schedaCalls(), callsBefore, 'no doomed call reaches ANAC');
  });

  test('when a draft is deleted it goes; a sent scheda cannot be; a password session cannot send; another Comune sees nothing', async () => {
    const request = await withCigs();
    const draft = await newScheda(request.id, {
      code: 'CO2',
      startDate: '2026-12-01',
      completionDate: '2027-01-31',
      amountCents: 42_500_00,
    });
    assert.equal(
      (await json(await h.call('rupPassword', 'POST', `/api/v1/schede/${draft.id}/send`), 403))
        .code,
      'STRONG_AUTH_REQUIRED',
    );
    await json(await h.call('rupAltroComune', 'POST', `/api/v1/schede/${draft.id}/verify`), 404);
    await json(
      await h.call('rupAltroComune', 'GET', `/api/v1/cig-requests/${request.id}/schede`),
      404,
    );
    await json(await h.call('rupSpid', 'DELETE', `/api/v1/schede/${draft.id}`), 204);
    const sent = await newScheda(request.id, {
      code: 'SC1',
      startDate: '2026-12-01',
      endDate: '2027-10-02',
      guaranteeCents: 0,
    });
    await json(await h.call('rupSpid', 'POST', `/api/v1/schede/${sent.id}/send`), 200);
    assert.equal(
      (await json(await h.call('rupSpid', 'DELETE', `/api/v1/schede/${sent.id}`), 409)).code,
      'SCHEDA_NOT_DRAFT',
    );
    assert.match(
      (
        await newScheda(
          request.id,
          {
            code: 'CO2',
            cig: 'B000001ZZZ',
            startDate: '2026-12-01',
            completionDate: '2027-01-31',
            amountCents: 1,
          },
          400,
        )
      ).detail,
      /non è tra quelli della richiesta/,
    );
  });
});

/**
 * The scheda calls ANAC received for one request's appalto: what a doomed send would add. Other
 * requests' background polling (esito-operazione) is not counted.
 */
async function schedaCallsFor(h: Harness, requestId: string): Promise<() => number> {
  const [{ id_appalto: idAppalto }] = await h.service.deps.dataSource.query(
    'SELECT id_appalto FROM cig_requests WHERE id = $1',
    [requestId],
  );
  return () =>
    h.received.filter(
      (call) =>
        ['crea-scheda', 'conferma-scheda'].includes(call.operation) &&
        JSON.stringify(call.body).includes(String(idAppalto)),
    ).length;
}
